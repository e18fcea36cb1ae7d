import { describe, expect, it } from 'vitest';

import { aliasIndex, unifyAliases } from '../../src/extract/unify-aliases.ts';
import type { Extraction } from '../../src/types.ts';

const school = (name: string, aliases: string[] = [], mentions = 1) => ({ name, type: 'school' as const, aliases, mentions });

describe('aliasIndex', () => {
  it('maps type|alias to the one entity that answers to it', () => {
    expect([...aliasIndex([school('伊宁县红星中学', ['伊犁江苏实验中学'])])]).toEqual([['school|伊犁江苏实验中学', '伊宁县红星中学']]);
  });

  it('leaves out an alias two entities share, and an alias of another type', () => {
    const group = { name: '红星集团', type: 'company', aliases: ['红星'] };
    const index = aliasIndex([school('伊宁县第一中学', ['一中']), school('霍城县第一中学', ['一中']), group]);
    expect([...index]).toEqual([['company|红星', '红星集团']]);
  });
});

describe('unifyAliases', () => {
  const first: Extraction = { article: 'a', entities: [school('伊宁县红星中学', ['伊犁江苏实验中学'])], relations: [] };
  const second: Extraction = {
    article: 'b',
    entities: [school('伊犁江苏实验中学', ['伊犁江蘇實驗中學'], 2), { name: '江苏省', type: 'province', aliases: [], mentions: 1 }],
    relations: [{ source: '江苏省', target: '伊犁江苏实验中学', type: 'supports', evidence: [] }],
  };

  it('renames an entity one article names by another article\'s alias, its spellings and relations with it', () => {
    const [, b] = unifyAliases([first, second]);
    expect(b).toEqual({
      article: 'b',
      entities: [school('伊宁县红星中学', ['伊犁江蘇實驗中學', '伊犁江苏实验中学'], 2), { name: '江苏省', type: 'province', aliases: [], mentions: 1 }],
      relations: [{ source: '江苏省', target: '伊宁县红星中学', type: 'supports', evidence: [] }],
    });
  });

  it('leaves an article whose names are nobody\'s alias as it is', () => {
    expect(unifyAliases([first])).toEqual([first]);
  });
});
