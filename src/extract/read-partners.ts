// partners_with: a two-way pairing between named parties, written as the
// parties joined by 与/和/、 and a pairing verb in their clause (A与B结对,
// A、B、C确立战略合作关系, A与B签订战略合作框架协议).

import { PLACE_TYPES, donorOf, sideOf } from './donors.ts';
import { PARTNER_CUES, PARTY_JOINERS, anyOf, anyPattern } from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { SentenceContext } from './sentence-context.ts';

const PARTNER_CUE = new RegExp(anyPattern(PARTNER_CUES), 'u');
const JOINED = new RegExp(`^${anyOf(PARTY_JOINERS)}$`, 'u');
const CLAUSE_END = /[，。；！？,;!?]/u;

export function readPartners({ text, span, cues, mentions: ms, add }: SentenceContext): void {
  for (const group of partyGroups(text, ms)) {
    const last = group[group.length - 1]!;
    let end = last.end;
    while (end < span.end && end - last.end < 40 && !CLAUSE_END.test(text[end]!)) end++;
    if (!PARTNER_CUE.test(cues.slice(last.end - span.start, end - span.start))) continue;
    const parties = [...new Set(group.map((m) => (m.type === 'agency' && m.donor ? donorOf(m)! : m.name)))];
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [group.find((m) => m.name === parties[i] || m.donor === parties[i])!, group.find((m) => m.name === parties[j] || m.donor === parties[j])!];
        // Two donor districts, two recipient counties: one side's members, not partners.
        if (sideOf(a) === sideOf(b) && a.type !== b.type) continue;
        add(parties[i]!, 'partners_with', parties[j]!);
      }
    }
  }
}

/** Parties joined by 与、和、同 (a place chain counts as its last place: 广东省佛山市). */
function partyGroups(text: string, ms: Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  let group: Mention[] = [];
  for (let i = 0; i < ms.length; i++) {
    let m = ms[i]!;
    while (i + 1 < ms.length && ms[i + 1]!.start === m.end && PLACE_TYPES.includes(m.type)) m = ms[++i]!;
    const previous = group[group.length - 1];
    if (m.type === 'program' || m.type === 'township' || m.type === 'village') {
      if (group.length >= 2) groups.push(group);
      group = [];
      continue;
    }
    if (previous && JOINED.test(text.slice(previous.end, ms[i]!.start === m.start ? m.start : chainStart(ms, i, m)))) group.push(m);
    else {
      if (group.length >= 2) groups.push(group);
      group = [m];
    }
  }
  if (group.length >= 2) groups.push(group);
  return groups;
}

function chainStart(ms: Mention[], i: number, m: Mention): number {
  let start = m.start;
  for (let j = i - 1; j >= 0 && ms[j]!.end === start; j--) start = ms[j]!.start;
  return start;
}
