import { describe, expect, it } from 'vitest';

import { INVEST_CUES, SUPPORT_CUES, anyOf } from '../../src/extract/lexicon.ts';
import { WordSet } from '../../src/extract/word-set.ts';

/** The sentence with the spans blanked, as the relation readers' `cues`. */
function blanked(text: string, spans: Array<{ start: number; end: number }>): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + '□'.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** Spans of the names in the text, in order. */
function spansOf(text: string, names: string[]): Array<{ start: number; end: number }> {
  return names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })).sort((a, b) => a.start - b.start);
}

describe('WordSet', () => {
  const invest = new WordSet(INVEST_CUES);

  it('finds a cue word outside the mentions, not one inside a name (兴业 in 中建兴业集团)', () => {
    const text = '中建兴业集团在喀什落户。';
    expect(invest.outside(text, 0, text.length, spansOf(text, ['中建兴业集团', '喀什']))).toBe(true);
    const inside = '中建兴业集团参加会议。';
    expect(invest.outside(inside, 0, inside.length, spansOf(inside, ['中建兴业集团']))).toBe(false);
    expect(invest.outside(inside, 0, inside.length, [])).toBe(true);
  });

  it('reads only the stretch asked for: a word that runs past its end is not in it', () => {
    const text = '企业投资建厂';
    expect(invest.outside(text, 0, 3, [])).toBe(false);
    expect(invest.outside(text, 0, 4, [])).toBe(true);
    expect(invest.outside(text, 3, 5, [])).toBe(false);
    expect(invest.outside(text, 3, 6, [])).toBe(true);
  });

  it('says what a regular expression of the words says on the sentence with its mentions blanked', () => {
    const support = new WordSet(SUPPORT_CUES);
    const pattern = new RegExp(anyOf(SUPPORT_CUES), 'u');
    const cases: Array<[string, string[]]> = [
      ['江西省对口支援阿克陶县。', ['江西省', '阿克陶县']],
      ['江西援疆前指召开会议。', ['江西援疆前指']],
      ['深圳援疆医疗队在喀什义诊。', ['深圳援疆医疗队', '喀什']],
      ['喀什大学举行开学典礼。', ['喀什大学']],
      ['援疆干部来到阿克陶县援建学校。', ['阿克陶县']],
      ['上海援建的莎车县人民医院。', ['上海', '莎车县人民医院']],
    ];
    for (const [text, names] of cases) {
      const spans = spansOf(text, names);
      expect(support.outside(text, 0, text.length, spans)).toBe(pattern.test(blanked(text, spans)));
    }
  });

  it('takes only words of two characters or more', () => {
    expect(() => new WordSet(['在'])).toThrow();
  });
});
