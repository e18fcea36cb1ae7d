// Sets of BMP characters as 8 KB bitsets: a scan that asks at every character
// whether something can start there reads a table that stays in the cache
// (a 64 K-entry array of pointers or words would not).

export type CharSet = Uint32Array;

/** The set of the first characters (or whole one-character strings) given, or of char codes. */
export function charSet(chars: Iterable<string | number>): CharSet {
  const set = new Uint32Array(0x10000 >>> 5);
  for (const ch of chars) {
    const code = typeof ch === 'number' ? ch : ch.charCodeAt(0);
    if (code < 0x10000) set[code >>> 5]! |= 1 << (code & 31);
  }
  return set;
}

export function hasChar(set: CharSet, code: number): boolean {
  return (set[code >>> 5]! & (1 << (code & 31))) !== 0;
}
