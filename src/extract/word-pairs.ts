// A set of two-character words looked up in place in a text, without slicing it.

const CJK_FIRST = 0x3400;
const CJK_SPAN = 0xa000 - CJK_FIRST;

/**
 * Two CJK characters as one small integer (V8 keeps it unboxed), for allocation-free
 * lookups; -1 when either is outside U+3400–U+9FFF.
 */
function pairCode(text: string, at: number): number {
  const a = text.charCodeAt(at) - CJK_FIRST;
  const b = text.charCodeAt(at + 1) - CJK_FIRST;
  return a >= 0 && a < CJK_SPAN && b >= 0 && b < CJK_SPAN ? a * CJK_SPAN + b : -1;
}

export class WordPairs {
  private readonly codes: Set<number>;

  constructor(words: Iterable<string>) {
    this.codes = new Set();
    for (const w of words) if (w.length === 2) this.codes.add(pairCode(w, 0));
    this.codes.delete(-1);
  }

  /** Whether text[at] and text[at + 1] form one of the words; false outside the text. */
  has(text: string, at: number): boolean {
    return at >= 0 && at + 1 < text.length && this.codes.has(pairCode(text, at));
  }
}
