// Split normalised text into sentences with their offsets in that text.
import { WHITE_SPACE, charRange, charSet, hasChar } from './char-set.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const TERMINATORS = '。！？!?；;\n';
// Closing quotes and brackets that belong to the sentence they end.
const CLOSERS = '”’」』）)】》"\'';
const OPEN_QUOTE = '“';
// By char code: text[i] would allocate a string for every CJK character.
const IS_TERMINATOR = charSet(TERMINATORS);
const IS_CLOSER = charSet(CLOSERS);
const OPEN_QUOTE_CODE = OPEN_QUOTE.charCodeAt(0);
const CLOSE_QUOTE = '”';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// What LETTER_OR_DIGIT matches among single UTF-16 units (no surrogate matches alone:
// a sentence that holds one is tested by the pattern itself).
const LETTER_OR_DIGIT_UNIT = charSet(charRange(0, 0xffff).filter((c) => LETTER_OR_DIGIT.test(String.fromCharCode(c))));
/** A quotation shorter than this stays in one piece with its sentence. */
export const SHORT_QUOTE = 80;

/** Whether text[s, e) holds a letter or digit: by char code, the pattern only past a surrogate. */
function hasLetterOrDigit(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i);
    if (hasChar(LETTER_OR_DIGIT_UNIT, code)) return true;
    if (code >= 0xd800 && code <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, e));
  }
  return false;
}

/** text[from, to) trimmed of spaces, added unless empty or bare punctuation. */
function push(sentences: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && hasChar(WHITE_SPACE, text.charCodeAt(s))) s++;
  while (e > s && hasChar(WHITE_SPACE, text.charCodeAt(e - 1))) e--;
  if (e > s && hasLetterOrDigit(text, s, e)) sentences.push({ text: text.slice(s, e), start: s, end: e });
}

/**
 * Split on 。！？!?；; and newlines; closing quotes and brackets stay with their sentence;
 * a terminator inside a short “…” quotation does not split (programme names, slogans).
 * Sentences are trimmed of spaces; empty ones and bare punctuation are skipped.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let quoteEnd = -1;
  // The first ” and line break after the last opening quote looked at (-1: none; -2: not yet
  // searched), searched again only once passed: a paragraph holds many quotations, and each
  // would otherwise search to the paragraph's end.
  let close = -2;
  let newline = -2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_QUOTE_CODE && i > quoteEnd) {
      if (close !== -1 && close <= i) close = text.indexOf(CLOSE_QUOTE, i + 1);
      if (newline !== -1 && newline <= i) newline = text.indexOf('\n', i + 1);
      const closed = close !== -1 && (newline === -1 || close < newline);
      if (closed && close - i < SHORT_QUOTE) quoteEnd = close;
      continue;
    }
    if (!hasChar(IS_TERMINATOR, code)) continue;
    if (code !== 10 && i < quoteEnd) continue;
    let end = i + 1;
    for (; end < text.length; end++) {
      const next = text.charCodeAt(end);
      if (!hasChar(IS_CLOSER, next) && (!hasChar(IS_TERMINATOR, next) || next === 10)) break;
    }
    push(sentences, text, start, end);
    start = end;
    i = end - 1;
    if (i >= quoteEnd) quoteEnd = -1;
  }
  push(sentences, text, start, text.length);
  return sentences;
}
