// Times that sentences of 援疆 reporting name, as ranges of ISO prefixes:
// 2023年4月, 2019年至2023年, 自2023年4月入疆以来, 截至2024年底, “十四五”以来,
// 今年以来, 去年8月, 近三年, 7月6日, and aid batches (第十一批) once the article
// says when that batch began. Pure, over normalised (Simplified) text; Traditional
// forms (以來, 期間) are read too, so raw text works.
import { charSet, hasChar } from '../ingest/char-set.ts';
import type { SentenceTime } from '../types.ts';
import { isIsoPrefix, isoPrefix, yearOf } from './iso-date.ts';
import { parseChineseNumeral } from './parse-number.ts';

export interface FoundTime extends SentenceTime {
  /** Offsets of `asWritten` in the text searched. */
  start: number;
  end: number;
}

export interface FindTimesOptions {
  /** The article's date (YYYY-MM-DD): needed for 今年, 去年, “十四五”以来 and dates without a year. */
  articleDate?: string;
  /**
   * Only the times that start inside these spans are wanted: the scan skips text that
   * none of them needs (it may still return times outside them). Those inside are
   * exactly what a scan of the whole text finds there.
   */
  within?: ReadonlyArray<{ start: number; end: number }>;
}

/** Five-year plans: “十四五” is 2021–2025. */
const PLANS: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026 };
/** A 援疆 batch serves three years (干部 terms since the 2010 round). */
const BATCH_YEARS = 3;

const YEAR = String.raw`((?:19|20)\d{2}|[一二三四五六七八九〇零][〇零一二三四五六七八九]{3})`;
const MONTH = String.raw`(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`;
const DAY = String.raw`([12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
// Words a date's clause may hold before 以来 (自2023年4月入疆以来, 2010年新一轮对口援疆以来).
const TO_SINCE = String.raw`[^，,。；;：:！？\n]{0,14}?`;
const DASH = String.raw`\s*(?:至|到|—{1,2}|–|-|~|～)\s*`;

interface Pattern {
  regex: RegExp;
  read: (m: RegExpExecArray, context: Context) => Omit<SentenceTime, 'asWritten'> | null;
}

interface Context {
  articleDate?: string;
  articleYear?: number;
}

const PATTERNS: Pattern[] = [
  {
    // 2019年至2023年, 2019—2023年, 2022年6月至2024年5月
    regex: new RegExp(`${YEAR}年?(?:${MONTH}月)?${DASH}${YEAR}年(?:${MONTH}月)?`, 'uy'),
    read: (m) => range(date(m[1], m[2]), date(m[3], m[4])),
  },
  {
    // 截至2024年底, 截止2023年6月
    regex: new RegExp(`(?:截至|截止到?|到)${YEAR}年(?:${MONTH}月)?(?:底|末)?`, 'uy'),
    read: (m) => point(date(m[1], m[2])),
  },
  {
    // 自2023年4月入疆以来, 2020年以来, 从2019年起, 2023年至今
    regex: new RegExp(`(?:自|从|從)?${YEAR}年(?:${MONTH}月)?(?:${DAY}日)?(?:${TO_SINCE}(?:以来|以來)|至今|起|开始|開始)`, 'uy'),
    read: (m, c) => since(date(m[1], m[2], m[3]), c),
  },
  {
    // 2024年2月6日, 2023年4月, 2023年, 2025-07-07
    regex: new RegExp(`${YEAR}年(?:${MONTH}月(?:${DAY}[日号])?)?|((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`, 'uy'),
    read: (m) => (m[1] ? point(date(m[1], m[2], m[3])) : point(date(m[4], m[5], m[6]))),
  },
  {
    // “十四五”以来, 十三五期间, “十四五”末
    regex: /[“"「]?(十[一二三四五]五)[”"」]?(?:规划|規劃)?(以来|以來|期间|期間|时期|時期|末|初)?/uy,
    read: (m, c) => {
      const first = PLANS[m[1]!]!;
      if (m[2] === '以来' || m[2] === '以來') return since(String(first), c);
      if (m[2] === '末') return point(String(first + 4));
      if (m[2] === '初') return point(String(first));
      return range(String(first), String(first + 4));
    },
  },
  {
    // 今年以来, 今年6月, 去年8月, 前年, 今年上半年
    regex: new RegExp(`(?<![如至])(今年|去年|前年)(?:${MONTH}月(?:${DAY}日)?)?(以来|以來)?`, 'uy'),
    read: (m, c) => {
      if (c.articleYear === undefined) return null;
      const year = c.articleYear - { 今年: 0, 去年: 1, 前年: 2 }[m[1] as '今年']!;
      const start = date(String(year), m[2], m[3]);
      return m[4] ? since(start, c) : point(start);
    },
  },
  {
    // 15年来, 十年来: counted back from the article's year
    regex: /(?<![\d近多几幾数數])(\d{1,2}|[一二两兩三四五六七八九十]{1,3})年(?:来|以来|來|以來)/uy,
    read: (m, c) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
      if (c.articleYear === undefined || !n || n > 80) return null;
      return { from: String(c.articleYear - n), to: c.articleDate! };
    },
  },
  {
    // 近三年, 近5年来
    regex: /近([2-9]|[两二三四五六七八九十])年(?:来|以来)?/uy,
    read: (m, c) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
      if (c.articleYear === undefined || !n) return null;
      return { from: String(c.articleYear - n + 1), to: c.articleDate! };
    },
  },
  {
    // 7月6日 (the year is the article's, or the one before for a later month)
    regex: new RegExp(`(?<![年\\d])${MONTH}月${DAY}日`, 'uy'),
    read: (m, c) => {
      if (!c.articleDate) return null;
      const month = numberOf(m[1]!);
      const day = numberOf(m[2]!);
      const sameYear = isoPrefix(c.articleYear!, month, day) <= c.articleDate;
      return point(isoPrefix(c.articleYear! - (sameYear ? 0 : 1), month, day));
    },
  },
];

// Characters a time can start with, by char code: text[i] would allocate a string per character.
const STARTS = charSet('0123456789一二两兩三四五六七八九〇零自从從截到“"「十今去前近');
const BATCH = /第([一二三四五六七八九十]+|\d{1,2})批/gu;
// Any of the patterns, tried once where a time may start: most such places (一 in 统一) start none.
const ANY = new RegExp(PATTERNS.map((p) => `(?:${p.regex.source})`).join('|'), 'uy');

const YEAR_FIRST = new Uint8Array(0x10000);
for (const ch of '一二三四五六七八九〇零') YEAR_FIRST[ch.charCodeAt(0)] = 1;
const YEAR_DIGIT = new Uint8Array(0x10000);
for (const ch of '〇零一二三四五六七八九') YEAR_DIGIT[ch.charCodeAt(0)] = 1;
const NIAN = '年'.charCodeAt(0);
const YUE = '月'.charCodeAt(0);
const WU = '五'.charCodeAt(0);
const JIE = '截'.charCodeAt(0);

/** A year of four digits or numerals at `at` (2023, 二〇二三): YEAR's two forms. */
function yearAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 49 || c === 50) {
    const d = text.charCodeAt(at + 1);
    return ((c === 49 && d === 57) || (c === 50 && d === 48)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3));
  }
  return YEAR_FIRST[c] === 1 && YEAR_DIGIT[text.charCodeAt(at + 1)] === 1 && YEAR_DIGIT[text.charCodeAt(at + 2)] === 1 && YEAR_DIGIT[text.charCodeAt(at + 3)] === 1;
}

/**
 * What every pattern needs near its start, checked before any of them is tried: a year
 * right there or after a one-character prefix (自2023年, 到2024年) or after 截至 / 截止到;
 * 年 within three characters (今年, 近三年, 十五年来); 月 within two (7月6日, 十二月);
 * 五 two or three on (十四五, “十四五”). A new pattern must keep this true where it starts.
 */
function mayStartTime(text: string, i: number): boolean {
  if (yearAt(text, i) || yearAt(text, i + 1)) return true;
  const a = text.charCodeAt(i + 1);
  const b = text.charCodeAt(i + 2);
  const c = text.charCodeAt(i + 3);
  if (a === NIAN || b === NIAN || c === NIAN || a === YUE || b === YUE || b === WU || c === WU) return true;
  return text.charCodeAt(i) === JIE && (yearAt(text, i + 2) || yearAt(text, i + 3));
}

/** Every time named in `text`, left to right, longest first where two start at the same place. */
export function findTimes(text: string, options: FindTimesOptions = {}): FoundTime[] {
  const articleDate = options.articleDate && isIsoPrefix(options.articleDate) ? options.articleDate : undefined;
  const context: Context = { articleDate, articleYear: articleDate ? yearOf(articleDate) : undefined };
  const batches = batchMentions(text);
  const found: FoundTime[] = [];
  if (!options.within) scanTimes(text, 0, text.length, context, found);
  else {
    // A batch's anchor is a time in the batch's own sentence: those sentences are wanted too.
    const spans = [...options.within, ...batches.map((b) => sentenceAround(text, b.start))].sort(byStart);
    let scanned = 0;
    for (const span of spans) {
      if (span.end <= scanned) continue;
      // No time holds a barrier: after one the scan is where a scan of the whole text would be.
      scanned = scanTimes(text, Math.max(scanned, afterBarrier(text, span.start)), span.end, context, found);
    }
  }
  return [...found, ...findBatches(text, batches, found, context)].sort(byStart);
}

/** The times that start in text[from, to) for a scan that is fresh at `from`; returns where the scan stopped (a time may run past `to`). */
function scanTimes(text: string, from: number, to: number, context: Context, found: FoundTime[]): number {
  let i = from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!hasChar(STARTS, code)) continue;
    // A year glued to digits before it is part of a longer number (12023年).
    if (isDigit(code) && isDigit(text.charCodeAt(i - 1))) continue;
    if (!mayStartTime(text, i)) continue;
    ANY.lastIndex = i;
    if (!ANY.test(text)) continue;
    for (const pattern of PATTERNS) {
      pattern.regex.lastIndex = i;
      const m = pattern.regex.exec(text);
      if (!m) continue;
      const span = pattern.read(m, context);
      if (!span || !isIsoPrefix(span.from) || (span.to !== undefined && !isIsoPrefix(span.to))) continue;
      // Written out, not spread: a spread of two source shapes is slow in a hot loop.
      const time: FoundTime = span.to === undefined ? { from: span.from, asWritten: m[0], start: i, end: i + m[0].length } : { from: span.from, to: span.to, asWritten: m[0], start: i, end: i + m[0].length };
      found.push(time);
      i += m[0].length - 1;
      break;
    }
  }
  return i;
}

// Characters no time can hold (no pattern matches them; TO_SINCE stops at them) and none starts with.
const BARRIERS = charSet('。，,；;：:！？');

/** The place after the last barrier before `at` (or 0): a scan of the whole text passes there with no time open. */
function afterBarrier(text: string, at: number): number {
  let i = at;
  while (i > 0 && !hasChar(BARRIERS, text.charCodeAt(i - 1))) i--;
  return i;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

interface BatchMention {
  n: number;
  start: number;
  end: number;
  asWritten: string;
}

function batchMentions(text: string): BatchMention[] {
  const mentions: BatchMention[] = [];
  // An exec loop, not matchAll: matchAll copies the pattern on every call.
  BATCH.lastIndex = 0;
  for (let m = BATCH.exec(text); m !== null; m = BATCH.exec(text)) mentions.push({ n: numberOf(m[1]!), start: m.index, end: m.index + m[0].length, asWritten: m[0] });
  return mentions;
}

/**
 * 第十一批 is a span of years only once the article says when that batch began
 * (江西省第十一批援疆干部人才自2023年4月入疆以来): every mention of the batch then
 * covers three years from there, cut at the article's date.
 */
function findBatches(text: string, mentions: BatchMention[], times: FoundTime[], context: Context): FoundTime[] {
  const began = new Map<number, string>();
  for (const mention of mentions) {
    if (began.has(mention.n)) continue;
    const sentence = sentenceAround(text, mention.start);
    const anchor = times.find(
      (t) => t.start >= sentence.start && t.end <= sentence.end && /以来|以來|起|开始|開始|入疆|进疆|抵疆|到岗/u.test(text.slice(t.start, t.end + 6)),
    );
    if (anchor) began.set(mention.n, anchor.from);
  }
  const batches: FoundTime[] = [];
  for (const mention of mentions) {
    const from = began.get(mention.n);
    if (!from) continue;
    const end = String(yearOf(from) + BATCH_YEARS);
    const to = context.articleDate && context.articleDate < end ? context.articleDate : end;
    batches.push({ from, to, asWritten: mention.asWritten, start: mention.start, end: mention.end });
  }
  return batches;
}

const SENTENCE_END = charSet('。！？!?；;\n');
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !hasChar(SENTENCE_END, text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !hasChar(SENTENCE_END, text.charCodeAt(end))) end++;
  return { start, end };
}

function date(year: string | undefined, month?: string, day?: string): string {
  const y = numberOf(year!);
  return isoPrefix(y, month === undefined ? undefined : numberOf(month), day === undefined ? undefined : numberOf(day));
}

function point(prefix: string): Omit<SentenceTime, 'asWritten'> {
  return { from: prefix, to: prefix };
}

function range(from: string, to: string): Omit<SentenceTime, 'asWritten'> | null {
  return from <= to ? { from, to } : null;
}

/** From a date to the article's date; open-ended when the article has none. */
function since(from: string, context: Context): Omit<SentenceTime, 'asWritten'> {
  return context.articleDate && context.articleDate >= from ? { from, to: context.articleDate } : { from };
}

function numberOf(written: string): number {
  return /^\d+$/u.test(written) ? Number(written) : (parseChineseNumeral(written) ?? NaN);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
