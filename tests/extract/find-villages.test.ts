import { describe, expect, it } from 'vitest';

import { findListedVillages } from '../../src/extract/find-villages.ts';
import { named } from './snippets.ts';

const villages = (text: string) => named(findListedVillages(text, []));

describe('findListedVillages', () => {
  it('reads the villages and communities of a list the sentence closes as villages', () => {
    expect(villages('投入资金改造红旗村、光明路社区和幸福村等5个村（社区）的活动阵地。')).toEqual([
      ['光明路社区', 'village'],
      ['幸福村', 'village'],
      ['红旗村', 'village'],
    ]);
  });

  it('starts the first item after the verb before it', () => {
    expect(villages('援建了团结新村、胜利村等村的卫生室。')).toEqual([
      ['团结新村', 'village'],
      ['胜利村', 'village'],
    ]);
  });

  it('reads no village in a list that is not closed as villages', () => {
    expect(villages('红旗村、幸福村的群众参加活动。')).toEqual([]);
    expect(villages('组织乡村、社区等基层干部培训。')).toEqual([]);
  });
});
