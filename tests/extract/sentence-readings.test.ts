import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../src/extract/extract-article.ts';
import { sentenceReadings } from '../../src/extract/sentence-readings.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';

const seeds = async () => (await readArticles(new URL('../../seeds', import.meta.url).pathname)).articles;

describe('sentenceReadings', () => {
  it('reads Traditional with pinyin glosses as clean Simplified, keeping the span as written', () => {
    const text = '第十次全國對口支援新疆工作會議在和田召開。全國政協(xié)主席出席。';
    const readings = sentenceReadings({ id: 'a', text });
    expect(readings).toEqual([
      { start: 0, end: 21, text: '第十次全国对口支援新疆工作会议在和田召开。' },
      { start: 21, end: text.length, text: '全国政协主席出席。' },
    ]);
    expect(text.slice(readings[1]!.start, readings[1]!.end)).toBe('全國政協(xié)主席出席。');
  });

  it('has a reading for the span of every evidence sentence of the seed articles', async () => {
    for (const article of await seeds()) {
      const spans = new Set(sentenceReadings(article).map((r) => `${r.start}-${r.end}`));
      for (const relation of extractArticle(article).relations)
        for (const e of relation.evidence) expect(spans.has(`${e.start}-${e.end}`), `${article.id} ${e.sentence}`).toBe(true);
    }
  });
});
