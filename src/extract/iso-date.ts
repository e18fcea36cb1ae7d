// ISO date prefixes (YYYY, YYYY-MM, YYYY-MM-DD) as the ends of time ranges.

const PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `text` is YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
export function isIsoPrefix(text: string): boolean {
  const m = PREFIX.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  return m[3] === undefined || (Number(m[3]) >= 1 && Number(m[3]) <= daysInMonth(Number(m[1]), month));
}

/** The first day a prefix covers: 2023 → 2023-01-01, 2023-04 → 2023-04-01. */
export function isoStart(prefix: string): string {
  const [year, month = '01', day = '01'] = prefix.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a prefix covers: 2023 → 2023-12-31, 2024-02 → 2024-02-29. */
export function isoEnd(prefix: string): string {
  const [year, month, day] = prefix.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day === undefined) return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
  return prefix;
}

/** YYYY-MM-DD (or YYYY-MM, YYYY) from numbers; month and day left out when undefined. */
export function isoPrefix(year: number, month?: number, day?: number): string {
  let text = String(year).padStart(4, '0');
  if (month !== undefined) text += `-${String(month).padStart(2, '0')}`;
  if (month !== undefined && day !== undefined) text += `-${String(day).padStart(2, '0')}`;
  return text;
}

export function yearOf(prefix: string): number {
  return Number(prefix.slice(0, 4));
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar, worked out (a Date per call is slow in a scan). */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Date.UTC reads years 0–99 as 1900–1999: the same answers, without building a Date.
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}
