import { describe, expect, it } from 'vitest';

import { knownNames } from '../../src/extract/known-names.ts';

describe('knownNames', () => {
  const programmes = knownNames('programmes.json', 'programmes');

  it('finds every spelling of a list\'s names, leftmost and longest, named canonically', () => {
    expect(programmes('推行以院包科和组团式医疗援疆模式。')).toEqual([
      { start: 2, end: 6, spelling: '以院包科', name: '院包科' },
      { start: 7, end: 14, spelling: '组团式医疗援疆', name: '组团式' },
    ]);
  });

  it('finds nothing in a text without them, and nothing for a key the file lacks', () => {
    expect(programmes('援疆干部走访群众。')).toEqual([]);
    expect(knownNames('programmes.json', 'companies')('组团式')).toEqual([]);
  });
});
