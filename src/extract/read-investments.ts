// invests_in: a company invests in or settles at a place, a park or a project
// named after it in its clause.

import { PLACE_TYPES, sideOf } from './donors.ts';
import { INVEST_CUES } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { isLocator, type SentenceContext } from './sentence-context.ts';
import type { NodeType } from '../types.ts';

const INVEST_CUE = new RegExp(INVEST_CUES.join('|'), 'u');

export function readInvestments({ text, body, mentions: ms, add }: SentenceContext): void {

  if (!INVEST_CUE.test(body)) return;
  for (const [c, t] of investmentPairs(ms, text)) add(c.name, 'invests_in', t.name);
}

const INVEST_TARGET_TYPES: NodeType[] = ['prefecture', 'county', 'facility', 'school'];

// Each company (or group of companies joined by 和、与) invests in the places
// named after it and before the next company; failing that, in the place
// just before it (阿克苏市先后引入阿里巴巴、遥望科技).
export function investmentPairs(ms: Mention[], text: string): Array<[Mention, Mention]> {
  const pairs: Array<[Mention, Mention]> = [];
  const isTarget = (m: Mention, i: number) =>
    INVEST_TARGET_TYPES.includes(m.type) && sideOf(m) !== 'donor' && (sideOf(m) === 'recipient' || !PLACE_TYPES.includes(m.type)) && !isLocator(m, ms[i + 1]);
  for (let i = 0; i < ms.length; i++) {
    if (ms[i]!.type !== 'company') continue;
    const group = [ms[i]!];
    while (i + 1 < ms.length && ms[i + 1]!.type === 'company' && /^[和与、及]$/u.test(text.slice(ms[i]!.end, ms[i + 1]!.start))) group.push(ms[++i]!);
    const after: Mention[] = [];
    // Up to the next company that opens a clause of its own (…、天津金开新能在昌吉投资).
    for (let j = i + 1; j < ms.length; j++) {
      if (ms[j]!.type === 'company' && /[，、；,;]$/u.test(text.slice(Math.max(0, ms[j]!.start - 1), ms[j]!.start))) break;
      if (isTarget(ms[j]!, j)) after.push(ms[j]!);
    }
    let targets = after;
    if (targets.length === 0) {
      const before = ms.slice(0, i - group.length + 1).reverse().find((m, k, arr) => isTarget(m, ms.indexOf(arr[k]!)));
      const between = before ? text.slice(before.end, group[0]!.start) : '';
      if (before && /引进|引入|落户|入驻/u.test(between) && between.length < 12) targets = [before];
    }
    for (const c of group) for (const t of targets) pairs.push([c, t]);
  }
  return pairs;
}

