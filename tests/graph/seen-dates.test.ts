import { describe, expect, it } from 'vitest';

import { evidenceSpan, spanOf, widen } from '../../src/graph/seen-dates.ts';
import type { Evidence } from '../../src/types.ts';

const e = (extra: Partial<Evidence>): Evidence => ({ article: 'a', sentence: 's', start: 0, end: 1, ...extra });

describe('evidenceSpan', () => {
  it('runs from the sentence time to the article date', () => {
    expect(evidenceSpan(e({ date: '2025-07-07', time: { from: '2023-04', to: '2025-07-07', asWritten: '自2023年4月入疆以来' } }))).toEqual({
      firstSeen: '2023-04-01',
      lastSeen: '2025-07-07',
    });
  });
  it('is the article date alone without a sentence time', () => {
    expect(evidenceSpan(e({ date: '2025-10-11' }))).toEqual({ firstSeen: '2025-10-11', lastSeen: '2025-10-11' });
  });
  it('is the sentence time alone in an undated article, to the end of its last period', () => {
    expect(evidenceSpan(e({ time: { from: '2019', to: '2023', asWritten: '2019年至2023年' } }))).toEqual({ firstSeen: '2019-01-01', lastSeen: '2023-12-31' });
    expect(evidenceSpan(e({ time: { from: '2024-02', asWritten: '2024年2月以来' } }))).toEqual({ firstSeen: '2024-02-01', lastSeen: '2024-02-29' });
  });
  it('never starts after the article that reports it (plans: 到2027年)', () => {
    expect(evidenceSpan(e({ date: '2025-01-05', time: { from: '2027', to: '2027', asWritten: '到2027年' } }))).toEqual({
      firstSeen: '2025-01-05',
      lastSeen: '2025-01-05',
    });
  });
  it('is undefined for undated evidence', () => {
    expect(evidenceSpan(e({}))).toBeUndefined();
  });
});

describe('spanOf and widen', () => {
  it('covers every dated item and ignores undated ones', () => {
    expect(spanOf([e({ date: '2025-07-07' }), e({}), e({ date: '2024-01-02', time: { from: '2017-04-10', to: '2017-04-10', asWritten: '2017年4月10日' } })])).toEqual({
      firstSeen: '2017-04-10',
      lastSeen: '2025-07-07',
    });
    expect(spanOf([e({})])).toBeUndefined();
  });
  it('keeps one side when the other is undefined', () => {
    const span = { firstSeen: '2020-01-01', lastSeen: '2021-01-01' };
    expect(widen(undefined, span)).toEqual(span);
    expect(widen(span, undefined)).toEqual(span);
  });
});
