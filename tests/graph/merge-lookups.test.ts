// Lookups beside long arrays: answers as a scan gives them, current after pushes, rebuilt
// after another change; evidence sets by article and sentence.
import { describe, expect, it } from 'vitest';

import { EvidenceSet, evidenceOfArticles, hasArticle, pushArticle, pushEvidence } from '../../src/graph/merge-lookups.ts';
import type { Evidence } from '../../src/types.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `bench_${String(i).padStart(6, '0')}`);
const item = (article: string, sentence: string): Evidence => ({ article, sentence, start: 0, end: sentence.length });

describe('hasArticle / pushArticle', () => {
  it.each([3, 40])('answers as includes does, for %i articles, after pushes of its own and of other code', (n) => {
    const articles = ids(n);
    expect(hasArticle(articles, 'bench_000002')).toBe(true);
    expect(hasArticle(articles, 'post_1')).toBe(false);
    pushArticle(articles, 'post_1');
    expect(hasArticle(articles, 'post_1')).toBe(true);
    articles.push('post_2'); // not through pushArticle
    expect(hasArticle(articles, 'post_2')).toBe(true);
    expect(hasArticle(articles, 'post_3')).toBe(false);
  });

  it('knows nothing of a new array that replaced one', () => {
    const old = ids(40);
    expect(hasArticle(old, 'bench_000001')).toBe(true);
    const replaced = old.filter((id) => id !== 'bench_000001');
    expect(hasArticle(replaced, 'bench_000001')).toBe(false);
    expect(hasArticle(old, 'bench_000001')).toBe(true);
  });
});

describe('evidenceOfArticles / pushEvidence', () => {
  it.each([4, 40])('gives the sentences and item counts per article of %i items, current after pushes', (n) => {
    const evidence = Array.from({ length: n }, (_, i) => item(`a${i % 2}`, `援疆项目第${i}批。`));
    const found = evidenceOfArticles(evidence, new Set(['a1']));
    expect([...found.sentences.get('a1')!].sort()).toEqual(evidence.filter((e) => e.article === 'a1').map((e) => e.sentence).sort());
    expect(found.items.get('a1')).toBe(n / 2);
    pushEvidence(evidence, item('a1', '新的一句。'));
    const again = evidenceOfArticles(evidence, new Set(['a1']));
    expect(again.sentences.get('a1')!.has('新的一句。')).toBe(true);
    expect(again.items.get('a1')).toBe(n / 2 + 1);
  });
});

describe('EvidenceSet', () => {
  it('holds one item per article and sentence, whatever the offsets', () => {
    const set = new EvidenceSet();
    expect(set.add(item('a', '图片由江西援疆前方指挥部提供'))).toBe(true);
    expect(set.add({ ...item('a', '图片由江西援疆前方指挥部提供'), start: 500 })).toBe(false);
    expect(set.add(item('b', '图片由江西援疆前方指挥部提供'))).toBe(true);
    expect(set.has(item('b', '图片由江西援疆前方指挥部提供'))).toBe(true);
    expect(set.has(item('c', '图片由江西援疆前方指挥部提供'))).toBe(false);
    expect(set.size).toBe(2);
  });
});
