// Lists of names known in advance (nationwide schemes, brands, national bodies):
// loaded from src/gazetteer/*.json, matched in one pass per text.

import { readFileSync } from 'node:fs';

import { Trie, findWords } from './trie.ts';

export interface KnownName {
  start: number;
  end: number;
  spelling: string;
  name: string;
}

/**
 * Reads `{ [key]: [[canonical, ...other spellings], ...] }` from a data file and
 * returns a matcher: leftmost-longest occurrences of any spelling in a text.
 */
export function knownNames(file: string, key: string): (text: string) => KnownName[] {
  const data = JSON.parse(readFileSync(new URL(`../gazetteer/${file}`, import.meta.url), 'utf8')) as Record<string, string[][]>;
  const nameOf = new Map<string, string>();
  for (const [name, ...rest] of data[key] ?? []) for (const spelling of [name!, ...rest]) if (!nameOf.has(spelling)) nameOf.set(spelling, name!);
  // A trie, not one alternation of every spelling: a regular expression of a thousand names is tried at every position.
  const trie = new Trie<string>();
  for (const [spelling, name] of nameOf) trie.insert(spelling, name);
  return (text) => findWords(trie, text).map(({ start, end, value }) => ({ start, end, spelling: text.slice(start, end), name: value }));
}
