import { describe, expect, it } from 'vitest';

import { mergeAmounts, withoutArticle } from '../../src/graph/merge-amounts.ts';
import type { AmountFact, Evidence } from '../../src/types.ts';

const ev = (article: string, start = 0): Evidence => ({ article, sentence: `${article}…`, start, end: start + 10 });
const money = (asWritten: string, value: number, evidence: Evidence[], extra: Partial<AmountFact> = {}): AmountFact => ({
  kind: 'money',
  value,
  unit: '元',
  asWritten,
  approx: false,
  evidence,
  ...extra,
});

describe('mergeAmounts', () => {
  it('keeps a figure repeated by two articles as one fact with both evidence items, never a sum', () => {
    const facts = mergeAmounts([money('12.6亿元', 1_260_000_000, [ev('a')])], [money('12.6億元', 1_260_000_000, [ev('b')])]);
    expect(facts).toEqual([money('12.6亿元', 1_260_000_000, [ev('a'), ev('b')])]);
  });
  it('keeps different figures and kinds apart', () => {
    const facts = mergeAmounts([money('3亿元', 300_000_000, [ev('a')])], [money('5亿元', 500_000_000, [ev('b')]), { ...money('86个', 86, [ev('b')]), kind: 'projects', unit: '个' }]);
    expect(facts.map((f) => [f.kind, f.value])).toEqual([['money', 300_000_000], ['money', 500_000_000], ['projects', 86]]);
  });
  it('counts the same sentence once and keeps a period another article gives', () => {
    const period = { from: '2021', to: '2025-07-07', asWritten: '“十四五”以来' };
    const facts = mergeAmounts([money('8800万元', 88_000_000, [ev('a')])], [money('8800万元', 88_000_000, [ev('a'), ev('c')], { period })]);
    expect(facts).toEqual([money('8800万元', 88_000_000, [ev('a'), ev('c')], { period })]);
  });
});

describe('withoutArticle', () => {
  it('drops the article’s evidence and the facts left with none', () => {
    const facts = [money('3亿元', 300_000_000, [ev('a'), ev('b')]), money('5亿元', 500_000_000, [ev('a')])];
    expect(withoutArticle(facts, 'a')).toEqual([money('3亿元', 300_000_000, [ev('b')])]);
  });
});
