import { describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/errors.ts';
import { articleIdOfName, articleIdsOfFiles, checkArticleId, isArticleId } from '../../src/ingest/article-id.ts';

describe('isArticleId', () => {
  it.each(['000_386c6d3f6793f036', 'post_0123456789abcdef', 'jx-2023-001', 'b_2.v1', '天津援疆新闻', 'Ürümqi', '新疆-2024.v2'])('accepts %j', (id) => {
    expect(isArticleId(id)).toBe(true);
  });

  it.each(['', '.', '..', '../graph', 'a/b', 'a\\b', 'a b', '.hidden', '援疆（一）', 'a%2Fb', 'x'.repeat(201), '疆'.repeat(67), 42, null])(
    'rejects %j',
    (id) => {
      expect(isArticleId(id)).toBe(false);
      expect(() => checkArticleId(id)).toThrow(InvalidInputError);
    },
  );
});

describe('articleIdOfName', () => {
  it.each([
    ['天津援疆新闻', '天津援疆新闻'],
    ['000_386c6d3f6793f036', '000_386c6d3f6793f036'],
    ['天津 援疆 新闻', '天津_援疆_新闻'],
    ['援疆（一）：“红杜鹃”', '援疆_一_红杜鹃_'],
    ['.hidden', '_hidden'],
    ['a/../b', 'a_.._b'],
  ])('%j → %j', (name, id) => {
    expect(articleIdOfName(name)).toBe(id);
    expect(isArticleId(articleIdOfName(name))).toBe(true);
  });

  it('gives a name with nothing readable, or too long a name, a stable hashed id that fits', () => {
    expect(articleIdOfName('（）')).toMatch(/^article-[0-9a-f]{8}$/);
    expect(articleIdOfName('（）')).toBe(articleIdOfName('（）'));
    expect(articleIdOfName('（）')).not.toBe(articleIdOfName('【】'));
    const long = articleIdOfName('援疆'.repeat(100));
    expect(long).toMatch(/^(援疆)+援?-[0-9a-f]{8}$/);
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(200);
    expect(articleIdOfName('援疆'.repeat(100))).not.toBe(articleIdOfName('援疆'.repeat(101)));
  });

  it('writes composed and decomposed Unicode the same way', () => {
    expect(articleIdOfName('Ürümqi')).toBe(articleIdOfName('U\u0308ru\u0308mqi'));
  });
});

describe('articleIdsOfFiles', () => {
  it('keeps plain names, and gives files that share a name distinct ids, saying why', () => {
    expect(articleIdsOfFiles(['a.txt', 'a.md', 'b.html', '天津援疆新闻.txt', '天津 援疆.txt'])).toEqual([
      { file: 'a.txt', id: 'a.txt', note: 'shares its name with a.md' },
      { file: 'a.md', id: 'a.md', note: 'shares its name with a.txt' },
      { file: 'b.html', id: 'b' },
      { file: '天津援疆新闻.txt', id: '天津援疆新闻' },
      { file: '天津 援疆.txt', id: '天津_援疆', note: 'characters unsafe in a file name or URL replaced' },
    ]);
  });

  it('keeps ids distinct when making names safe would merge them, also for case-blind disks', () => {
    const ids = articleIdsOfFiles(['a b.txt', 'a_b.txt', 'A.txt', 'a.txt']).map((f) => f.id);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(4);
    for (const id of ids) expect(isArticleId(id)).toBe(true);
  });

  it('gives a file the same id whatever else the folder holds, unless another file shares its name', () => {
    const alone = articleIdsOfFiles(['天津援疆新闻.txt'])[0]!.id;
    expect(articleIdsOfFiles(['x.txt', '天津援疆新闻.txt', 'y.md'])[1]!.id).toBe(alone);
  });
});
