// graph/search-keys.json: the name index's keys of every name and alias (normal form and
// pinyin, src/query/spelling-keys.ts), written by a build and a snapshot so a server start
// reads them instead of computing them. Keys depend on the spelling alone, so the file
// needs no commit with graph.json: a stale or missing one only means computing some keys.
// A server reads them after listening, in slices; a key asked for before reads them at once.
// Shape: {spellings: {text: [key, pinyin?, initials?]}, sorted: [every key, in order]}; a file
// of the older shape (the spellings table alone) is still read.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { KgGraph } from '../graph/build.ts';
import { writeFileAtomic } from '../graph/store.ts';
import { expectSpellingKeys, rememberingKeyOrder, rememberingSpellingKeys, sortedKeysOf, spellingKeysOf } from '../query/spelling-keys.ts';
import type { ExpectedKeys } from '../query/spelling-keys.ts';

export const SEARCH_KEYS_FILE = 'search-keys.json';

/** Writes the keys of `graph`'s names, or the text `searchKeysText` gave for it. */
export async function writeSearchKeys(graph: KgGraph | { text: string }, graphDir: string): Promise<void> {
  await writeFileAtomic(join(graphDir, SEARCH_KEYS_FILE), 'text' in graph ? graph.text : searchKeysText(graph));
}

/** The file's text for `graph`: a build computes it while its layout runs elsewhere. */
export function searchKeysText(graph: KgGraph): string {
  const spellings = spellingKeysOf(graph);
  return JSON.stringify({ spellings, sorted: sortedKeysOf(spellings) });
}

/**
 * The folder's saved keys, read when a key is first asked for (at once, on that thread)
 * unless `readSearchKeysSoon` reads them before: a start does not wait for them.
 */
export function expectSearchKeys(graphDir: string): ExpectedKeys {
  const file = join(graphDir, SEARCH_KEYS_FILE);
  return expectSpellingKeys(() => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return;
    }
    const steps = remembering(text);
    while (!steps.next().done);
  });
}

/**
 * Reads the saved keys in the background: the file without blocking, then about `sliceMs`
 * of remembering per turn of the event loop (parsing the 9 MB of a 38k-node graph's keys is
 * one step). Returns how many spellings it remembered: 0 when the file is missing or
 * unreadable, or when a key asked for sooner read them all.
 */
export async function readSearchKeysSoon(graphDir: string, sliceMs: number): Promise<number> {
  const expected = expectSearchKeys(graphDir);
  let text: string;
  try {
    text = await readFile(join(graphDir, SEARCH_KEYS_FILE), 'utf8');
  } catch {
    expected.done();
    return 0;
  }
  const steps = remembering(text);
  for (;;) {
    if (!expected.waiting) return 0;
    const until = performance.now() + sliceMs;
    let step;
    do step = steps.next();
    while (!step.done && performance.now() < until);
    if (step.done) {
      expected.done();
      return step.value;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Parses the file's text and remembers its keys and their order; 0 when it is not one. */
function* remembering(text: string): Generator<void, number> {
  let data: { spellings?: unknown; sorted?: unknown } | null;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return 0;
  }
  yield;
  if (!data || !Array.isArray(data.sorted)) return yield* rememberingSpellingKeys(data);
  yield* rememberingKeyOrder(data.sorted);
  return yield* rememberingSpellingKeys(data.spellings);
}
