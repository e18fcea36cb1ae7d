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

  it('takes the articles as they come from an async source, in batches cut in their order', async () => {
    const { articles } = await readArticles('seeds');
    async function* slowly() {
      for (const article of articles) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        yield article;
      }
    }
    const progress: Array<[number, number]> = [];
    const { extractions, failed } = await extractInWorkers(slowly(), { workers: 2, batchSize: 2, expected: 9, onProgress: (done, total) => progress.push([done, total]) });
    expect(extractions).toEqual(articles.map((a) => extractArticle(a)));
    expect(failed).toEqual([]);
    // Until the source ends, the total is the expected count; then the articles it gave.
    expect(progress.at(-1)).toEqual([articles.length, articles.length]);
  }, 120_000);

  it('rejects with the source’s error when it fails while batches are extracted', async () => {
    const { articles } = await readArticles('seeds');
    async function* failing() {
      yield* articles.slice(0, 3);
      throw new Error('the disk went away');
    }
    await expect(extractInWorkers(failing(), { workers: 2, batchSize: 2 })).rejects.toThrow('the disk went away');
  }, 120_000);
});
