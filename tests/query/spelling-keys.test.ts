import { describe, expect, it } from 'vitest';

import { rememberSpellingKeys, spellingKey, spellingKeysOf } from '../../src/query/spelling-keys.ts';
import { tinyGraph } from './tiny-graph.ts';

describe('spellingKey', () => {
  it('gives the normal form, and pinyin in full and as initials for Chinese', () => {
    expect(spellingKey('阿克陶縣')).toEqual(['阿克陶县', 'aketaoxian', 'aktx']);
    expect(spellingKey('TCL Group')).toEqual(['tclgroup']);
  });
});

describe('spellingKeysOf and rememberSpellingKeys', () => {
  it('lists every name and alias of a graph with its keys', () => {
    const graph = tinyGraph();
    const table = spellingKeysOf(graph);
    const spellings = graph.reduceNodes((n, node, a) => n + 1 + a.aliases.filter((x) => x !== node).length, 0);
    expect(Object.keys(table).length).toBeLessThanOrEqual(spellings);
    expect(table['阿克陶縣人民醫院']).toEqual(['阿克陶县人民医院', 'aketaoxianrenminyiyuan', 'aktxrmyy']);
    expect(table['克州']).toEqual(['克州', 'kezhou', 'kz']);
  });

  it('uses saved keys as given, and skips malformed entries', () => {
    expect(rememberSpellingKeys({ 某某: ['某某', 'moumou-saved', 'mm'], bad: [1, 2], worse: 'x' })).toBe(1);
    expect(spellingKey('某某')).toEqual(['某某', 'moumou-saved', 'mm']);
    expect(rememberSpellingKeys(null)).toBe(0);
  });
});
