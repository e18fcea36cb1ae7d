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

/** A 16-bit hash of two character codes: a slot of a CharSet, to screen two-character starts. */
export function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 16;
}

/** The codes from `first` to `last`, both in, for charSet (a range of a character class). */
export function charRange(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** What /\s/ matches, which is also what String.prototype.trim removes. */
export const WHITE_SPACE: CharSet = charSet(charRange(0, 0xffff).filter((c) => /\s/.test(String.fromCharCode(c))));

/**
 * The characters a regular-expression character class matches, given as the source
 * between its brackets: literal characters, \uXXXX escapes, escaped marks (\-, \])
 * and ranges (\u3400-\u9fff·). Anything else (\d, \p{…}) throws.
 */
export function classSet(source: string): CharSet {
  const units: number[] = [];
  for (let i = 0; i < source.length; ) {
    const [code, next] = classUnit(source, i);
    if (source[next] === '-' && next + 1 < source.length) {
      const [last, after] = classUnit(source, next + 1);
      units.push(...charRange(code, last));
      i = after;
    } else {
      units.push(code);
      i = next;
    }
  }
  return charSet(units);
}

/** One character of a class source at `at`: its code and where the next begins. */
function classUnit(source: string, at: number): [number, number] {
  if (source[at] !== '\\') return [source.charCodeAt(at), at + 1];
  const escaped = source[at + 1] ?? '';
  if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) return [parseInt(source.slice(at + 2, at + 6), 16), at + 6];
  if (/^[\\\-\]\[^.*+?(){}|/$]$/.test(escaped)) return [escaped.charCodeAt(0), at + 2];
  throw new Error(`classSet: unsupported escape \\${escaped} in [${source}]`);
}
