import { describe, expect, it } from 'vitest';

import { createQueryHistory } from '../../web/src/query-history.ts';

describe('createQueryHistory', () => {
  it('walks back with up and forward with down, returning to the unsent line', () => {
    const h = createQueryHistory();
    h.push('help');
    h.push('who supports 阿克陶县人民医院');
    expect(h.up('neighbors 江')).toBe('who supports 阿克陶县人民医院');
    expect(h.up('')).toBe('help');
    expect(h.up('')).toBeNull();
    expect(h.down()).toBe('who supports 阿克陶县人民医院');
    expect(h.down()).toBe('neighbors 江');
    expect(h.down()).toBeNull();
  });

  it('keeps consecutive repeats and blank lines out', () => {
    const h = createQueryHistory();
    h.push('help');
    h.push(' help ');
    h.push('   ');
    expect(h.entries).toEqual(['help']);
  });

  it('forgets the oldest entries past the limit', () => {
    const h = createQueryHistory(['a', 'b'], 2);
    h.push('c');
    expect(h.entries).toEqual(['b', 'c']);
  });
});
