// The extraction's data files (src/gazetteer/), each read once on first use:
// nothing is read at import time, so importing a recogniser costs nothing.

import { readFileSync } from 'node:fs';

const DATA_DIR = new URL('../gazetteer/', import.meta.url);

/** Lines of a data file, without blank lines and '#' comments. */
export function readDataLines(file: string): string[] {
  return readFileSync(new URL(file, DATA_DIR), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** A JSON data file. */
export function readDataJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8')) as T;
}

/** Memoises a loader: the data is read on the first call. */
export function once<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}

/** Common verbs, prepositions, adverbs… (generated from jieba's dictionary): no name runs across them. */
export const functionWords = once(() => readDataLines('function-words.txt'));

/** Content words that open with a one-character boundary word (经济, 对象): there the character is no boundary. */
export const boundaryOpeners = once(() => new Set(readDataLines('boundary-openers.txt')));
