// Which BMP characters belong to only one script, read from OpenCC's own
// character tables so that detection and conversion agree.
import OpenCC from 'opencc-js';

import { type CharSet, charSet } from './char-set.js';

export const TRADITIONAL_ONLY = 1;
export const SIMPLIFIED_ONLY = 2;

function dictKeys(dict: unknown): Set<string> {
  const keys = new Set<string>();
  if (typeof dict !== 'string') return keys;
  for (const entry of dict.split('|')) {
    const key = entry.slice(0, entry.indexOf(' '));
    if (key.length === 1) keys.add(key);
  }
  return keys;
}

function buildTable(): Uint8Array {
  const tsKeys = dictKeys(OpenCC.Locale.to.cn?.[0]?.[1]);
  const stKeys = dictKeys(OpenCC.Locale.from.cn?.[0]?.[1]);
  const table = new Uint8Array(0x10000);
  for (const c of tsKeys) if (!stKeys.has(c)) table[c.charCodeAt(0)] = TRADITIONAL_ONLY;
  for (const c of stKeys) if (!tsKeys.has(c)) table[c.charCodeAt(0)] = SIMPLIFIED_ONLY;
  return table;
}

let table: Uint8Array | undefined;

/** table[charCode]: TRADITIONAL_ONLY, SIMPLIFIED_ONLY or 0 (shared or not Chinese). Built on first use. */
export function scriptTable(): Uint8Array {
  table ??= buildTable();
  return table;
}

interface ScriptSets {
  traditional: CharSet;
  simplified: CharSet;
  /** Characters of one script only, either one. */
  either: CharSet;
}

let sets: ScriptSets | undefined;

/** The Traditional-only and the Simplified-only characters as bitsets, for scans of whole texts. */
export function scriptSets(): ScriptSets {
  if (!sets) {
    const kinds = scriptTable();
    const codes = (kind: number) => [...kinds.keys()].filter((code) => kinds[code] === kind);
    const traditional = codes(TRADITIONAL_ONLY);
    const simplified = codes(SIMPLIFIED_ONLY);
    sets = { traditional: charSet(traditional), simplified: charSet(simplified), either: charSet([...traditional, ...simplified]) };
  }
  return sets;
}
