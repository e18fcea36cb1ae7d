// Articles → extractions → graph → files: the build that `kg build`, `kg serve` and the
// server's start-up all run. The files are committed as one set (graph-folder.ts).
import { availableParallelism } from 'node:os';

import { extractArticles } from '../extract/extract-article.ts';
import { aliasIndex, unifyAliases } from '../extract/unify-aliases.ts';
import { applySizes, createGraph, mergeExtraction, type KgGraph } from '../graph/build.ts';
import { graphMetrics, type GraphMetrics } from '../graph/metrics.ts';
import type { FileId } from '../ingest/article-id.ts';
import { streamArticles, type ArticleStream } from '../ingest/read-articles.ts';
import type { Article, Extraction } from '../types.ts';
import { extractInWorkers } from './extract-in-workers.ts';
import { recoverGraphFolder, stageGraphFolder } from './graph-folder.ts';
import { stampGraphFormat } from './graph-format.ts';
import { layoutInWorker, startLayoutWorker, type LayoutWorker } from './layout-in-worker.ts';
import { searchKeysText, writeSearchKeys } from './search-keys-file.ts';
import { readJournal } from './journal.ts';

export type BuildStage = 'reading' | 'extracting';

export interface BuildOptions {
  articlesDir: string;
  outDir: string;
  /** Extraction threads; default one per core. 1 extracts on this thread. */
  workers?: number;
  /** Progress of the long stages, e.g. for a progress bar. */
  onProgress?: (stage: BuildStage, done: number, total: number) => void;
}

export interface BuildSummary {
  articles: number;
  skipped: Array<{ file: string; reason: string }>;
  /** Files whose article id is not their plain name, and why (e.g. `a.txt` beside `a.md`). */
  renamed: Array<Required<FileId>>;
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  /**
   * Wall time of each stage, adding up to `total`. Past one batch of articles, the files are
   * read while the first batches are extracted: `read` is until the first batch was read,
   * `extract` the rest of the reading and all of the extraction. The layout runs on a worker while this
   * thread writes what does not depend on positions: `layout` is until the positions were
   * back, `save` the rest (article files included).
   */
  seconds: Record<'read' | 'extract' | 'graph' | 'layout' | 'save' | 'total', number>;
}

export async function runBuild(options: BuildOptions): Promise<{ graph: KgGraph; summary: BuildSummary }> {
  const clock = stopwatch();
  const times = { read: 0, extract: 0, graph: 0, layout: 0, save: 0 };
  const { outDir } = options;
  // Finishes an earlier build a crash interrupted, and clears what a crashed one left.
  await recoverGraphFolder(outDir);
  const staged = await stageGraphFolder(outDir, { articles: true });
  // Each article's file is written as soon as it is extracted, while the others are.
  const writes = writeQueue(ARTICLE_WRITES);
  let layoutWorker: LayoutWorker | undefined;
  try {
    // Articles and extractions live only in here, so their memory is free before
    // layout and the (large) graph files are written.
    const { graph, count, skipped, renamed } = await (async () => {
      const stream = await streamArticles(options.articlesDir, {
        onProgress: (done, total) => options.onProgress?.('reading', done, total),
      });
      const kept = new Set<string>();
      const extractions = await extractAll(stream, options, times, clock, (article, extraction) => {
        if (!extraction) return;
        kept.add(article.id);
        writes.add(() => staged.writeArticle(article));
      });
      const { skipped, renamed } = stream.result();
      skipped.push(...extractions.failed);
      // Articles added over the API stay served: the new set has them too.
      for (const { article } of (await readJournal(outDir)).entries) if (!kept.has(article.id)) writes.add(() => staged.writeArticle(article));
      times.save = clock.lap();
      // The layout's worker loads while the graph is merged on this thread.
      layoutWorker = startLayoutWorker();
      const graph = mergeAll(extractions.extractions);
      stampGraphFormat(graph);
      times.graph = clock.lap();
      return { graph, count: kept.size, skipped, renamed };
    })();
    // The layout runs on a worker thread; meanwhile this one computes and writes what does not
    // depend on positions (search keys, evidence, the edges of every file).
    const layoutStart = performance.now();
    let laidOutAt = layoutStart;
    // The worker computes the node metrics before the layout, while this thread writes what needs neither.
    let metricsCame!: (metrics: GraphMetrics) => void;
    const metricsFromWorker = new Promise<GraphMetrics>((resolve) => (metricsCame = resolve));
    const laidOut = layoutInWorker(graph, { onMetrics: metricsCame }, layoutWorker).then(() => void (laidOutAt = performance.now()));
    laidOut.catch(() => undefined); // awaited by writeGraph, after the work it overlaps
    // A graph with nothing to lay out gets its metrics here; a layout that fails fails them too.
    const metrics = Promise.race([metricsFromWorker, laidOut.then(() => graphMetrics(graph))]);
    metrics.catch(() => undefined);
    const searchKeys = { text: searchKeysText(graph) };
    await staged.writeGraph(graph, { laidOut, metrics });
    // The article files still being synced went on while the graph was made and written.
    await writes.done();
    await staged.commit();
    await writeSearchKeys(searchKeys, outDir);
    times.layout = (laidOutAt - layoutStart) / 1000;
    times.save += clock.lap() - times.layout;
    const { read, extract, graph: graphTime, layout, save } = times;
    const summary: BuildSummary = {
      articles: count,
      skipped,
      renamed,
      nodes: graph.order,
      edges: graph.size,
      nodesByType: countBy(graph.mapNodes((_, a) => a.type)),
      edgesByType: countBy(graph.mapEdges((_, a) => a.type)),
      seconds: { read, extract, graph: graphTime, layout, save, total: clock.total() },
    };
    return { graph, summary };
  } finally {
    await layoutWorker?.stop();
    // A failed build's article writes may still be running: the staging folder goes once they end.
    await writes.cancel();
    await staged.discard();
  }
}

// Articles per batch sent to a worker: big enough that messaging costs little, small
// enough that the last batches do not leave a core idle for long.
const BATCH_SIZE = 100;

/**
 * The articles of `stream` extracted, in its order; `times.read` is set when the first batch
 * is read (the extraction starts then), and `times.extract` when the last is extracted.
 */
async function extractAll(
  stream: ArticleStream,
  options: BuildOptions,
  times: { read: number; extract: number },
  clock: { lap(): number },
  onExtracted: (article: Article, extraction: Extraction | null) => void,
): Promise<{ extractions: Extraction[]; failed: BuildSummary['skipped'] }> {
  const { onProgress } = options;
  const workers = options.workers ?? availableParallelism();
  if (workers > 1 && stream.files > BATCH_SIZE) {
    const result = await extractInWorkers(firstBatchTimed(stream.articles, () => (times.read = clock.lap())), {
      workers,
      batchSize: BATCH_SIZE,
      expected: stream.files,
      onProgress: (done, total) => onProgress?.('extracting', done, total),
      onExtracted,
    });
    times.extract = clock.lap();
    return result;
  }
  // One thread: nothing to overlap the reading with.
  const articles: Article[] = [];
  for await (const article of stream.articles) articles.push(article);
  times.read = clock.lap();
  const extractions: Extraction[] = [];
  const failed: BuildSummary['skipped'] = [];
  for (let start = 0; start < articles.length; start += BATCH_SIZE) {
    const batch = articles.slice(start, start + BATCH_SIZE);
    for (const [i, extraction] of extractArticles(batch).entries()) {
      if (extraction instanceof Error) failed.push({ file: batch[i]!.id, reason: extraction.message });
      else {
        extractions.push(extraction);
        onExtracted(batch[i]!, extraction);
      }
    }
    onProgress?.('extracting', start + batch.length, articles.length);
  }
  times.extract = clock.lap();
  return { extractions, failed };
}

/** `articles`, calling `onFirstBatch` once the first BATCH_SIZE of them (or all, if fewer) have come. */
async function* firstBatchTimed(articles: AsyncIterable<Article>, onFirstBatch: () => void): AsyncGenerator<Article> {
  let count = 0;
  for await (const article of articles) {
    yield article;
    if (++count === BATCH_SIZE) onFirstBatch();
  }
  if (count < BATCH_SIZE) onFirstBatch();
}

/**
 * The graph of the extractions, names unified across them (`unifyAliases`), each one let go
 * once merged, so they and the graph are not all in memory at once. Empties `extractions`.
 */
function mergeAll(extractions: Extraction[]): KgGraph {
  const index = aliasIndex(extractions.flatMap((x) => x.entities));
  const graph = createGraph();
  for (let i = 0; i < extractions.length; i++) {
    const [unified] = unifyAliases([extractions[i]!], index);
    (extractions as Array<Extraction | undefined>)[i] = undefined;
    // Sizes once at the end: per merge, a hub's size would be recomputed over all its edges each time.
    mergeExtraction(graph, unified!, { sizes: false });
  }
  extractions.length = 0;
  applySizes(graph);
  return graph;
}

// Article files written at once: each is synced, and the syncs overlap.
const ARTICLE_WRITES = 8;

/**
 * Runs the writes it is given, `limit` at a time; `done` resolves when all have, or rejects with
 * the first failure; `cancel` drops those not started (and any added later) and resolves when the
 * running ones end.
 */
function writeQueue(limit: number) {
  const waiting: Array<() => Promise<void>> = [];
  let running = 0;
  let failure: unknown;
  let idle: (() => void) | undefined;
  let cancelled = false;
  const next = (): void => {
    while (running < limit && waiting.length) {
      running++;
      waiting
        .shift()!()
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => {
          running--;
          next();
          if (running === 0 && waiting.length === 0) idle?.();
        });
    }
  };
  const settled = async (): Promise<void> => {
    if (running || waiting.length) await new Promise<void>((resolve) => (idle = resolve));
  };
  return {
    add(write: () => Promise<void>): void {
      if (cancelled) return;
      waiting.push(write);
      next();
    },
    async done(): Promise<void> {
      await settled();
      if (failure) throw failure;
    },
    async cancel(): Promise<void> {
      cancelled = true;
      waiting.length = 0;
      await settled();
    },
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

function stopwatch() {
  const start = performance.now();
  let last = start;
  return {
    lap() {
      const now = performance.now();
      const seconds = (now - last) / 1000;
      last = now;
      return seconds;
    },
    total: () => (performance.now() - start) / 1000,
  };
}
