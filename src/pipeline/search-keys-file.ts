// graph/search-keys.json: the name index's keys of every name and alias (normal form and
// pinyin, src/query/spelling-keys.ts), written by a build and a snapshot so a server start
// reads them instead of computing them. Keys depend on the spelling alone, so the file
// needs no commit with graph.json: a stale or missing one only means computing some keys.
// Shape: {spellings: {text: [key, pinyin?, initials?]}, sorted: [every key, in order]}; a file
// of the older shape (the spellings table alone) is still read.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { KgGraph } from '../graph/build.ts';
import { writeFileAtomic } from '../graph/store.ts';
import { rememberKeyOrder, rememberSpellingKeys, sortedKeysOf, spellingKeysOf } from '../query/spelling-keys.ts';

export const SEARCH_KEYS_FILE = 'search-keys.json';

export async function writeSearchKeys(graph: KgGraph, graphDir: string): Promise<void> {
  const spellings = spellingKeysOf(graph);
  await writeFileAtomic(join(graphDir, SEARCH_KEYS_FILE), JSON.stringify({ spellings, sorted: sortedKeysOf(spellings) }));
}

/** Remembers the saved keys; returns how many, 0 when the file is missing or unreadable. */
export async function readSearchKeys(graphDir: string): Promise<number> {
  try {
    const data = JSON.parse(await readFile(join(graphDir, SEARCH_KEYS_FILE), 'utf8')) as { spellings?: unknown; sorted?: unknown } | null;
    if (!data || !Array.isArray(data.sorted)) return rememberSpellingKeys(data);
    rememberKeyOrder(data.sorted);
    return rememberSpellingKeys(data.spellings);
  } catch {
    return 0;
  }
}
