// invests_in: a company invests in or settles at a place, a park, a project or
// another company:
// - the places and parks named after it in its clause (比亚迪在喀什市落户);
// - what it invests in (神威药业投资的若羌神山矿业…项目);
// - the park or place it lies in (位于于田天津工业园区的新疆鸿荣轻工有限公司);
// - the company its owners set up (京和纺织是由A、B、C共同投资成立的);
// - failing all, the place the article is about, when its clause describes an investment project.

import { charSet, hasChar } from '../ingest/char-set.ts';
import { PLACE_TYPES, sideOf } from './donors.ts';
import {
  ATTRIBUTIVE,
  BROUGHT_IN,
  CAPITAL_VERBS,
  COMPANY_FOUNDING_VERBS,
  INSIDE_WORDS,
  INVESTED_BY,
  INVESTMENT_PROJECT_WORDS,
  INVEST_CUES,
  JOINT_ADVERBS,
  LIST_JOINERS,
  OWNED_BY,
  PROJECT_INVESTMENT_VERBS,
  SETTING_PREPOSITIONS,
  SETTLED_AT,
  anyOf,
} from './lexicon.ts';
import type { Mention } from './mention.ts';
import { isLocator, type SentenceContext } from './sentence-context.ts';
import { WordSet } from './word-set.ts';
import type { NodeType } from '../types.ts';

const INVEST_CUE = new WordSet(INVEST_CUES);
const INVESTMENT_PROJECT = new RegExp(anyOf(INVESTMENT_PROJECT_WORDS), 'u');
const PROJECT_INVESTMENT = new RegExp(anyOf(PROJECT_INVESTMENT_VERBS), 'u');
const JOINED = new RegExp(`^${anyOf(LIST_JOINERS)}$`, 'u');
const INVESTS_IN_NEXT = new RegExp(`^${anyOf(INVESTED_BY)}`, 'u');
const SETTLED_BEFORE = new RegExp(`${anyOf(SETTLED_AT)}$`, 'u');
const INSIDE = new RegExp(`^${anyOf(INSIDE_WORDS)}?${ATTRIBUTIVE}$`, 'u');
const BRINGS_IN = new RegExp(anyOf(BROUGHT_IN), 'u');
const OWNERS_NEXT = new RegExp(`^${anyOf(OWNED_BY)}$`, 'u');
const FOUNDED_BY_OWNERS = new RegExp(`^${anyOf(JOINT_ADVERBS)}?${anyOf(CAPITAL_VERBS)}${anyOf(COMPANY_FOUNDING_VERBS)}`, 'u');
const INVEST_TARGET_TYPES: NodeType[] = ['prefecture', 'county', 'township', 'facility', 'school'];
const CLAUSE_BREAK = charSet('，。；,;');
const CLAUSE_OR_PAUSE = /[，。；,;…]/u;
const SETTING_BEFORE = new RegExp(`(${anyOf(SETTING_PREPOSITIONS)})$`, 'u');

export function readInvestments(context: SentenceContext): void {
  const { text, mentions: ms, add, span, articleRecipient } = context;
  // Every reading below starts from a company: most sentences name none, and the cue test costs more.
  if (!hasCompany(ms) || !INVEST_CUE.outside(text, span.start, span.end, ms)) return;
  const pairs = investmentPairs(ms, text);
  for (const [c, t] of pairs) add(c.name, 'invests_in', t.name);
  for (const [owner, company] of ownersOf(ms, text)) add(owner.name, 'invests_in', company.name);
  // “阿克苏申源电气有限公司”的配电开关控制设备制造项目总投资约1.2亿元: the article's place, for a
  // company whose clause names none.
  if (!articleRecipient || ms.some((m) => isTarget(m, ms, 0) && m.type !== 'facility')) return;
  for (const c of ms) {
    if (c.type !== 'company' || pairs.some(([investor]) => investor === c)) continue;
    const clause = clauseAfter(text, c.end, span.end);
    if (INVESTMENT_PROJECT.test(clause) && PROJECT_INVESTMENT.test(clause)) add(c.name, 'invests_in', articleRecipient);
  }
}

function hasCompany(ms: Mention[]): boolean {
  for (const m of ms) if (m.type === 'company') return true;
  return false;
}

function isTarget(m: Mention, ms: Mention[], i: number): boolean {
  return INVEST_TARGET_TYPES.includes(m.type) && sideOf(m) !== 'donor' && (sideOf(m) === 'recipient' || !PLACE_TYPES.includes(m.type)) && !isLocator(m, ms[i + 1]);
}

/**
 * Each company (or group of companies joined by 和、与) invests in the places
 * named after it and before the next company; failing that, in the place just
 * before it (阿克苏市先后引入阿里巴巴、遥望科技; 位于园区的公司).
 */
export function investmentPairs(ms: Mention[], text: string): Array<[Mention, Mention]> {
  const pairs: Array<[Mention, Mention]> = [];
  for (let i = 0; i < ms.length; i++) {
    if (ms[i]!.type !== 'company') continue;
    const group = [ms[i]!];
    while (i + 1 < ms.length && ms[i + 1]!.type === 'company' && JOINED.test(text.slice(ms[i]!.end, ms[i + 1]!.start))) group.push(ms[++i]!);
    // 新疆鸿荣轻工有限公司（鸿星尔克）: the brand in brackets invests with it.
    while (i + 1 < ms.length && ms[i + 1]!.type === 'company' && /^[（(]$/u.test(text.slice(ms[i]!.end, ms[i + 1]!.start))) group.push(ms[++i]!);
    const last = group[group.length - 1]!;
    let targets: Mention[] = [];
    // 神威药业投资的若羌神山矿业…: the company it invests in, and that company's place.
    if (INVESTS_IN_NEXT.test(text.slice(last.end, last.end + 5))) {
      for (let j = i + 1; j < ms.length && ms[j]!.start - last.end < 20; j++) {
        if (isTarget(ms[j]!, ms, j) || ms[j]!.type === 'company') targets.push(ms[j]!);
        if (ms[j]!.type === 'company' || ms[j]!.type === 'facility') break;
      }
    }
    // Up to the next company that opens a clause of its own (…、天津金开新能在昌吉投资).
    // The recipient region itself only where no place inside it is named (央企与新疆合资合作).
    if (targets.length === 0) {
      let region: Mention | undefined;
      for (let j = i + 1; j < ms.length; j++) {
        if (ms[j]!.type === 'company' && /[，、；,;]$/u.test(text.slice(Math.max(0, ms[j]!.start - 1), ms[j]!.start))) break;
        // A semicolon closes the company's clause (…投资建设的肉牛养殖基地已进入二期建设；在洛浦县…).
        if (/[；;]/u.test(text.slice(last.end, ms[j]!.start))) break;
        if (isTarget(ms[j]!, ms, j)) targets.push(ms[j]!);
        else if (ms[j]!.type === 'province' && sideOf(ms[j]!) === 'recipient' && !isLocator(ms[j]!, ms[j + 1]) && !CLAUSE_OR_PAUSE.test(text.slice(last.end, ms[j]!.start)))
          region ??= ms[j];
      }
      if (targets.length === 0 && region) targets.push(region);
    }
    if (targets.length === 0) {
      const before = ms.slice(0, i - group.length + 1).reverse().find((m) => isTarget(m, ms, ms.indexOf(m)));
      const between = before ? text.slice(before.end, group[0]!.start) : '';
      const settled = before && SETTLED_BEFORE.test(text.slice(Math.max(0, before.start - 2), before.start)) && INSIDE.test(between);
      // 在墨玉县，北京首农食品集团有限公司投资建设…: a place set before the clause.
      const fronted = before && SETTING_BEFORE.test(text.slice(Math.max(0, before.start - 1), before.start)) && /^[，,]$/u.test(between);
      if (before && ((BRINGS_IN.test(between) && between.length < 12) || settled || fronted)) targets = [before];
    }
    for (const c of group) for (const t of targets) pairs.push([c, t]);
  }
  return pairs;
}

// 京和纺织是由A、B、C共同投资成立的: the owners invest in the company.
function ownersOf(ms: Mention[], text: string): Array<[Mention, Mention]> {
  const pairs: Array<[Mention, Mention]> = [];
  for (let i = 0; i < ms.length; i++) {
    const company = ms[i]!;
    if (company.type !== 'company' || !OWNERS_NEXT.test(text.slice(company.end, ms[i + 1]?.start ?? company.end))) continue;
    const owners: Mention[] = [];
    let j = i + 1;
    for (; j < ms.length && ms[j]!.type === 'company'; j++) {
      owners.push(ms[j]!);
      if (!JOINED.test(text.slice(ms[j]!.end, ms[j + 1]?.start ?? ms[j]!.end))) break;
    }
    const last = owners[owners.length - 1];
    if (last && FOUNDED_BY_OWNERS.test(text.slice(last.end, last.end + 8))) for (const o of owners) pairs.push([o, company]);
  }
  return pairs;
}

function clauseAfter(text: string, from: number, end: number): string {
  let to = from;
  while (to < end && to - from < 60 && !hasChar(CLAUSE_BREAK, text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
