// Remove pinyin glosses that some sites print after characters: 產(chǎn)業(yè) → 產業,
// in every form seen: full-width and square brackets, tone digits (yi1), capitals,
// pinyin-font letters (ɑ, ɡ) and decomposed tone marks.
import { type CharSet, charRange, charSet, classSet, hasChar } from './char-set.js';
import type { TrackedText } from './tracked-text.js';

const TONED: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a',
  ē: 'e', é: 'e', ě: 'e', è: 'e',
  ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o',
  ū: 'u', ú: 'u', ǔ: 'u', ù: 'u',
  ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v', ü: 'v',
};

// With an initial, or one of the finals written without one (i, u, ü alone are yi, wu, yu).
const SYLLABLE =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)r?$/;

// Neutral-tone syllables are written without a mark; anything else must carry a tone
// so that ordinary lowercase words in brackets are never taken for glosses.
const NEUTRAL = new Set(['de', 'le', 'me', 'ne', 'ma', 'ba', 'zi', 'men', 'zhe', 'guo', 'li', 'tou']);

const MAX_SYLLABLES = 4;

/**
 * A gloss: one to four pinyin syllables, tone-marked or numbered, apart (yi1 liao2, yī-liáo)
 * or run together as pinyin spells a word (wēnquán).
 */
export function isPinyinGloss(inner: string): boolean {
  // Pinyin fonts write ɑ and ɡ; some pages decompose ī into i + U+0304, or capitalise
  // (then only a marked tone tells a gloss from an abbreviation: Yī, not MA).
  const composed = inner.replace(/\u0251/g, 'a').replace(/\u0261/g, 'g').normalize('NFC').trim();
  const capitalised = composed !== composed.toLowerCase();
  const words = composed.toLowerCase().split(/[\s'’-]+/);
  let syllables = 0;
  for (const word of words) {
    const count = syllablesIn(word, capitalised, MAX_SYLLABLES - syllables);
    if (count === 0) return false;
    syllables += count;
  }
  return syllables > 0;
}

/** How many syllables `word` splits into (each a syllable with its tone, or neutral), at most `budget`; 0 if it does not. */
function syllablesIn(word: string, capitalised: boolean, budget: number): number {
  if (budget <= 0 || word === '') return 0;
  if (isSyllable(word, capitalised)) return 1;
  // Longest first: a syllable is at most six letters and a tone digit (zhuang1).
  for (let end = Math.min(word.length - 1, 7); end >= 1; end--) {
    if (!isSyllable(word.slice(0, end), capitalised)) continue;
    const rest = syllablesIn(word.slice(end), capitalised, budget - 1);
    if (rest > 0) return rest + 1;
  }
  return 0;
}

function isSyllable(s: string, capitalised: boolean): boolean {
  let plain = '';
  let toned = /[0-5]$/.test(s);
  for (const ch of toned ? s.slice(0, -1) : s) {
    const base = TONED[ch];
    if (base !== undefined && ch !== 'ü') toned = true;
    plain += base ?? ch;
  }
  return SYLLABLE.test(plain) && (toned || (!capitalised && NEUTRAL.has(plain)));
}

// In ASCII, full-width or square brackets, right after a Chinese character (checked below):
// 醫(yī), 產（chǎn）, 产(chan3), 醫【yī】; SPACED: after one space, 產 (chǎn). Two patterns
// that start with their bracket or space scan faster than one with an optional space.
const INNER_UNITS = "a-zA-Z\\u00c0-\\u024f\\u0251\\u0261\\u0300-\\u036f0-5'’\\- \\u3000";
const MAX_INNER = 40;
const OPENERS = '(（[【〔';
const CLOSERS = ')）]】〕';
const INNER = `([${INNER_UNITS}]{1,${MAX_INNER}})[)）\\]】〕]`;
const GLOSS = new RegExp(`[(（[【〔]${INNER}`, 'g');
const SPACED_GLOSS = new RegExp(`[ \\u3000][(（[【〔]${INNER}`, 'g');
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The brackets a gloss opens with, for a scan of the whole text (see mayOpenGloss). */
export const GLOSS_OPENERS: CharSet = charSet(OPENERS);
const INNER_SET = classSet(INNER_UNITS);
const CLOSER_SET = charSet(CLOSERS);
const CHINESE_SET = charSet([...charRange(0x3400, 0x9fff), ...charRange(0xf900, 0xfaff)]);
const SPACE_SET = charSet(' \u3000');

/**
 * Whether the opening bracket at `at` could start a gloss that stripPinyinGlosses removes:
 * after a Chinese character (or after one space that follows one), and closed after 1–40
 * characters of the gloss's alphabet. Where no bracket of a text could, the step has no work.
 */
export function mayOpenGloss(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (!hasChar(CHINESE_SET, before) && !(hasChar(SPACE_SET, before) && hasChar(CHINESE_SET, text.charCodeAt(at - 2)))) return false;
  let i = at + 1;
  while (i < text.length && i - at <= MAX_INNER && hasChar(INNER_SET, text.charCodeAt(i))) i++;
  return i > at + 1 && i - at <= MAX_INNER + 1 && hasChar(CLOSER_SET, text.charCodeAt(i));
}

// Glosses repeat (醫(yī) wherever a hospital is named): each bracketed text is read once.
const readings = new Map<string, boolean>();
const MAX_READINGS = 10_000;

function readAsGloss(inner: string): boolean {
  let gloss = readings.get(inner);
  if (gloss === undefined) {
    if (readings.size >= MAX_READINGS) readings.clear();
    gloss = isPinyinGloss(inner);
    readings.set(inner, gloss);
  }
  return gloss;
}

function withoutGloss(m: RegExpExecArray): string {
  return CHINESE.test(m.input[m.index - 1] ?? '') && readAsGloss(m[1] ?? '') ? '' : m[0];
}

export function stripPinyinGlosses(tracked: TrackedText): TrackedText {
  return tracked.replaceAll(GLOSS, withoutGloss).replaceAll(SPACED_GLOSS, withoutGloss);
}

/** The same on a plain string (no offset map), for quick looks at a line. */
export function removePinyinGlosses(text: string): string {
  return removeMatches(removeMatches(text, GLOSS), SPACED_GLOSS);
}

function removeMatches(text: string, pattern: RegExp): string {
  const regex = new RegExp(pattern.source, 'g');
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    if (withoutGloss(m) !== '') continue;
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}
