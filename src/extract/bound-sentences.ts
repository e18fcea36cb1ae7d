// Relation rules compare the mentions of a sentence pairwise; a "sentence" of
// thousands of characters (text without punctuation) would make that quadratic.

import type { Span } from './mention.ts';

export const MAX_SENTENCE = 400;

/** Splits sentences longer than MAX_SENTENCE at their last comma (or space) before the limit. */
export function boundSentences(text: string, sentences: Span[]): Span[] {
  const bounded: Span[] = [];
  for (const s of sentences) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','), window.lastIndexOf('、'), window.lastIndexOf(' '));
      const end = start + (comma > MAX_SENTENCE / 2 ? comma + 1 : MAX_SENTENCE);
      bounded.push({ start, end });
      start = end;
    }
    bounded.push({ start, end: s.end });
  }
  return bounded;
}
