// Whether a sentence holds one of a short list of cue words outside its mentions (兴业 in
// 中建兴业集团 is no cue): what a test of an alternation of the words on the sentence with its
// mentions blanked says, without building that copy of the sentence. Bitsets of first
// characters and first pairs skip most positions with one read.

import { type CharSet, charSet, hasChar, pairHash } from '../ingest/char-set.ts';
import type { Span } from './mention.ts';

export class WordSet {
  private readonly firsts: CharSet;
  private readonly pairs: CharSet;
  /** The words by their first character. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    if (words.some((w) => w.length < 2)) throw new Error('cue words have two characters or more');
    this.firsts = charSet(words);
    this.pairs = charSet(words.map((w) => pairHash(w.charCodeAt(0), w.charCodeAt(1))));
    for (const w of words) {
      const list = this.byFirst.get(w.charCodeAt(0));
      if (list) list.push(w);
      else this.byFirst.set(w.charCodeAt(0), [w]);
    }
  }

  /**
   * Whether one of the words lies wholly inside text[from, to) and overlaps none of `blanks`
   * (sorted by start): a test of `new RegExp(anyOf(words))` on that stretch with each blank's
   * characters replaced by □.
   */
  outside(text: string, from: number, to: number, blanks: readonly Span[]): boolean {
    const { firsts, pairs } = this;
    for (let i = from; i + 1 < to; i++) {
      const c = text.charCodeAt(i);
      if (!hasChar(firsts, c) || !hasChar(pairs, pairHash(c, text.charCodeAt(i + 1)))) continue;
      for (const w of this.byFirst.get(c)!) if (i + w.length <= to && text.startsWith(w, i) && !overlapsAny(blanks, i, i + w.length)) return true;
    }
    return false;
  }
}

function overlapsAny(blanks: readonly Span[], start: number, end: number): boolean {
  for (const b of blanks) {
    if (b.start >= end) return false;
    if (b.end > start) return true;
  }
  return false;
}
