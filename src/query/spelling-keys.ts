// What the name index reads from each spelling (a name or an alias): its normal form and,
// for Chinese, its pinyin in full and as initials. Computing them (OpenCC, pinyin-pro) is
// most of the cost of indexing a big graph, so they are remembered per spelling, and a
// build saves them beside graph.json for a server start to read back, with the keys in
// sorted order so the index's sort becomes a count (comparing Chinese strings is slow).
import { pinyin } from 'pinyin-pro';

import type { KgGraph } from '../graph/build.ts';
import { hasHan, normaliseQuery } from './normalise-query.ts';

/** [normal form, pinyin, pinyin initials]; the last two only when the normal form has Chinese. */
export type SpellingKey = [key: string, pinyin?: string, initials?: string];
export type SpellingKeyTable = Record<string, SpellingKey>;

const remembered = new Map<string, SpellingKey>();
/** Each remembered key's place in the sorted list of them, when a build saved one. */
let ranks = new Map<string, number>();

export function spellingKey(text: string): SpellingKey {
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
  if (!table || typeof table !== 'object') return 0;
  let count = 0;
  for (const [text, keys] of Object.entries(table as Record<string, unknown>)) {
    if (!Array.isArray(keys) || keys.length < 1 || keys.length > 3 || !keys.every((k) => typeof k === 'string')) continue;
    remembered.set(text, keys as SpellingKey);
    count++;
  }
  return count;
}

/** Every key of `table`, once each, sorted as `<` orders strings (UTF-16 code units). */
export function sortedKeysOf(table: SpellingKeyTable): string[] {
  const keys = new Set<string>();
  for (const spelling of Object.values(table)) for (const key of spelling) if (key !== undefined) keys.add(key);
  return [...keys].sort();
}

/** Remembers the order of saved keys; a list that is not strictly increasing is ignored (returns 0). */
export function rememberKeyOrder(sorted: unknown): number {
  if (!Array.isArray(sorted)) return 0;
  for (let i = 0; i < sorted.length; i++)
    if (typeof sorted[i] !== 'string' || (i > 0 && !((sorted[i - 1] as string) < (sorted[i] as string)))) return 0;
  ranks = new Map((sorted as string[]).map((key, i) => [key, i]));
  return ranks.size;
}

/** `key`'s place among the remembered keys, or undefined. */
export function keyRank(key: string): number | undefined {
  return ranks.get(key);
}
