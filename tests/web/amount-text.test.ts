import { describe, expect, it } from 'vitest';

import { amountText, yearsText } from '../../web/src/amount-text.ts';

const evidence = (article: string) => ({ article, sentence: '…', start: 0, end: 1 });

describe('amountText', () => {
  it('names the kind in Chinese, with the figure as written, its period and how many articles state it', () => {
    expect(
      amountText({
        kind: 'money',
        value: 1_260_000_000,
        unit: '元',
        asWritten: '12.6亿元',
        approx: false,
        period: { from: '2021', to: '2025-07-07', asWritten: '“十四五”以来' },
        evidence: [evidence('a'), evidence('b'), evidence('b')],
      }),
    ).toBe('资金 12.6亿元 · “十四五”以来 · 2 篇文章');
    expect(amountText({ kind: 'people', value: 300, unit: '名', asWritten: '三百余名', approx: true, evidence: [evidence('a')] })).toBe('援派人员 三百余名');
  });
});

describe('yearsText', () => {
  it('gives the years an item is seen', () => {
    expect(yearsText({ firstSeen: '2019-01-01', lastSeen: '2025-08-01' })).toBe('2019–2025');
    expect(yearsText({ firstSeen: '2024-02-06', lastSeen: '2024-12-01' })).toBe('2024');
    expect(yearsText({})).toBe('');
  });
});
