import { describe, expect, it } from 'vitest';

import { addAdministrativeTree } from '../../src/extract/administrative-tree.ts';
import { entitySet } from '../../src/extract/collect-entities.ts';
import type { Relation } from '../../src/types.ts';
import { sorted, triples } from './snippets.ts';

const evidence = [{ article: 'a', sentence: '江西省对口支援阿克陶县。', start: 0, end: 12 }];

describe('addAdministrativeTree', () => {
  it('adds the chain of units above every place, without evidence, and the endpoints only relations name', () => {
    const entities = entitySet();
    entities.add('阿克陶县人民医院', 'hospital', 1);
    const relations = new Map<string, Relation>([['江西省|supports|阿克陶县', { source: '江西省', target: '阿克陶县', type: 'supports', evidence }]]);
    addAdministrativeTree(entities, relations);
    expect(sorted(entities.values().map((e) => [e.name, e.type, String(e.mentions)] as const))).toEqual([
      ['克孜勒苏柯尔克孜自治州', 'prefecture', '0'],
      ['新疆维吾尔自治区', 'province', '0'],
      ['江西省', 'province', '0'],
      ['阿克陶县', 'county', '0'],
      ['阿克陶县人民医院', 'hospital', '1'],
    ]);
    expect(triples([...relations.values()])).toEqual([
      ['克孜勒苏柯尔克孜自治州', 'located_in', '新疆维吾尔自治区'],
      ['江西省', 'supports', '阿克陶县'],
      ['阿克陶县', 'located_in', '克孜勒苏柯尔克孜自治州'],
    ]);
    expect(relations.get('阿克陶县|located_in|克孜勒苏柯尔克孜自治州')?.evidence).toEqual([]);
  });

  it('gives a place the short forms the gazetteer knows, but not the ones another unit shares', () => {
    const entities = entitySet();
    entities.add('阿克陶县', 'county', 1);
    addAdministrativeTree(entities, new Map());
    expect(entities.values().find((e) => e.name === '阿克陶县')?.aliases).toEqual(['阿克陶']);
  });

  it('adds nothing above a name that is no place', () => {
    const entities = entitySet();
    entities.add('鸿星尔克', 'company', 1);
    const relations = new Map<string, Relation>();
    addAdministrativeTree(entities, relations);
    expect(entities.values().map((e) => e.name)).toEqual(['鸿星尔克']);
    expect([...relations.keys()]).toEqual([]);
  });
});
