// Lists of names known in advance (nationwide schemes, brands, national bodies):
// loaded from src/gazetteer/*.json, matched in one pass per text.

import { readFileSync } from 'node:fs';

import { anyOf } from './lexicon.ts';

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
  // An empty list would make an empty pattern, which matches everywhere without moving on.
  if (nameOf.size === 0) return () => [];
  const pattern = new RegExp(anyOf([...nameOf.keys()]), 'gu');
  return (text) => {
    const found: KnownName[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, spelling: m[0], name: nameOf.get(m[0])! });
    }
    return found;
  };
}
