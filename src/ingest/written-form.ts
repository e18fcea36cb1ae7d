// The clean written form of a span of an article: what a Traditional alias or a quoted
// name should read (阿克陶縣人民醫院, never 阿克陶縣人民醫(yī)院 or “阿克陶縣人民醫院”).
import type { Article } from '../types.js';
import { type NormalisedText, normalise } from './normalise.js';

// Callers ask for many spans of one article in a row; one article is kept, not all of them.
let last: { article: Article; text: string; normalised: NormalisedText } | undefined;

/**
 * The span [start, end) of `article.text` (the article as written) without pinyin glosses,
 * invisible or control characters, whitespace inside Chinese and quote marks at the ends,
 * with mojibake and machine-rewritten words repaired as normalise() repairs them, in the
 * article's own script. A caller that holds normalise(article) calls its writtenForm().
 */
export function writtenForm(article: Article, start: number, end: number): string {
  if (last?.article !== article || last.text !== article.text) {
    last = { article, text: article.text, normalised: normalise(article) };
  }
  return last.normalised.writtenForm(start, end);
}
