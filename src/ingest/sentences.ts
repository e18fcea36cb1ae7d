// Split normalised text into sentences with their offsets in that text.
import { charSet, hasChar } from './char-set.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const TERMINATORS = '。！？!?；;\n';
// Closing quotes and brackets that belong to the sentence they end.
const CLOSERS = '”’」』）)】》"\'';
const OPEN_QUOTE = '“';
// Terminators by char code: text[i] would allocate a string for every CJK character.
const IS_TERMINATOR = charSet(TERMINATORS);
const OPEN_QUOTE_CODE = OPEN_QUOTE.charCodeAt(0);
const CLOSE_QUOTE = '”';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A quotation shorter than this stays in one piece with its sentence. */
export const SHORT_QUOTE = 80;

/**
 * Split on 。！？!?；; and newlines; closing quotes and brackets stay with their sentence;
 * a terminator inside a short “…” quotation does not split (programme names, slogans).
 * Sentences are trimmed of spaces; empty ones and bare punctuation are skipped.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let quoteEnd = -1;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e === s) return;
    const sentence = text.slice(s, e);
    if (LETTER_OR_DIGIT.test(sentence)) sentences.push({ text: sentence, start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_QUOTE_CODE && i > quoteEnd) {
      const close = text.indexOf(CLOSE_QUOTE, i + 1);
      const newline = text.indexOf('\n', i + 1);
      const closed = close !== -1 && (newline === -1 || close < newline);
      if (closed && close - i < SHORT_QUOTE) quoteEnd = close;
      continue;
    }
    if (!hasChar(IS_TERMINATOR, code)) continue;
    if (code !== 10 && i < quoteEnd) continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.includes(text[end] ?? '') || (TERMINATORS.includes(text[end] ?? '') && text[end] !== '\n'))) end++;
    push(start, end);
    start = end;
    i = end - 1;
    if (i >= quoteEnd) quoteEnd = -1;
  }
  push(start, text.length);
  return sentences;
}
