// What the name index reads from each spelling (a name or an alias): its normal form and,
// for Chinese, its pinyin in full and as initials. Computing them (OpenCC, pinyin-pro) is
// most of the cost of indexing a big graph, so they are remembered per spelling, and a
// build saves them beside graph.json for a server start to read back, with the keys in
// sorted order so the index's sort becomes a count (comparing Chinese strings is slow).
import { pinyin } from 'pinyin-pro';

import type { KgGraph } from '../graph/build.ts';
import { runToEnd } from './cpu-budget.ts';
import { hasHan, normaliseQuery } from './normalise-query.ts';

/** [normal form, pinyin, pinyin initials]; the last two only when the normal form has Chinese. */
export type SpellingKey = [key: string, pinyin?: string, initials?: string];
export type SpellingKeyTable = Record<string, SpellingKey>;

const remembered = new Map<string, SpellingKey>();
/** Each remembered key's place in the sorted list of them, when a build saved one. */
let ranks = new Map<string, number>();

/** Saved keys not read yet (a server reads them after listening): asking for a key reads them first, at once. */
let expected: { load: () => void } | null = null;

export interface ExpectedKeys {
  /** True until the keys are read, by the one who expects them (`done`) or by a key asked for first. */
  readonly waiting: boolean;
  done(): void;
}

/** Saved keys that `load` reads and remembers; `spellingKey` and `keyRank` call it first while it waits. */
export function expectSpellingKeys(load: () => void): ExpectedKeys {
  const entry = { load };
  expected = entry;
  return {
    get waiting() {
      return expected === entry;
    },
    done() {
      if (expected === entry) expected = null;
    },
  };
}

function readExpected(): void {
  const entry = expected;
  expected = null;
  entry?.load();
}

export function spellingKey(text: string): SpellingKey {
  if (expected) readExpected();
  let keys = remembered.get(text);
  if (keys) return keys;
  const key = normaliseQuery(text);
  if (hasHan(key)) {
    // Syllables joined without separators: "aketaoxian" and initials "aktx".
    const syllables = pinyin(key, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
    keys = [key, syllables.join('').toLowerCase(), syllables.map((s) => s[0] ?? '').join('').toLowerCase()];
  } else {
    keys = [key];
  }
  remembered.set(text, keys);
  return keys;
}

/** The keys of every name and alias of `graph`, to save with it. */
export function spellingKeysOf(graph: KgGraph): SpellingKeyTable {
  const table: SpellingKeyTable = {};
  graph.forEachNode((node, a) => {
    for (const text of [a.label ?? node, ...(Array.isArray(a.aliases) ? a.aliases : [])])
      if (typeof text === 'string' && !(text in table)) table[text] = spellingKey(text);
  });
  return table;
}

/** Remembers saved keys, so indexing those spellings computes nothing. Malformed entries are skipped. */
export function rememberSpellingKeys(table: unknown): number {
  return runToEnd(rememberingSpellingKeys(table));
}

/** `rememberSpellingKeys` in steps: yields every `STEP` entries, returns the count. */
export function* rememberingSpellingKeys(table: unknown): Generator<void, number> {
  if (!table || typeof table !== 'object') return 0;
  let count = 0;
  let i = 0;
  for (const text in table as Record<string, unknown>) {
    if (++i % STEP === 0) yield;
    const keys = (table as Record<string, unknown>)[text];
    if (!Array.isArray(keys) || keys.length < 1 || keys.length > 3 || !keys.every((k) => typeof k === 'string')) continue;
    remembered.set(text, keys as SpellingKey);
    count++;
  }
  return count;
}

/** Entries handled between two yields of the stepwise functions: about a millisecond. */
const STEP = 2048;

/** Every key of `table`, once each, sorted as `<` orders strings (UTF-16 code units). */
export function sortedKeysOf(table: SpellingKeyTable): string[] {
  const keys = new Set<string>();
  for (const spelling of Object.values(table)) for (const key of spelling) if (key !== undefined) keys.add(key);
  return [...keys].sort();
}

/** Remembers the order of saved keys; a list that is not strictly increasing is ignored (returns 0). */
export function rememberKeyOrder(sorted: unknown): number {
  return runToEnd(rememberingKeyOrder(sorted));
}

/** `rememberKeyOrder` in steps: the order is taken once the whole list is checked. */
export function* rememberingKeyOrder(sorted: unknown): Generator<void, number> {
  if (!Array.isArray(sorted)) return 0;
  const order = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const key: unknown = sorted[i];
    if (typeof key !== 'string' || (i > 0 && !((sorted[i - 1] as string) < key))) return 0;
    order.set(key, i);
  }
  ranks = order;
  return ranks.size;
}

/** `key`'s place among the remembered keys, or undefined. */
export function keyRank(key: string): number | undefined {
  if (expected) readExpected();
  return ranks.get(key);
}
