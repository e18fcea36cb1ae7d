import { describe, expect, it } from 'vitest';

import { overlaps } from '../../src/extract/mention.ts';

describe('overlaps', () => {
  it('is true when two spans share a character, false when they only touch or are apart', () => {
    expect([overlaps({ start: 0, end: 4 }, { start: 3, end: 6 }), overlaps({ start: 0, end: 4 }, { start: 4, end: 6 }), overlaps({ start: 5, end: 6 }, { start: 0, end: 4 })]).toEqual([true, false, false]);
  });
});
