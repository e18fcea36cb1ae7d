// Worker thread of a build: extracts the batches of articles it is sent, one answer per batch.
import { parentPort } from 'node:worker_threads';

import { extractArticles } from '../extract/extract-article.ts';
import { spellingKey } from '../query/spelling-keys.ts';
import type { SpellingKeyTable } from '../query/spelling-keys.ts';
import type { Article, Extraction } from '../types.ts';

export interface ExtractBatch {
  batch: number;
  articles: Article[];
}

export interface ExtractedBatch {
  batch: number;
  /** One per article, in order: its extraction, or why it could not be extracted. */
  results: Array<{ extraction: Extraction } | { article: string; reason: string }>;
  /** The name index's keys of the names and aliases met, computed here rather than by the build's thread. */
  keys: SpellingKeyTable;
}

parentPort!.on('message', ({ batch, articles }: ExtractBatch) => {
  const keys: SpellingKeyTable = {};
  const extracted = extractArticles(articles);
  const results: ExtractedBatch['results'] = articles.map((article, i) => {
    const extraction = extracted[i]!;
    if (extraction instanceof Error) return { article: article.id, reason: extraction.message };
    for (const entity of extraction.entities)
      for (const text of [entity.name, ...entity.aliases]) if (!(text in keys)) keys[text] = spellingKey(text);
    return { extraction };
  });
  parentPort!.postMessage({ batch, results, keys } satisfies ExtractedBatch);
});
