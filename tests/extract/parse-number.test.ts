import { describe, expect, it } from 'vitest';

import { parseChineseNumeral, parseNumber } from '../../src/extract/parse-number.ts';

describe('parseNumber', () => {
  const CASES: Array<[string, number]> = [
    ['86', 86],
    ['1,200', 1200],
    ['12.6亿', 1_260_000_000],
    ['21万', 210_000],
    ['1.2万', 12_000],
    ['3千万', 30_000_000],
    ['8800万', 88_000_000],
    ['０.５亿', 50_000_000],
    ['十二亿', 1_200_000_000],
    ['三百', 300],
    ['十', 10],
    ['二十五', 25],
    ['两千', 2000],
    ['一千二百万', 12_000_000],
    ['一万五千', 15_000],
    ['三百零五', 305],
    ['一万五千亿', 1_500_000_000_000],
    ['千', 1000],
    ['萬', 10_000],
    ['十二億', 1_200_000_000],
  ];
  for (const [written, value] of CASES) it(`reads ${written} as ${value}`, () => expect(parseNumber(written)).toBe(value));

  it('refuses what is not a number', () => {
    for (const text of ['', '援疆', '12a', '三三百', '1.2.3']) expect(parseNumber(text)).toBeNull();
  });
});

describe('parseChineseNumeral', () => {
  it('reads years written digit by digit', () => {
    expect(parseChineseNumeral('二〇二三')).toBe(2023);
    expect(parseChineseNumeral('二零二五')).toBe(2025);
  });
});
