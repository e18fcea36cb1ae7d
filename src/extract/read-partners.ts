// partners_with: a two-way pairing between named parties, written as the
// parties joined by 与/和/、 and a pairing verb in their clause (A与B结对,
// A、B、C确立战略合作关系, A与B签订战略合作框架协议).

import { charSet, hasChar } from '../ingest/char-set.ts';
import { PLACE_TYPES, donorOf, sideOf } from './donors.ts';
import { COORDINATORS, ONE_SIDE_ADVERBS, PARTNER_CUES, PARTY_JOINERS, anyOf, anyPattern } from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { SentenceContext } from './sentence-context.ts';

const PARTNER_CUE = new RegExp(anyPattern(PARTNER_CUES), 'u');
const JOINED = new RegExp(`^${anyOf(PARTY_JOINERS)}$`, 'u');
const SIDE_JOINED = new RegExp(`^(?:${anyOf(ONE_SIDE_ADVERBS)})+${anyOf(COORDINATORS)}$`, 'u');
const CLAUSE_END = charSet('，。；！？,;!?');

export function readPartners(context: SentenceContext): void {
  const { text, span, mentions: ms, add } = context;
  for (const group of partyGroups(text, ms)) {
    const last = group[group.length - 1]!;
    let end = last.end;
    while (end < span.end && end - last.end < 40 && !hasChar(CLAUSE_END, text.charCodeAt(end))) end++;
    if (!PARTNER_CUE.test(context.cues.slice(last.end - span.start, end - span.start))) continue;
    for (const [a, b] of pairsIn(text, group)) {
      // 济南市、青岛市…分别与受援县结对: places of one side are members of it, not partners.
      if (sideOf(a) === sideOf(b) && PLACE_TYPES.includes(a.type) && PLACE_TYPES.includes(b.type)) continue;
      const [pa, pb] = [partyName(a), partyName(b)];
      if (pa !== pb) add(pa, 'partners_with', pb);
    }
  }
}

/** An aid body pairs for its donor (吉林援疆前指 → 吉林省). */
function partyName(m: Mention): string {
  return m.type === 'agency' && m.donor ? donorOf(m)! : m.name;
}

/**
 * The pairs a group states: A与B、C与D are two pairs; A、B也与C (分别与, 均与) each of A, B
 * with C; A、B、C (or A与B) every pair.
 */
function pairsIn(text: string, group: Mention[]): Array<[Mention, Mention]> {
  const joiners = group.slice(1).map((m, i) => text.slice(group[i]!.end, m.start));
  // A、B也与C: each before the adverb pairs with each after it.
  const side = joiners.findIndex((j) => SIDE_JOINED.test(j)) + 1;
  if (side > 0) return group.slice(0, side).flatMap((a) => group.slice(side).map((b) => [a, b] as [Mention, Mention]));
  const alternating = group.length >= 4 && group.length % 2 === 0 && joiners.every((j, i) => (i % 2 === 0 ? j !== '、' : j === '、'));
  if (alternating) return group.flatMap((m, i) => (i % 2 === 0 ? [[m, group[i + 1]!] as [Mention, Mention]] : []));
  const pairs: Array<[Mention, Mention]> = [];
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) pairs.push([group[i]!, group[j]!]);
  return pairs;
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
    const joiner = previous ? text.slice(previous.end, ms[i]!.start === m.start ? m.start : chainStart(ms, i, m)) : '';
    if (previous && (JOINED.test(joiner) || SIDE_JOINED.test(joiner))) group.push(m);
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
