// Extraction across cores: articles go in batches to a pool of worker threads (one per
// core), each batch to the first worker free; results are put back in article order, so
// the graph is the same as from a one-thread build.
import { rememberSpellingKeys } from '../query/spelling-keys.ts';
import type { Article, Evidence, Extraction } from '../types.ts';
import type { ExtractBatch, ExtractedBatch } from './extract-worker.ts';
import { startWorker } from './start-worker.ts';
import { stringPool } from '../graph/intern-strings.ts';

export interface ExtractAllResult {
  extractions: Extraction[];
  failed: Array<{ file: string; reason: string }>;
}

const WORKER = new URL('./extract-worker.ts', import.meta.url);

export async function extractInWorkers(
  articles: Article[],
  options: {
    workers: number;
    batchSize: number;
    onProgress?: (done: number, total: number) => void;
    /** Each article as its batch comes back (not in article order), with its extraction or null when it failed. */
    onExtracted?: (article: Article, extraction: Extraction | null) => void;
  },
): Promise<ExtractAllResult> {
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += options.batchSize) batches.push(articles.slice(i, i + options.batchSize));
  const answers: ExtractedBatch['results'][] = [];
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(options.workers, batches.length) }, () => startWorker(WORKER, null));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next === batches.length) {
                resolve();
                return;
              }
              const batch = next++;
              worker.postMessage({ batch, articles: batches[batch]! } satisfies ExtractBatch);
            };
            worker.on('message', ({ batch, results, keys }: ExtractedBatch) => {
              answers[batch] = results;
              rememberSpellingKeys(keys);
              const sent = batches[batch]!;
              // The batch's articles are the caller's now: the pool holds no text it is done with.
              batches[batch] = [];
              results.forEach((result, i) => {
                if ('extraction' in result) shareSentences(result.extraction);
                options.onExtracted?.(sent[i]!, 'extraction' in result ? result.extraction : null);
              });
              done += results.length;
              options.onProgress?.(done, articles.length);
              send();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (next < batches.length || answers.length < batches.length) reject(new Error(`an extraction worker stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const extractions: Extraction[] = [];
  const failed: ExtractAllResult['failed'] = [];
  for (const results of answers)
    for (const result of results) {
      if ('extraction' in result) extractions.push(result.extraction);
      else failed.push({ file: result.article, reason: result.reason });
    }
  return { extractions, failed };
}

/**
 * A message gives each evidence item its own copy of its sentence, though one sentence is
 * the evidence of several relations (and figures) of an article: one copy each, as before
 * the message, so 10,000 extractions waiting for the graph stage hold each sentence once
 * (and each article id).
 */
function shareSentences(extraction: Extraction): void {
  const one = stringPool();
  const share = (evidence: Evidence[]): void => {
    for (const e of evidence) {
      e.sentence = one(e.sentence);
      e.article = one(e.article);
    }
  };
  for (const relation of extraction.relations) {
    share(relation.evidence);
    for (const amount of relation.amounts ?? []) share(amount.evidence);
  }
}
