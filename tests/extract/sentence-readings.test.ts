import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../src/extract/extract-article.ts';
import { sentenceReadings } from '../../src/extract/sentence-readings.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';

const seeds = async () => (await readArticles(new URL('../../seeds', import.meta.url).pathname)).articles;

describe('sentenceReadings', () => {
  it('reads Traditional with pinyin glosses as clean Simplified, keeping the span as written', () => {
    const text = '第二次江蘇援疆工作座談會在伊寧召開。自治區政協(xié)副主席出席。';
    const readings = sentenceReadings({ id: 'a', text });
    expect(readings).toEqual([
      { start: 0, end: 18, text: '第二次江苏援疆工作座谈会在伊宁召开。' },
      { start: 18, end: text.length, text: '自治区政协副主席出席。' },
    ]);
    expect(text.slice(readings[1]!.start, readings[1]!.end)).toBe('自治區政協(xié)副主席出席。');
  });

  it('has a reading for the span of every evidence sentence of the seed articles', async () => {
    for (const article of await seeds()) {
      const spans = new Set(sentenceReadings(article).map((r) => `${r.start}-${r.end}`));
      for (const relation of extractArticle(article).relations)
        for (const e of relation.evidence) expect(spans.has(`${e.start}-${e.end}`), `${article.id} ${e.sentence}`).toBe(true);
    }
  });
});
