// `kg build [ARTICLES_DIR] [--out GRAPH_DIR]`: articles → graph files, with a summary.

import { KgError } from '../errors.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { unifyAliases } from '../extract/unify-aliases.ts';
import { applySizes, buildGraph, type KgGraph } from '../graph/build.ts';
import { layoutGraph } from '../graph/layout.ts';
import { saveArticle, saveGraph } from '../graph/store.ts';
import { readArticles } from '../ingest/read-articles.ts';
import type { Article, Extraction } from '../types.ts';
import { parseArgs } from './args.ts';
import { progressBar } from './progress-bar.ts';

export interface BuildOptions {
  articlesDir: string;
  outDir: string;
  quiet?: boolean;
}

export interface BuildSummary {
  articles: number;
  skipped: Array<{ file: string; reason: string }>;
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  seconds: Record<'read' | 'extract' | 'graph' | 'layout' | 'save' | 'total', number>;
}

export async function runBuild(options: BuildOptions): Promise<{ graph: KgGraph; summary: BuildSummary }> {
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const clock = stopwatch();
  const times = { read: 0, extract: 0, graph: 0, layout: 0, save: 0 };
  // Articles and extractions live only in here, so their memory is free before
  // layout and the (large) graph files are written.
  const { graph, count, skipped } = await (async () => {
    const bar = options.quiet ? null : progressBar('reading');
    const { articles, skipped } = await readArticles(options.articlesDir, { onProgress: bar?.update });
    bar?.done();
    times.read = clock.lap();
    const extractions = extractAll(articles, skipped, options.quiet);
    times.extract = clock.lap();
    const kept = new Set(extractions.map((x) => x.article));
    for (const article of articles) if (kept.has(article.id)) await saveArticle(article, options.outDir);
    times.save = clock.lap();
    const graph = buildGraph(unifyAliases(extractions));
    applySizes(graph);
    times.graph = clock.lap();
    return { graph, count: extractions.length, skipped };
  })();
  layoutGraph(graph);
  times.layout = clock.lap();
  await saveGraph(graph, options.outDir);
  times.save += clock.lap();
  const { read, extract, graph: graphTime, layout, save } = times;

  const summary: BuildSummary = {
    articles: count,
    skipped,
    nodes: graph.order,
    edges: graph.size,
    nodesByType: countBy(graph.mapNodes((_, a) => a.type)),
    edgesByType: countBy(graph.mapEdges((_, a) => a.type)),
    seconds: { read, extract, graph: graphTime, layout, save, total: clock.total() },
  };
  log(formatSummary(summary, options.outDir));
  return { graph, summary };
}

function extractAll(articles: Article[], skipped: BuildSummary['skipped'], quiet?: boolean): Extraction[] {
  const bar = quiet ? null : progressBar('extracting');
  const extractions: Extraction[] = [];
  for (const [i, article] of articles.entries()) {
    try {
      extractions.push(extractArticle(article));
    } catch (error) {
      skipped.push({ file: article.id, reason: error instanceof Error ? error.message : String(error) });
    }
    bar?.update(i + 1, articles.length);
  }
  bar?.done();
  return extractions;
}

export async function run(args: string[]): Promise<number> {
  const { positionals, options } = parseArgs(args, ['out']);
  const articlesDir = positionals[0] ?? 'seeds';
  const outDir = String(options.get('out') ?? 'graph');
  try {
    const { summary } = await runBuild({ articlesDir, outDir });
    return summary.articles > 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof KgError) throw error;
    throw new KgError('INVALID_INPUT', `build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function formatSummary(s: BuildSummary, outDir: string): string {
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  const lines = [
    `articles read: ${s.articles}, skipped: ${s.skipped.length}`,
    ...s.skipped.map((x) => `  skipped ${x.file}: ${x.reason}`),
    `nodes: ${s.nodes} (${table(s.nodesByType)})`,
    `edges: ${s.edges} (${table(s.edgesByType)})`,
    `time: ${s.seconds.total.toFixed(2)} s (read ${s.seconds.read.toFixed(2)}, extract ${s.seconds.extract.toFixed(2)}, graph ${s.seconds.graph.toFixed(2)}, layout ${s.seconds.layout.toFixed(2)}, save ${s.seconds.save.toFixed(2)})`,
    `wrote ${outDir}/graph.json and ${outDir}/graph.gexf`,
  ];
  return lines.join('\n');
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
