import { describe, expect, it } from 'vitest';

import { collectEntities, entitySet } from '../../src/extract/collect-entities.ts';
import { normalise } from '../../src/ingest/normalise.ts';
import { resolvedMentions, sorted } from './snippets.ts';

/** [name, type, mentions, aliases] of the entities a text's mentions give. */
const collected = (text: string) => {
  const doc = normalise({ id: 'a', text });
  const { mentions } = resolvedMentions(text);
  const entities = entitySet();
  collectEntities(doc, mentions, entities);
  return sorted(entities.values().map((e) => [e.name, e.type, String(e.mentions), e.aliases.join('|')] as const));
};

describe('entitySet', () => {
  it('keeps one entity per name, adding up mentions and keeping each alias once, never the name', () => {
    const entities = entitySet();
    entities.add('阿克陶县人民医院', 'hospital', 1, ['阿克陶縣人民醫院']);
    entities.add('阿克陶县人民医院', 'hospital', 2, ['阿克陶縣人民醫院', '阿克陶县人民医院', '']);
    expect(entities.has('阿克陶县人民医院')).toBe(true);
    expect(entities.has('阿克陶县')).toBe(false);
    expect(entities.values()).toEqual([{ name: '阿克陶县人民医院', type: 'hospital', aliases: ['阿克陶縣人民醫院'], mentions: 3 }]);
  });
});

describe('collectEntities', () => {
  it('adds each entity with the spelling the article writes (Traditional kept) and no quote marks', () => {
    expect(collected('在阿克陶縣人民醫院，實施“蒲公英”計劃。')).toEqual([
      ['蒲公英计划', 'program', '1', '蒲公英|蒲公英計劃'],
      ['阿克陶县', 'county', '1', ''],
      ['阿克陶县人民医院', 'hospital', '1', '阿克陶縣人民醫院'],
    ]);
  });

  it('counts 我省 as a mention of the donor but not as its alias', () => {
    expect(collected('江西省對口支援阿克陶縣。江西援疆干部說，我省將加大投入。')).toEqual([
      ['江西省', 'province', '3', '江西'],
      ['阿克陶县', 'county', '1', '阿克陶縣'],
    ]);
  });

  it('counts no mention for a body named only inside another name (天津市委 in 天津市委党校)', () => {
    expect(collected('天津市委党校举办培训班。')).toEqual([
      ['中共天津市委党校', 'school', '1', '天津市委党校'],
      ['中共天津市委员会', 'agency', '0', '天津市委'],
      ['天津市', 'province', '1', ''],
    ]);
  });
});
