// The clean reading of each sentence of an article, as the extractor reads it (Simplified,
// pinyin glosses dropped, machine rewriting repaired), with the span of the sentence as
// written: evidence offsets are such spans, so a reader can show both side by side.
import { normalise } from '../ingest/normalise.ts';
import { splitSentences } from '../ingest/sentences.ts';
import type { Article } from '../types.ts';
import { boundSentences } from './bound-sentences.ts';

export interface SentenceReading {
  /** Offsets into the article as written, as in `Evidence`. */
  start: number;
  end: number;
  /** The sentence as the extractor read it. */
  text: string;
}

export function sentenceReadings(article: Article): SentenceReading[] {
  const doc = normalise(article);
  return boundSentences(doc.text, splitSentences(doc.text)).map((s) => {
    const span = doc.toOriginal(s.start, s.end);
    return { start: span.start, end: span.end, text: doc.text.slice(s.start, s.end).trim() };
  });
}
