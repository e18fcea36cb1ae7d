// Companies named without a legal suffix (those with one are institutions):
// - known brands and groups (鸿星尔克, 中国石化);
// - a brand and an industry word where the clause speaks of business
//   (神威药业投资的…, 斯派克光电、恒大地产等多家深圳知名企业);
// - the subject of an investment clause (天津金开新能在昌吉投资…);
// - the other items of a list that holds a company (引进新疆合创纺织科技、汉疆飞马、泰达津丰).

import { charSet, classSet, hasChar } from '../ingest/char-set.ts';
import { knownCompanies } from './company-data.ts';
import { functionWords, once } from './data-files.ts';
import {
  BOUNDARY_WORDS,
  BUSINESS_CUES,
  CJK,
  COMPANY_CLASS_WORDS,
  COMPANY_KIND_NOUNS,
  COMPANY_NAME_BREAKERS,
  COMPANY_NAME_CONTINUATIONS,
  COORDINATORS,
  COUNT_NUMERALS,
  COUNT_WORDS,
  EXAMPLE_WORDS,
  FUNCTION_WORDS_IN_COMPANY_NAMES,
  GENERIC_BRAND_WORDS,
  INDUSTRY_WORDS,
  INVESTOR_AT,
  INVESTOR_VERBS,
  LIST_CLOSERS,
  LIST_INTRODUCERS,
  MEASURE_WORDS,
  NAME_INITIAL_EXAMPLE_WORDS,
  NOT_IN_COMPANY_NAMES,
  anyOf,
} from './lexicon.ts';
import type { Mention } from './mention.ts';
import { scratchArray } from './scratch.ts';
import { findWords, wordStarts, wordTrie } from './trie.ts';

// Sticky: tried only where a match can start (investmentSubjects).
const INVEST_SUBJECT_AT = new RegExp(
  `(?:^|[，、：。；,:;\\n]|${anyOf([...EXAMPLE_WORDS, ...NAME_INITIAL_EXAMPLE_WORDS])})([${CJK}]{2,10}?)(${anyOf(INVESTOR_AT)})(?=[${CJK}]{2,6}?${anyOf(INVESTOR_VERBS)})`,
  'uy',
);
const INVEST_EXAMPLE_WORDS = [...EXAMPLE_WORDS, ...NAME_INITIAL_EXAMPLE_WORDS];
const LEADING_EXAMPLE = new RegExp(`^${anyOf(EXAMPLE_WORDS)}`, 'u');
// By char code: a regular expression and a string per character cost more than the scan.
const CLAUSE_BREAK = charSet('，。；：！？,;:!?\n“”"');
const HAN = classSet('\\u4e00-\\u9fff');
const BUSINESS = new RegExp(anyOf(BUSINESS_CUES), 'u');
const INDUSTRY = wordTrie(INDUSTRY_WORDS);
const CONTINUES_NAME = new RegExp(`^${anyOf(COMPANY_NAME_CONTINUATIONS)}`, 'u');
const COORDINATOR = new RegExp(`^${anyOf(COORDINATORS)}$`, 'u');
const NEXT_ITEM = new RegExp(`^[${CJK}]{2,10}?(?=[，。；、,;]|${anyOf(LIST_CLOSERS)})`, 'u');
const BREAKS_NAME = new RegExp(anyOf(COMPANY_NAME_BREAKERS), 'u');
const NAME = new RegExp(`^[${CJK}]{2,10}$`, 'u');
// Words no company name holds: verbs and function words (the list is long, so matched by a set per length).
const notInNames = once(() => {
  const words = new Set([...BOUNDARY_WORDS, ...functionWords(), ...COMPANY_CLASS_WORDS, ...NOT_IN_COMPANY_NAMES]);
  for (const word of FUNCTION_WORDS_IN_COMPANY_NAMES) words.delete(word);
  return words;
});
const GENERIC_BRANDS = new RegExp(`^${anyOf(GENERIC_BRAND_WORDS)}+$`, 'u');

export function findCompanies(text: string, taken: Mention[], places: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const k of knownCompanies()(text)) found.push(company(k.start, k.spelling, k.name));
  found.push(...investmentSubjects(text, taken), ...brandedNames(text, [...taken, ...found], places));
  found.push(...listItems(text, [...found, ...taken.filter((t) => t.type === 'company')], taken));
  found.push(...enumeratedCompanies(text, [...found, ...taken]));
  return found;
}

function investmentSubjects(text: string, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  // A match lies in one run of CJK characters that holds the investment verb, and starts at the
  // opener before the run or at an example word in it: the pattern is tried there only (a global
  // search from the run would go on through the rest of the text).
  for (const [from, to] of runsHolding(text)) {
    let at = Math.max(0, from - 1);
    for (const start of [at, ...exampleWordsIn(text, from, to)]) {
      if (start < at) continue;
      INVEST_SUBJECT_AT.lastIndex = start;
      const m = INVEST_SUBJECT_AT.exec(text);
      if (!m) continue;
      at = m.index + m[0].length;
      const written = m[1]!;
      const name = written.replace(LEADING_EXAMPLE, '');
      const nameStart = at - written.length - m[2]!.length + (written.length - name.length);
      if (!cleanName(name)) continue;
      if (taken.some((t) => t.start < nameStart + name.length && nameStart < t.end)) continue;
      found.push(company(nameStart, name, name));
    }
  }
  return found;
}

/**
 * Where an example word (比如, 如) starts in [from, to), in order. Read within the run: an indexOf
 * from the run would go on through the rest of the text for every word absent from it.
 */
function exampleWordsIn(text: string, from: number, to: number): number[] {
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    if (!hasChar(EXAMPLE_FIRST, text.charCodeAt(i))) continue;
    for (const word of INVEST_EXAMPLE_WORDS) if (text.startsWith(word, i)) at.push(i);
  }
  return at;
}
const EXAMPLE_FIRST = charSet(INVEST_EXAMPLE_WORDS);

/** The runs of CJK characters [from, to) that hold one of the investment verbs, in text order. */
function runsHolding(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  // The verbs are CJK words: an occurrence lies in one run, whose ends it does not change.
  for (const at of wordStarts(VERBS, text)) {
    if (runs.length > 0 && at < runs[runs.length - 1]![1]) continue;
    let from = at;
    while (from > 0 && isCjk(text.charCodeAt(from - 1))) from--;
    let to = at;
    while (to < text.length && isCjk(text.charCodeAt(to))) to++;
    runs.push([from, to]);
  }
  return runs;
}

const CJK_CHARS = classSet(CJK);
const isCjk = (code: number): boolean => hasChar(CJK_CHARS, code);
const VERBS = wordTrie(INVESTOR_VERBS);
if (!INVESTOR_VERBS.every((verb) => [...verb].every((c) => isCjk(c.charCodeAt(0))))) throw new Error('runsHolding: the investment verbs must be CJK words');

/** A brand then an industry word (正源药业, 斯派克光电, 冀中能源), in a clause about business. */
const placeMarks = scratchArray((length) => new Uint8Array(length));
function brandedNames(text: string, taken: Mention[], places: Mention[]): Mention[] {
  const found: Mention[] = [];
  const inPlace = placeMarks(text.length);
  for (const p of places) inPlace.fill(1, p.start, p.end);
  for (const { start: wordStart, end } of findWords(INDUSTRY, text)) {
    // The industry word ends the name: what follows is no letter, a function word or a business word (正源药业是…).
    const after = text.slice(end, end + 2);
    if (hasChar(HAN, after.charCodeAt(0)) && !notInNames().has(after[0]!) && !notInNames().has(after) && !CONTINUES_NAME.test(after)) continue;
    let start = wordStart;
    while (start > 0 && wordStart - start < 6 && hasChar(HAN, text.charCodeAt(start - 1))) start--;
    // A place is whole or not at all (若羌神山矿业, never 羌神山矿业).
    while (start > 0 && inPlace[start] && inPlace[start - 1]) start++;
    start = cutAtFunctionWord(text, start, wordStart, inPlace);
    const brand = text.slice(start, wordStart);
    if (brand.length < 2 || GENERIC_BRANDS.test(brand) || INDUSTRY_WORDS.includes(brand)) continue;
    if (places.some((p) => p.start === start && p.end === wordStart)) continue; // 新疆能源: a place's industry
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    if (!BUSINESS.test(clauseAround(text, start, end))) continue;
    found.push(company(start, text.slice(start, end), text.slice(start, end)));
  }
  return found;
}

/** Moves `start` right past the rightmost word that cannot be inside a name (none inside a place). */
function cutAtFunctionWord(text: string, start: number, end: number, inPlace?: Uint8Array): number {
  const words = notInNames();
  for (let cut = end; cut > start; cut--) {
    if (inPlace?.[cut - 1]) continue;
    for (const length of [3, 2, 1]) {
      if (cut - length < start || inPlace?.[cut - length] || !words.has(text.slice(cut - length, cut))) continue;
      // 京和纺织: a conjunction with a single character before it is inside the name.
      if (length === 1 && COORDINATOR.test(text[cut - 1]!) && cut - 2 <= start) continue;
      return cut;
    }
  }
  return start;
}

// 引进A、B、C, A、B、C等企业: the other items of a list with a company in it are companies.
function listItems(text: string, companies: Mention[], taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  const seen = new Set(companies.map((c) => c.start));
  for (const c of companies) {
    for (const direction of [1, -1] as const) {
      let at = direction === 1 ? c.end : c.start;
      for (let k = 0; k < 8; k++) {
        const item = direction === 1 ? nextItem(text, at) : previousItem(text, at);
        if (!item || seen.has(item.start) || taken.some((t) => t.start < item.end && item.start < t.end)) break;
        seen.add(item.start);
        found.push(company(item.start, item.name, item.name));
        at = direction === 1 ? item.end : item.start;
      }
    }
  }
  return found;
}

function nextItem(text: string, at: number): { start: number; end: number; name: string } | null {
  if (text[at] !== '、') return null;
  const m = NEXT_ITEM.exec(text.slice(at + 1, at + 12));
  return m && cleanName(m[0]) ? { start: at + 1, end: at + 1 + m[0].length, name: m[0] } : null;
}

function previousItem(text: string, at: number): { start: number; end: number; name: string } | null {
  if (text[at - 1] !== '、') return null;
  let start = at - 1;
  while (start > 0 && at - 1 - start < 10 && hasChar(HAN, text.charCodeAt(start - 1))) start--;
  const scanned = start;
  start = cutAtFunctionWord(text, start, at - 1);
  // The first item starts after punctuation or a verb that introduces a list, not after any word (投资|算力中心).
  if (start > scanned ? !LIST_INTRODUCERS.some((w) => text.startsWith(w, start - w.length)) : start > 0 && !/[、，。；：,;:\n\s]/u.test(text[start - 1]!)) return null;
  const name = text.slice(start, at - 1);
  return name.length >= 2 && cleanName(name) ? { start, end: at - 1, name } : null;
}

function cleanName(name: string): boolean {
  if (!NAME.test(name)) return false;
  const words = notInNames();
  for (let i = 0; i < name.length; i++) {
    for (const length of [2, 3]) if (words.has(name.slice(i, i + length))) return false;
  }
  return !BREAKS_NAME.test(name) && !GENERIC_BRANDS.test(name);
}

function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 40 && !hasChar(CLAUSE_BREAK, text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 40 && !hasChar(CLAUSE_BREAK, text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

function company(start: number, surface: string, name: string): Mention {
  return { start, end: start + surface.length, surface, name, type: 'company', aliases: surface === name ? [] : [surface] };
}

// 伊利、蒙牛等企业: the items of a list the sentence closes as companies are companies.
const COMPANIES_CLOSE = new RegExp(`^(${anyOf(LIST_CLOSERS)})[${COUNT_NUMERALS}${COUNT_WORDS.join('')}\\d]*(${anyOf(MEASURE_WORDS)})?[\\u4e00-\\u9fff]{0,6}?(${anyOf(COMPANY_KIND_NOUNS)})`, 'u');
function enumeratedCompanies(text: string, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (let at = text.indexOf(LIST_CLOSERS[0]!); at >= 0; at = text.indexOf(LIST_CLOSERS[0]!, at + 1)) {
    if (!COMPANIES_CLOSE.test(text.slice(at, at + 14)) || text[at - 1] === '、') continue;
    // The last item ends at 等; walk back over the items before it.
    let end = at;
    const items: Array<{ start: number; end: number; name: string }> = [];
    for (let k = 0; k < 8; k++) {
      let start = end;
      while (start > 0 && end - start < 10 && hasChar(HAN, text.charCodeAt(start - 1))) start--;
      start = cutAtFunctionWord(text, start, end);
      const name = text.slice(start, end);
      if (name.length < 2 || !cleanName(name)) break;
      items.push({ start, end, name });
      if (text[start - 1] !== '、') break;
      end = start - 1;
    }
    // Two items at least, the first after punctuation or a verb that introduces a list.
    const first = items.at(-1);
    if (items.length < 2 || !first) continue;
    const opener = text[first.start - 1] ?? '';
    if (first.start > 0 && !/[，。；：,;:\n\s]/u.test(opener) && !LIST_INTRODUCERS.some((w) => text.startsWith(w, first.start - w.length))) continue;
    for (const item of items) {
      if (!taken.some((t) => t.start < item.end && item.start < t.end)) found.push(company(item.start, item.name, item.name));
    }
  }
  return found;
}
