import { describe, expect, it } from 'vitest';

import { MAX_SENTENCE, boundSentences } from '../../src/extract/bound-sentences.ts';

describe('boundSentences', () => {
  it('keeps sentences up to the limit as they are', () => {
    expect(boundSentences('甲。乙。', [{ start: 0, end: 2 }, { start: 2, end: 4 }])).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }]);
  });

  it('splits a long sentence at its last comma in the second half of the limit', () => {
    const text = `${'甲'.repeat(300)}，${'乙'.repeat(300)}。`;
    expect(boundSentences(text, [{ start: 0, end: text.length }])).toEqual([{ start: 0, end: 301 }, { start: 301, end: 602 }]);
  });

  it('splits at the limit when no comma comes late enough', () => {
    const text = '甲'.repeat(MAX_SENTENCE + 10);
    expect(boundSentences(text, [{ start: 0, end: text.length }])).toEqual([{ start: 0, end: MAX_SENTENCE }, { start: MAX_SENTENCE, end: MAX_SENTENCE + 10 }]);
  });
});
