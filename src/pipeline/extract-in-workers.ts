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
  articles: Article[] | AsyncIterable<Article>,
  options: {
    workers: number;
    batchSize: number;
    /** How many articles `articles` will give, as far as known (for progress, until it ends). */
    expected?: number;
    onProgress?: (done: number, total: number) => void;
    /** Each article as its batch comes back (not in article order), with its extraction or null when it failed. */
    onExtracted?: (article: Article, extraction: Extraction | null) => void;
  },
): Promise<ExtractAllResult> {
  // Batches are cut as the articles come, so the first is extracted while the rest are read.
  const batches: Article[][] = [];
  let total = Array.isArray(articles) ? articles.length : (options.expected ?? 0);
  let ended = false;
  let sourced = 0;
  const source = (async function* () {
    let batch: Article[] = [];
    for await (const article of articles) {
      sourced++;
      batch.push(article);
      if (batch.length === options.batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  })();
  /** The next batch's number, or null when there are no more; concurrent calls queue. */
  const nextBatch = async (): Promise<number | null> => {
    const { value, done } = await source.next();
    if (done) {
      ended = true;
      total = sourced;
      return null;
    }
    batches.push(value);
    return batches.length - 1;
  };
  const answers: ExtractedBatch['results'][] = [];
  let extracted = 0;
  let answered = 0;
  const workerCount = Array.isArray(articles) ? Math.min(options.workers, Math.ceil(articles.length / options.batchSize)) : options.workers;
  const workers = Array.from({ length: workerCount }, () => startWorker(WORKER, null));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              nextBatch().then((batch) => {
                if (batch === null) resolve();
                else worker.postMessage({ batch, articles: batches[batch]! } satisfies ExtractBatch);
              }, reject);
            };
            worker.on('message', ({ batch, results, keys }: ExtractedBatch) => {
              answers[batch] = results;
              answered++;
              rememberSpellingKeys(keys);
              const sent = batches[batch]!;
              // The batch's articles are the caller's now: the pool holds no text it is done with.
              batches[batch] = [];
              results.forEach((result, i) => {
                if ('extraction' in result) shareSentences(result.extraction);
                options.onExtracted?.(sent[i]!, 'extraction' in result ? result.extraction : null);
              });
              extracted += results.length;
              options.onProgress?.(extracted, ended ? total : Math.max(total, sourced));
              send();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (!ended || answered < batches.length) reject(new Error(`an extraction worker stopped (exit code ${code})`));
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
