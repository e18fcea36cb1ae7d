import { readFileSync, readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { anyOf, anyPattern } from '../../src/extract/lexicon.ts';

const EXTRACT = new URL('../../src/extract/', import.meta.url);

describe('anyOf', () => {
  it('joins words longest first, escaped, in a group', () => {
    expect(anyOf(['援疆', '对口支援', '(集团)'])).toBe('(?:对口支援|\\(集团\\)|援疆)');
    expect(new RegExp(`^${anyOf(['月', '月份'])}`, 'u').exec('月份')?.[0]).toBe('月份');
  });

  it('matches nothing for an empty list, and can still be made optional', () => {
    expect(new RegExp(anyOf([]), 'u').test('援疆')).toBe(false);
    expect(new RegExp(`^${anyOf([])}?援疆`, 'u').test('援疆')).toBe(true);
  });
});

describe('anyPattern', () => {
  it('joins regular expressions in their order, unescaped', () => {
    expect(anyPattern(['结对(?!帮扶)', '共建'])).toBe('(?:结对(?!帮扶)|共建)');
    expect(new RegExp(anyPattern([]), 'u').test('共建')).toBe(false);
  });
});

describe('the lexicon module', () => {
  // The place scanner and the organisation lists (gazetteer.ts, find-places.ts,
  // known-organisations.ts) and the date and figure readers keep their own lists for now;
  // every other module reads its words from the lexicon.
  const OWN_LISTS = ['lexicon.ts', 'gazetteer.ts', 'find-places.ts', 'known-organisations.ts', 'find-times.ts', 'find-amounts.ts', 'parse-number.ts', 'iso-date.ts', 'relation-facts.ts', 'add-time-and-amounts.ts'];

  it('is the only extraction module that spells Chinese words outside comments', () => {
    const spelling = readdirSync(EXTRACT)
      .filter((f) => f.endsWith('.ts') && !OWN_LISTS.includes(f))
      .filter((f) => {
        const code = readFileSync(new URL(f, EXTRACT), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//gu, '')
          .replace(/\/\/.*$/gmu, '');
        return /[\u3400-\u9fff]/u.test(code);
      });
    expect(spelling).toEqual([]);
  });

  it('says what each exported list describes', () => {
    const lines = readFileSync(new URL('lexicon.ts', EXTRACT), 'utf8').split('\n');
    const undocumented = lines.flatMap((line, i) => {
      const name = /^export const (\w+)/u.exec(line)?.[1];
      return name && !lines[i - 1]!.trim().endsWith('*/') ? [name] : [];
    });
    expect(undocumented).toEqual([]);
  });
});
