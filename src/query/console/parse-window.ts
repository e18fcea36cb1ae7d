// Time windows as a console line writes them: English options (since 2020, until 2023,
// between 2019 and 2023, in 2023, from 2019 to 2023) and Chinese phrases anywhere in a
// question (2020年以来, 2019年至2023年, 2023年, 2020年以前, 截至2023年, “十四五”以来).
import { findTimes } from '../../extract/find-times.ts';
import { isIsoPrefix } from '../../extract/iso-date.ts';
import type { TimeWindow } from '../time-window.ts';
import { errorAt } from './console-error.ts';
import type { Token } from './tokenize.ts';

/** A year (2020), a month (2020-04) or a day (2020-04-01), as typed after since/until. */
export function timeOf(line: string, token: Token | undefined, what: string): string {
  const text = token?.text.replace(/年$/u, '') ?? '';
  if (!token || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(text) || !isIsoPrefix(text))
    throw errorAt(line, token, token ? `"${token.text}" is not a year: expected ${what}` : `Expected ${what} at the end`, {
      hint: 'A year (2020), a month (2020-04) or a day (2020-04-01)',
    });
  return text;
}

export interface ChineseWindow {
  window: TimeWindow;
  /** Where the phrase is in the line (with a 在/于 before it), to be blanked out before the question is read. */
  start: number;
  end: number;
}

const BEFORE = /^(?:以前|之前|前)/u;
const AFTER = /^(?:之后|以后|后)/u;

/** The first time phrase in a Chinese question, as a window; null when there is none. */
export function chineseWindow(line: string): ChineseWindow | null {
  const time = findTimes(line).find((t) => !/^\d{1,2}月/u.test(t.asWritten));
  if (!time) return null;
  let { start, end } = time;
  const rest = line.slice(end);
  let window: TimeWindow;
  if (/^(?:截至|截止|到)/u.test(time.asWritten)) {
    window = { until: time.to ?? time.from };
  } else if (BEFORE.test(rest)) {
    // 2020年以前: up to the end of 2019.
    end += BEFORE.exec(rest)![0].length;
    window = { until: String(Number(time.from.slice(0, 4)) - 1) };
  } else if (AFTER.test(rest)) {
    end += AFTER.exec(rest)![0].length;
    window = { since: time.from };
  } else if (time.to === undefined || /以来|以來|至今|起|开始|開始/u.test(time.asWritten)) {
    window = { since: time.from };
  } else {
    window = { since: time.from, until: time.to };
  }
  if (/^(?:为止|為止)/u.test(line.slice(end))) end += 2;
  if (/[在于於]/u.test(line[start - 1] ?? '')) start--;
  return { window, start, end };
}

/** English window keywords, read as trailing options of a command. */
export const WINDOW_WORDS = ['since', 'after', 'until', 'before', 'in', 'between', 'from'] as const;

/**
 * The window an English option gives: `since 2020`, `after 2020` (from 2021), `until 2023`,
 * `before 2023` (to 2022), `in 2023`, `between 2019 and 2023`, `from 2019 to 2023`.
 * `next` reads the following word (or throws at the end of the line).
 */
export function windowOption(line: string, keyword: Token, next: (what: string) => Token): TimeWindow {
  const year = (what: string) => timeOf(line, next(what), what);
  const shift = (prefix: string, by: number) => (/^\d{4}$/u.test(prefix) ? String(Number(prefix) + by) : prefix);
  switch (keyword.text.toLowerCase()) {
    case 'since':
      return { since: year('a year after since') };
    case 'after':
      return { since: shift(year('a year after after'), 1) };
    case 'until':
      return { until: year('a year after until') };
    case 'before':
      return { until: shift(year('a year after before'), -1) };
    case 'in': {
      const y = year('a year after in');
      return { since: y, until: y };
    }
    case 'between':
    case 'from': {
      const since = year(`a year after ${keyword.text}`);
      const joint = keyword.text.toLowerCase() === 'between' ? 'and' : 'to';
      const word = next(`"${joint}"`);
      if (word.text.toLowerCase() !== joint) throw errorAt(line, word, `Expected "${joint}" after ${keyword.text} ${since}`);
      return { since, until: year(`a year after ${joint}`) };
    }
    default:
      throw errorAt(line, keyword, `"${keyword.text}" is not a time word`, { hint: `Use one of: ${WINDOW_WORDS.join(', ')}` });
  }
}
