import { describe, expect, it } from 'vitest';

import { functionWords, once, readDataJson, readDataLines } from '../../src/extract/data-files.ts';

describe('readDataLines', () => {
  it('reads a data file\'s lines without comments or blank lines', () => {
    const lines = readDataLines('agency-abbreviations.tsv');
    expect(lines[0]).toBe('short\tfull\tnote');
    expect(lines.some((l) => l.startsWith('#') || l === '')).toBe(false);
  });
});

describe('readDataJson', () => {
  it('parses a JSON data file', () => {
    const { programmes } = readDataJson<{ programmes: string[][] }>('programmes.json');
    expect(programmes.find(([name]) => name === '院包科')).toEqual(['院包科', '以院包科']);
  });
});

describe('once', () => {
  it('loads on the first call only and returns the same value after', () => {
    let loads = 0;
    const load = once(() => ({ n: ++loads }));
    expect(loads).toBe(0);
    const first = load();
    expect(load()).toBe(first);
    expect(loads).toBe(1);
  });
});

describe('functionWords', () => {
  it('lists common verbs, prepositions and adverbs, and no names', () => {
    const words = new Set(functionWords());
    expect(['已经', '通过', '进行'].map((w) => words.has(w))).toEqual([true, true, true]);
    expect(['阿克陶', '医院', '援疆'].map((w) => words.has(w))).toEqual([false, false, false]);
  });
});
