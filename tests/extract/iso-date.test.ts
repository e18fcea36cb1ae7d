import { describe, expect, it } from 'vitest';

import { daysInMonth, isIsoPrefix, isoEnd } from '../../src/extract/iso-date.ts';

describe('daysInMonth', () => {
  it('gives what a Date of the last day gives, for every month of years 0–2400 (leap centuries, Date.UTC’s 1900 + 0–99)', () => {
    const differing: string[] = [];
    for (let year = 0; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        const byDate = new Date(Date.UTC(year, month, 0)).getUTCDate();
        if (daysInMonth(year, month) !== byDate) differing.push(`${year}-${month}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('answers like a Date outside the calendar too (month 0 or 13, NaN)', () => {
    expect([daysInMonth(2023, 0), daysInMonth(2023, 13), daysInMonth(Number.NaN, 2)]).toEqual([31, 31, Number.NaN]);
  });

  it('keeps February 29 only in leap years', () => {
    expect(['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2023-04-31'].map(isIsoPrefix)).toEqual([true, false, true, false, false]);
    expect(['2024-02', '1900-02', '2023-12'].map(isoEnd)).toEqual(['2024-02-29', '1900-02-28', '2023-12-31']);
  });
});
