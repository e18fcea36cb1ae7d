// Numbers as Chinese news writes them: 12.6亿, 21万, 1,200, 三百, 十二亿, 一千二百万, 两千.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億';

/**
 * The value of a number as written, or null when it is not one.
 * Arabic digits may carry thousands separators, a decimal part and Chinese
 * multipliers (12.6亿 = 1 260 000 000; 3千万 = 30 000 000).
 */
export function parseNumber(written: string): number | null {
  const text = toHalfWidth(written).replace(/\s+/gu, '');
  const arabic = /^(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?([十百千万萬亿億]*)$/u.exec(text);
  if (arabic) {
    const base = Number(arabic[1]!.replace(/[,，]/gu, '') + (arabic[2] ?? ''));
    const multiplier = multiplierOf(arabic[3] ?? '');
    return multiplier === null ? null : round(base * multiplier);
  }
  return parseChineseNumeral(text);
}

/** 十二亿 → 1 200 000 000, 三百 → 300, 一万五千 → 15 000, 二〇二三 → 2023 (digit by digit). */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || [...text].some((ch) => !(ch in DIGITS || ch in SMALL_UNITS || ch in BIG_UNITS))) return null;
  // Written digit by digit, like a year: 二〇二三.
  if ([...text].every((ch) => ch in DIGITS) && text.length > 1) return Number([...text].map((ch) => DIGITS[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastBig = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: not a numeral
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else {
      const big = BIG_UNITS[ch]!;
      const value = (section + (digit ?? 0)) || (total === 0 ? 1 : 0);
      // 一万五千亿: a larger unit multiplies everything before it.
      if (big > lastBig) total = (total + value) * big;
      else total += value * big;
      lastBig = big;
      section = 0;
      digit = null;
    }
  }
  return round(total + section + (digit ?? 0));
}

function multiplierOf(units: string): number | null {
  let multiplier = 1;
  for (const ch of units) {
    const unit = SMALL_UNITS[ch] ?? BIG_UNITS[ch];
    if (unit === undefined) return null;
    multiplier *= unit;
  }
  return multiplier;
}

// 12.6 × 1e8 is 1260000000.0000002 in floating point. A whole number of at most 12 digits
// is its own rounding (most figures are): toPrecision is slow.
function round(value: number): number {
  if (Number.isInteger(value) && value > 0 && value < 1e12) return value;
  return Number(value.toPrecision(12));
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
