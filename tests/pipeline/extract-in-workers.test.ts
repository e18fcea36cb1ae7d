import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../src/extract/extract-article.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { extractInWorkers } from '../../src/pipeline/extract-in-workers.ts';

describe('extractInWorkers', () => {
  it('gives the extractions one thread gives, in article order, and reports the ones that fail', async () => {
    const { articles } = await readArticles('seeds');
    // A text no extraction can take (not a string) fails on its own, not the batch.
    const broken = { id: 'broken', text: 42 as unknown as string };
    const input = [...articles.slice(0, 2), broken, ...articles.slice(2)];
    const progress: number[] = [];
    const { extractions, failed } = await extractInWorkers(input, { workers: 2, batchSize: 2, onProgress: (done) => progress.push(done) });
    expect(extractions).toEqual(articles.map((a) => extractArticle(a)));
    expect(failed.map((f) => f.file)).toEqual(['broken']);
    expect(progress.at(-1)).toBe(input.length);
    // Each worker loads the extractor's data first: slow on a busy machine.
  }, 120_000);
});
