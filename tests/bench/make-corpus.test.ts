import { describe, expect, it } from 'vitest';

import { articleId, makeArticle, makeCorpus } from '../../bench/make-corpus.ts';
import { normalise } from '../../src/ingest/normalise.ts';

describe('makeCorpus', () => {
  const corpus = makeCorpus({ count: 120, seed: 7 });

  it('gives the same articles for the same seed', () => {
    const again = makeCorpus({ count: 120, seed: 7 });
    expect(again.map((a) => a.text)).toEqual(corpus.map((a) => a.text));
  });

  it('gives other articles for another seed', () => {
    const other = makeCorpus({ count: 20, seed: 8 });
    expect(other.map((a) => a.text)).not.toEqual(corpus.slice(0, 20).map((a) => a.text));
  });

  it('makes each article independently of the corpus size', () => {
    expect(makeArticle(42, { count: 5000, seed: 7 }).text).toBe(corpus[42]!.text);
  });

  it('names articles with ids that are valid file names', () => {
    expect(corpus[0]!.id).toBe(articleId(0));
    expect(new Set(corpus.map((a) => a.id)).size).toBe(corpus.length);
    for (const a of corpus) expect(a.id).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it('averages about 4 KB of UTF-8 per article (10,000 articles ≈ 40 MB)', () => {
    const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / corpus.length;
    expect(bytes).toBeGreaterThan(3000);
    expect(bytes).toBeLessThan(5500);
  });

  it('mixes in Traditional script, pinyin glosses, page chrome and spun text', () => {
    const share = (key: keyof (typeof corpus)[number]['traits']) => corpus.filter((a) => a.traits[key]).length / corpus.length;
    expect(share('traditional')).toBeGreaterThan(0.1);
    expect(share('traditional')).toBeLessThan(0.45);
    expect(share('chrome')).toBeGreaterThan(0.1);
    expect(share('glossed')).toBeGreaterThan(0);
    const glossed = corpus.find((a) => a.traits.glossed)!;
    expect(glossed.text).toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/u);
    const traditional = corpus.find((a) => a.traits.traditional)!;
    expect(normalise(traditional).script).toBe('traditional');
  });

  it('swaps entity names, so a longer corpus names more distinct places and institutions', () => {
    const names = (n: number) => {
      const found = new Set<string>();
      for (const a of makeCorpus({ count: n, seed: 7 }))
        for (const m of normalise(a).text.matchAll(/[\p{Script=Han}]{2,12}(?:县|地区|人民医院|中学|小学|有限公司)/gu)) found.add(m[0]);
      return found.size;
    };
    expect(names(120)).toBeGreaterThan(names(30) * 1.8);
  });
});
