// Undo "伪原创" spinning: machine rewriting that swaps words for near-synonyms
// (人民 → 人平易近, 和田地区 → 和地步区, 建设 → 扶植; other tools: 人民 → 群众, 工作 → 事情).
// The table (src/gazetteer/rewrite-substitutions.json) is data: [spun, original, guard?].
//  - `telltale`: a form that no one writes by hand. It marks a document as rewritten and is
//    put back wherever it stands in one.
//  - `completes`: an ordinary word that rewriters also use as a synonym (群众, 成长, 事情).
//    It is put back only where the result completes a known word (rewrite-anchors.ts) that
//    reaches beyond it: 喀什地区群众医院 → 人民医院, 对口声援 → 对口支援; 各族群众 stays.
//    Such a completion is itself a sign of rewriting and counts like a tell-tale.
//  - neither: an ordinary-word choice of the tool that spun the seed articles (取 → 与, with
//    its guards), put back wherever it stands, but only in a document whose tell-tales alone
//    show it rewritten: a text spun by another tool keeps its 成长 and 手艺 unless they
//    complete a known word.
//  - `notPrecededBy` / `notFollowedBy`: characters that must not stand next to the form.
// Beyond the table, a public thesaurus (src/gazetteer/rewrite-synonyms.tsv, from 同义词词林)
// gives the synonyms a tool may have chosen for a word inside a known name of the genre:
// `completes` entries with one or more originals (教导 → 教育 in 教育厅), put back only in
// a document the table shows rewritten, never where the text as written already reads a
// known or dictionary word across them (妇幼保健院 keeps 保健, 职业技能 its 技能).
import { readFileSync } from 'node:fs';

import table from '../gazetteer/rewrite-substitutions.json' with { type: 'json' };

import { type CharSet, charSet, hasChar, pairHash } from './char-set.js';
import { nameAnchors, rewriteAnchors } from './rewrite-anchors.js';
import type { Edit, TrackedText } from './tracked-text.js';

interface Guard {
  notPrecededBy?: string;
  notFollowedBy?: string;
  telltale?: boolean;
  completes?: boolean;
}

interface Substitution extends Guard {
  spun: string;
  original: string;
  /** A thesaurus synonym: the originals it may stand for, all of the spun form's length. */
  thesaurus?: readonly string[];
  /** Dictionary words that hold a thesaurus synonym as the ordinary word it is (职业技能). */
  words?: readonly string[];
}

export type RewriteTableEntry = [string, string] | [string, string, Guard];

/** Substitutions by the code of their first character, longest first (岁首年月次 before 岁首年月). */
interface Index {
  /** The first characters of the forms: most characters start none. */
  starts: CharSet;
  /**
   * The first two characters of the forms, hashed (pairHash); a one-character form sets every
   * slot. Common characters start forms (工 in 工作 → 事情) but seldom with the right second one.
   */
  pairs: CharSet;
  byFirst: Map<number, Substitution[]>;
  /**
   * kinds[code]: FIRST if a form starts with the character, SECOND if one has it second. Null
   * when a form is one character long: then every position is looked at (see findMatches).
   */
  kinds: Uint8Array | null;
}

const FIRST = 1;
const SECOND = 2;

function buildIndex(subs: readonly Substitution[]): Index {
  const byFirst = new Map<number, Substitution[]>();
  const pairs = new Uint32Array(0x10000 >>> 5);
  for (const sub of subs) {
    const code = sub.spun.charCodeAt(0);
    byFirst.set(code, [...(byFirst.get(code) ?? []), sub]);
    if (sub.spun.length === 1) pairs.fill(0xffffffff);
    else {
      const slot = pairHash(code, sub.spun.charCodeAt(1));
      pairs[slot >>> 5]! |= 1 << (slot & 31);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.spun.length - a.spun.length);
  let kinds: Uint8Array | null = new Uint8Array(0x10000);
  for (const sub of subs) {
    if (sub.spun.length < 2) kinds = null;
    if (!kinds) break;
    kinds[sub.spun.charCodeAt(0)]! |= FIRST;
    kinds[sub.spun.charCodeAt(1)]! |= SECOND;
  }
  return { starts: charSet(byFirst.keys()), pairs, byFirst, kinds };
}

// The whole table for repair; tell-tales and `completes` entries alone for detection, which
// runs on every article and need not look at the frequent ordinary-word entries (取, 正在).
let indexes: { all: Index; signs: Index } | undefined;
function substitutionIndexes(): { all: Index; signs: Index } {
  if (!indexes) {
    const subs = (table as RewriteTableEntry[]).map(([spun, original, guard]): Substitution => ({ spun, original, ...guard }));
    subs.push(...readThesaurus());
    // A thesaurus synonym is no sign: an ordinary word may complete a name by chance in
    // normal text. It is put back only in a document the table shows rewritten.
    indexes = { all: buildIndex(subs), signs: buildIndex(subs.filter((s) => s.telltale || (s.completes && !s.thesaurus))) };
  }
  return indexes;
}

const THESAURUS_FILE = new URL('../gazetteer/rewrite-synonyms.tsv', import.meta.url);

/** `技能<TAB>技术<TAB>职业技能`: a spun form, the originals it may stand for, the words that hold it. */
function readThesaurus(): Substitution[] {
  const subs: Substitution[] = [];
  for (const line of readFileSync(THESAURUS_FILE, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [spun, list, words] = line.split('\t') as [string, string, string?];
    const originals = list.split(',');
    subs.push({ spun, original: originals[0]!, completes: true, thesaurus: originals, words: words?.split(',') });
  }
  return subs;
}

type Holding = Array<{ word: string; offset: number }>;

/** Known words that hold a word, and where: 人民 → 人民医院 at 0, 中国人民政治… at 2. */
const holdingIn = (words: () => readonly string[]) => {
  const cache = new Map<string, Holding>();
  return (part: string): Holding => {
    let list = cache.get(part);
    if (!list) {
      list = [];
      for (const word of words()) {
        if (word.length <= part.length) continue;
        for (let at = word.indexOf(part); at >= 0; at = word.indexOf(part, at + 1)) list.push({ word, offset: at });
      }
      cache.set(part, list);
    }
    return list;
  };
};
const anchorsHolding = holdingIn(rewriteAnchors);
const nameAnchorsHolding = holdingIn(nameAnchors);

/**
 * Whether the text as written reads a known word that holds the form at `at` (妇幼保健院
 * around 保健), or a dictionary word of the thesaurus entry (职业技能 around 技能).
 */
function readsWordAround(text: string, at: number, sub: Substitution): boolean {
  for (const { word, offset } of anchorsHolding(sub.spun)) if (at >= offset && text.startsWith(word, at - offset)) return true;
  for (const word of sub.words ?? []) {
    for (let offset = word.indexOf(sub.spun); offset >= 0; offset = word.indexOf(sub.spun, offset + 1)) {
      if (at >= offset && text.startsWith(word, at - offset)) return true;
    }
  }
  return false;
}

function guardHolds(sub: Guard, text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  if (sub.notPrecededBy && before !== undefined && sub.notPrecededBy.includes(before)) return false;
  if (sub.notFollowedBy && after !== undefined && sub.notFollowedBy.includes(after)) return false;
  return true;
}

interface Match {
  /** Where the spun form stands in the text. */
  at: number;
  sub: Substitution;
  /**
   * What it reads as: the sub's original; for a thesaurus synonym the spun form itself until
   * one of its originals completes a known word.
   */
  original: string;
  /** Where its original stands in the text with every match put back. */
  from: number;
  to: number;
}

/** Whether a form of the table starts in text[from, to). */
function tableFormWithin(text: string, from: number, to: number, idx: Index): boolean {
  for (let j = from; j < to; j++) {
    for (const sub of idx.byFirst.get(text.charCodeAt(j)) ?? []) {
      if (!sub.thesaurus && text.startsWith(sub.spun, j) && guardHolds(sub, text, j, sub.spun.length)) return true;
    }
  }
  return false;
}

/** Left-to-right, longest-first matches of the table: a first-character table beats one big alternation. */
function findMatches(text: string, idx: Index): Match[] {
  const found: Found = { matches: [], shift: 0, next: 0 };
  const { kinds } = idx;
  if (!kinds) {
    for (let i = 0; i < text.length; i++) if (i >= found.next) matchAt(text, i, idx, found);
    return found.matches;
  }
  // Forms of two characters or more: each holds an odd position as its first or second
  // character, so reading every other character finds every place one may start.
  for (let j = 1; j < text.length; j += 2) {
    const kind = kinds[text.charCodeAt(j)]!;
    if (kind === 0) continue;
    if ((kind & SECOND) !== 0 && j - 1 >= found.next) matchAt(text, j - 1, idx, found);
    if ((kind & FIRST) !== 0 && j >= found.next) matchAt(text, j, idx, found);
  }
  return found.matches;
}

interface Found {
  matches: Match[];
  /** How much longer the text has grown by the matches so far put back. */
  shift: number;
  /** Where the next match may start: after the last one. */
  next: number;
}

/** The longest form of the table at i, if one is there and its guards hold. */
function matchAt(text: string, i: number, idx: Index, found: Found): void {
  const code = text.charCodeAt(i);
  if (!hasChar(idx.starts, code) || !hasChar(idx.pairs, pairHash(code, text.charCodeAt(i + 1) || 0))) return;
  for (const sub of idx.byFirst.get(code)!) {
    if (text.startsWith(sub.spun, i) && guardHolds(sub, text, i, sub.spun.length)) {
      // The table's forms go first: 人工 must not take the 工 of 工做 (艺人工做坊).
      if (sub.thesaurus && tableFormWithin(text, i + 1, i + sub.spun.length, idx)) continue;
      const from = i + found.shift;
      found.matches.push({ at: i, sub, original: sub.thesaurus ? sub.spun : sub.original, from, to: from + sub.original.length });
      found.shift += sub.original.length - sub.spun.length;
      found.next = i + sub.spun.length;
      return;
    }
  }
}

/**
 * Whether the text with every match put back reads `word` over [s, e), where matches
 * first..last are those that reach into that span. Read in place: no put-back copy of
 * the article is made for the few places where a known word may stand.
 */
function readsAt(text: string, matches: readonly Match[], first: number, last: number, word: string, s: number): boolean {
  let pos = s;
  let j = first;
  while (pos < s + word.length) {
    const m = matches[j];
    if (j <= last && m !== undefined && m.from <= pos) {
      const original = m.original;
      for (; pos < m.to && pos < s + word.length; pos++) {
        if (word.charCodeAt(pos - s) !== original.charCodeAt(pos - m.from)) return false;
      }
      j++;
      continue;
    }
    // Between matches the put-back text is the text, shifted by what earlier matches changed.
    const before = matches[j - 1];
    const shift = before === undefined ? 0 : before.to - before.at - before.sub.spun.length;
    const stop = j <= last && m !== undefined ? Math.min(m.from, s + word.length) : s + word.length;
    for (; pos < stop; pos++) if (word.charCodeAt(pos - s) !== text.charCodeAt(pos - shift)) return false;
  }
  return true;
}

/**
 * The `completes` matches whose original completes a known word: an occurrence of the word
 * in the put-back text that holds the match whole, cuts no other such match, and has at
 * least one character that no such match brought.
 */
function completedMatches(text: string, matches: readonly Match[]): Set<Match> {
  const accepted = new Set<Match>();
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (!m.sub.completes || accepted.has(m)) continue;
    const thesaurus = m.sub.thesaurus;
    if (thesaurus && readsWordAround(text, m.at, m.sub)) continue;
    for (const original of thesaurus ?? [m.original]) {
      m.original = original;
      if (completesKnownWord(text, matches, k, thesaurus ? nameAnchorsHolding(original) : anchorsHolding(original), accepted)) break;
      m.original = m.sub.spun;
    }
  }
  return accepted;
}

/** A `completes` match that reads as something else than its spun form (a thesaurus synonym left as written does not). */
function bringsOriginal(m: Match): boolean {
  return m.sub.completes === true && m.original !== m.sub.spun;
}

/** Whether match k's original completes one of `holding` there; if so its matches are accepted. */
function completesKnownWord(text: string, matches: readonly Match[], k: number, holding: Holding, accepted: Set<Match>): boolean {
  const m = matches[k]!;
  for (const { word, offset } of holding) {
    const s = m.from - offset;
    const e = s + word.length;
    if (s < 0) continue;
    // The matches this occurrence touches, found around m (matches are in order).
    let first = k;
    while (first > 0 && matches[first - 1]!.to > s) first--;
    let last = k;
    while (last + 1 < matches.length && matches[last + 1]!.from < e) last++;
    if (!readsAt(text, matches, first, last, word, s)) continue;
    let brought = 0;
    let cut = false;
    for (let j = first; j <= last; j++) {
      const other = matches[j]!;
      if (!bringsOriginal(other)) continue;
      if (other.from < s || other.to > e) cut = true;
      else brought += other.to - other.from;
    }
    if (cut || brought >= word.length) continue;
    for (let j = first; j <= last; j++) if (bringsOriginal(matches[j]!)) accepted.add(matches[j]!);
    return true;
  }
  return false;
}

/** Fewest distinct tell-tale forms for a document to count as rewritten. */
export const REWRITTEN_THRESHOLD = 3;

export interface RewriteDetection {
  rewritten: boolean;
  /** Distinct forms found: tell-tales and synonyms that complete a known word. */
  score: number;
  hits: string[];
  /** Distinct tell-tale forms alone: enough of them let the ordinary-word entries apply everywhere. */
  telltales: number;
}

function detect(matches: readonly Match[], completed: ReadonlySet<Match>): RewriteDetection {
  const found = new Set<string>();
  const telltales = new Set<string>();
  for (const m of matches) {
    if (m.sub.telltale) telltales.add(m.sub.spun);
    if (m.sub.telltale || completed.has(m)) found.add(m.sub.spun);
  }
  const hits = [...found];
  return { rewritten: hits.length >= REWRITTEN_THRESHOLD, score: hits.length, hits, telltales: telltales.size };
}

/**
 * Count the distinct tell-tale forms (平易近, 勾当, 扶植, 设置装备摆设 …) and the distinct
 * synonyms that complete a known word (群众 in 县群众医院, 声援 in 对口声援) in a text.
 * One slip can happen anywhere; three different ones only in spun text.
 */
export function detectRewritten(text: string): RewriteDetection {
  const matches = findMatches(text, substitutionIndexes().signs);
  return detect(matches, completedMatches(text, matches));
}

function editsOf(matches: readonly Match[], completed: ReadonlySet<Match>, everywhere: boolean): Edit[] {
  return matches
    .filter((m) => m.sub.telltale || completed.has(m) || (everywhere && !m.sub.completes))
    .map((m) => ({ start: m.at, end: m.at + m.sub.spun.length, replacement: m.original }));
}

/** Detection and repair in one pass over the table: no edits for a text that is not rewritten. */
export function rewriteRepair(text: string): { detection: RewriteDetection; edits: Edit[] } {
  const detection = detectRewritten(text);
  if (!detection.rewritten) return { detection, edits: [] };
  const matches = findMatches(text, substitutionIndexes().all);
  const everywhere = detection.telltales >= REWRITTEN_THRESHOLD;
  return { detection, edits: editsOf(matches, completedMatches(text, matches), everywhere) };
}

/**
 * Put back every spun form of a text known to be rewritten by the seed articles' kind of
 * tool: tell-tales and ordinary-word entries everywhere, `completes` entries where they
 * complete a known word. normalise() calls rewriteRepair(), which decides from the text.
 */
export function repairRewritten(tracked: TrackedText): TrackedText {
  const matches = findMatches(tracked.text, substitutionIndexes().all);
  return tracked.edit(editsOf(matches, completedMatches(tracked.text, matches), true));
}
