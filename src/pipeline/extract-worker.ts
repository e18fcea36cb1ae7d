// Worker thread of a build: extracts the batches of articles it is sent, one answer per batch.
import { parentPort } from 'node:worker_threads';

import { extractArticle } from '../extract/extract-article.ts';
import type { Article, Extraction } from '../types.ts';

export interface ExtractBatch {
  batch: number;
  articles: Article[];
}

export interface ExtractedBatch {
  batch: number;
  /** One per article, in order: its extraction, or why it could not be extracted. */
  results: Array<{ extraction: Extraction } | { article: string; reason: string }>;
}

parentPort!.on('message', ({ batch, articles }: ExtractBatch) => {
  const results: ExtractedBatch['results'] = articles.map((article) => {
    try {
      return { extraction: extractArticle(article) };
    } catch (error) {
      return { article: article.id, reason: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort!.postMessage({ batch, results } satisfies ExtractedBatch);
});
