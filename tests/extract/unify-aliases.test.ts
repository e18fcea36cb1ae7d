import { describe, expect, it } from 'vitest';

import { aliasIndex, unifyAliases } from '../../src/extract/unify-aliases.ts';
import type { Extraction } from '../../src/types.ts';

const school = (name: string, aliases: string[] = [], mentions = 1) => ({ name, type: 'school' as const, aliases, mentions });

describe('aliasIndex', () => {
  it('maps type|alias to the one entity that answers to it', () => {
    expect([...aliasIndex([school('阿克陶县雪松中学', ['克州江西实验中学'])])]).toEqual([['school|克州江西实验中学', '阿克陶县雪松中学']]);
  });

  it('leaves out an alias two entities share, and an alias of another type', () => {
    const group = { name: '雪松集团', type: 'company', aliases: ['雪松'] };
    const index = aliasIndex([school('阿克陶县第一中学', ['一中']), school('且末县第一中学', ['一中']), group]);
    expect([...index]).toEqual([['company|雪松', '雪松集团']]);
  });
});

describe('unifyAliases', () => {
  const first: Extraction = { article: 'a', entities: [school('阿克陶县雪松中学', ['克州江西实验中学'])], relations: [] };
  const second: Extraction = {
    article: 'b',
    entities: [school('克州江西实验中学', ['克州江西實驗中學'], 2), { name: '江西省', type: 'province', aliases: [], mentions: 1 }],
    relations: [{ source: '江西省', target: '克州江西实验中学', type: 'supports', evidence: [] }],
  };

  it('renames an entity one article names by another article\'s alias, its spellings and relations with it', () => {
    const [, b] = unifyAliases([first, second]);
    expect(b).toEqual({
      article: 'b',
      entities: [school('阿克陶县雪松中学', ['克州江西實驗中學', '克州江西实验中学'], 2), { name: '江西省', type: 'province', aliases: [], mentions: 1 }],
      relations: [{ source: '江西省', target: '阿克陶县雪松中学', type: 'supports', evidence: [] }],
    });
  });

  it('leaves an article whose names are nobody\'s alias as it is', () => {
    expect(unifyAliases([first])).toEqual([first]);
  });
});
