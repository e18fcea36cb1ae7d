import { describe, expect, it } from 'vitest';

import { charRange, charSet, classSet, hasChar } from '../../src/ingest/char-set.js';

const members = (set: ReturnType<typeof charSet>) => {
  const codes: number[] = [];
  for (let code = 0; code < 0x10000; code++) if (hasChar(set, code)) codes.push(code);
  return codes;
};

describe('charSet', () => {
  it('holds the first character of each string and the codes given, nothing else', () => {
    expect(members(charSet(['医院', '学', 0x3002]))).toEqual([0x3002, '医'.charCodeAt(0), '学'.charCodeAt(0)].sort((a, b) => a - b));
  });

  it('is empty for no characters, and reads the characters of one string', () => {
    expect(members(charSet([]))).toEqual([]);
    expect(members(charSet('。！\n'))).toEqual([10, 0x3002, 0xff01]);
  });

  it('answers false for a code outside the string (NaN from charCodeAt past the end)', () => {
    expect(hasChar(charSet('年'), '年'.charCodeAt(5))).toBe(false);
  });
});

describe('charRange', () => {
  it('gives the codes from first to last, both in', () => {
    expect(charRange(0x4e00, 0x4e03)).toEqual([0x4e00, 0x4e01, 0x4e02, 0x4e03]);
  });
});

describe('classSet', () => {
  // The same characters as the regular expression's class, code unit by code unit.
  it.each(['\\u3400-\\u9fff\\uf900-\\ufaff·', '\\u4e00-\\u9fff', '，。；！？,;!?', 'a\\-z\\]', '一二三四五六七八九十'])('matches what [%s] matches', (source) => {
    const one = new RegExp(`^[${source}]$`, 'u');
    const expected: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (one.test(String.fromCharCode(code))) expected.push(code);
    expect(members(classSet(source))).toEqual(expected);
  });

  it('refuses escapes it does not read, rather than guess', () => {
    expect(() => classSet('\\d')).toThrow(/unsupported escape/);
    expect(() => classSet('\\p{L}')).toThrow(/unsupported escape/);
  });
});
