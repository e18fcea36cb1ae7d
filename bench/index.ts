// `npm run bench [-- --quick] [-- --make-corpus N] [--seed S] [--articles N] [--only a,b]`:
// measures extraction, build, incremental add, queries, server and viewer, prints a table
// and writes bench/results.json. Figures are reported, not asserted: a missed figure prints
// MISSED and the exit code stays 0; a measurement that fails exits 1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runInChild } from './child.ts';
import { ensureCorpus } from './make-corpus.ts';
import type { BuildResult } from './measure-build.ts';
import type { ExtractionResult, ProfileResult } from './measure-extraction.ts';
import type { IncrementalResult } from './measure-incremental.ts';
import type { QueriesResult } from './measure-queries.ts';
import type { ScaleResult } from './measure-scale.ts';
import type { ServerResult } from './measure-server.ts';
import type { ViewerResult } from './measure-viewer.ts';
import { hasChromium } from '../tests/e2e/chromium.ts';
import { type Figure, figuresOf, formatTable } from './report.ts';
import { machineInfo } from './machine.ts';
import { CORPUS_DIR } from './make-corpus.ts';

const SECTIONS = ['extraction', 'build', 'incremental', 'queries', 'server', 'scale', 'viewer'] as const;
type Section = (typeof SECTIONS)[number];

interface Plan {
  quick: boolean;
  articles: number;
  seed: number;
  sections: Set<Section>;
  extractionRuns: number;
  profileArticles: number;
  adds: number;
  querySamples: number;
  synthetic: { nodes: number; edges: number };
  load: { connections: number; durationSec: number };
  viewer: { nodes: number; edges: number; runs: number; panMs: number; seedRuns: number; overviewRuns: number };
}

function parse(argv: string[]): { plan: Plan; makeCorpus?: number } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const number = (flag: string): number | undefined => {
    const v = value(flag);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, got ${v}`);
    return n;
  };
  const quick = argv.includes('--quick');
  const only = value('--only')?.split(',') ?? [...SECTIONS];
  for (const s of only) if (!SECTIONS.includes(s as Section)) throw new Error(`unknown section ${s}; sections: ${SECTIONS.join(', ')}`);
  const plan: Plan = quick
    ? {
        quick,
        articles: number('--articles') ?? 300,
        seed: number('--seed') ?? 1,
        sections: new Set(only as Section[]),
        extractionRuns: 5,
        profileArticles: 0,
        adds: 5,
        querySamples: 60,
        synthetic: { nodes: 5_000, edges: 25_000 },
        load: { connections: 50, durationSec: 3 },
        viewer: { nodes: 2_000, edges: 10_000, runs: 1, panMs: 3000, seedRuns: 3, overviewRuns: 2 },
      }
    : {
        quick,
        articles: number('--articles') ?? 10_000,
        seed: number('--seed') ?? 1,
        sections: new Set(only as Section[]),
        extractionRuns: 5,
        profileArticles: 1000,
        adds: 10,
        querySamples: 200,
        synthetic: { nodes: 100_000, edges: 500_000 },
        load: { connections: 50, durationSec: 10 },
        viewer: { nodes: 20_000, edges: 100_000, runs: 5, panMs: 3000, seedRuns: 7, overviewRuns: 5 },
      };
  return { plan, makeCorpus: number('--make-corpus') };
}

async function main(): Promise<number> {
  const { plan, makeCorpus } = parse(process.argv.slice(2));
  if (makeCorpus !== undefined) {
    const t = performance.now();
    const corpus = ensureCorpus(makeCorpus, plan.seed, console.log);
    console.log(`${corpus.made ? 'made' : 'already there'}: ${corpus.dir} (${makeCorpus} articles, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return 0;
  }

  const started = performance.now();
  const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
  const results: Record<string, unknown> = { generatedAt: new Date().toISOString(), mode: plan.quick ? 'quick' : 'full', machine: machineInfo() };
  const errors: string[] = [];
  const attempt = async (section: Section, fn: () => Promise<void>) => {
    if (!plan.sections.has(section)) return;
    log(`${section} …`);
    try {
      await fn();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`${section}: ${message}`);
      results[section === 'queries' ? 'query' : section] = { error: message };
      log(`${section} FAILED: ${message.split('\n')[0]}`);
    }
  };

  const corpus = ensureCorpus(plan.articles, plan.seed, log);
  results.corpus = { articles: plan.articles, seed: plan.seed, megabytes: corpus.bytes / 1024 / 1024, dir: corpus.dir };
  const graphDir = join(CORPUS_DIR, `graph-n${plan.articles}-s${plan.seed}`);

  let extraction: (ExtractionResult & { profile?: ProfileResult }) | undefined;
  await attempt('extraction', async () => {
    const { result } = await runInChild<ExtractionResult>('extraction', { corpusDir: corpus.dir, runs: plan.extractionRuns }, { timeoutMs: 400_000 });
    extraction = result;
    if (plan.profileArticles) {
      const profile = await runInChild<ProfileResult>(
        'extractionProfile',
        { corpusDir: corpus.dir, articles: plan.profileArticles },
        { execArgv: ['--enable-source-maps'], timeoutMs: 200_000 },
      );
      extraction.profile = profile.result;
    }
    results.extraction = extraction;
  });

  let build: (BuildResult & { peakRssMb: number }) | undefined;
  await attempt('build', async () => {
    const child = await runInChild<BuildResult>('build', { corpusDir: corpus.dir, outDir: graphDir }, { timeoutMs: 1_200_000 });
    const r = child.result;
    build = { ...r, peakRssMb: child.peakRssMb };
    results.build = {
      articles: r.articles,
      seconds: r.seconds.total,
      peakRssMb: child.peakRssMb,
      nodes: r.nodes,
      edges: r.edges,
      stageSeconds: r.seconds,
      layoutIterations: r.layoutIterations,
      skipped: r.skipped,
    };
  });

  let incremental: IncrementalResult | undefined;
  await attempt('incremental', async () => {
    const { result } = await runInChild<IncrementalResult>('incremental', { graphDir, count: plan.articles, seed: plan.seed, adds: plan.adds }, { timeoutMs: 600_000 });
    incremental = result;
    results.incremental = result;
  });

  let queries: QueriesResult | undefined;
  await attempt('queries', async () => {
    const { result } = await runInChild<QueriesResult>(
      'queries',
      { graphDir, samples: plan.querySamples, syntheticNodes: plan.synthetic.nodes, syntheticEdges: plan.synthetic.edges },
      { timeoutMs: 900_000 },
    );
    queries = result;
    results.query = {
      shortestPathP50Ms: result.built.shortestPath.p50Ms,
      searchP50Ms: result.built.search.p50Ms,
      simplePathsP99Ms: result.built.simplePaths.p99Ms,
      supportersP50Ms: result.built.supporters.p50Ms,
      built: result.built,
      synthetic: result.synthetic,
    };
  });

  let server: ServerResult | undefined;
  await attempt('server', async () => {
    const { result } = await runInChild<ServerResult>('server', plan.load, { timeoutMs: 120_000 });
    server = result;
    results.server = { searchReqPerSec: result.search.requestsPerSec, pathReqPerSec: result.path.requestsPerSec, ...result };
  });

  let scale: ScaleResult | undefined;
  await attempt('scale', async () => {
    const { result } = await runInChild<ScaleResult>('scale', { graphDir, ...plan.load }, { timeoutMs: 900_000 });
    scale = result;
    results.scale = result;
  });

  let viewer: ViewerResult | undefined;
  if (plan.sections.has('viewer') && !hasChromium()) {
    log('viewer skipped: no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)');
    results.viewer = { skipped: 'no Chromium' };
  } else {
    await attempt('viewer', async () => {
      // The big graph's overview is measured on the built graph (built now when absent).
      const options = { ...plan.viewer, graphDir, corpusDir: corpus.dir };
      const { result } = await runInChild<ViewerResult>('viewer', options, { timeoutMs: 1_500_000 });
      viewer = result;
      results.viewer = result;
    });
  }

  const figures: Figure[] = figuresOf({ extraction, build, incremental, queries, server, scale, viewer, articles: plan.articles });
  results.figures = figures;
  results.errors = errors;
  results.benchSeconds = (performance.now() - started) / 1000;
  const out = fileURLToPath(new URL('./results.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

  console.log('');
  console.log(formatTable(figures));
  if (extraction) {
    console.log('');
    console.log(`extraction stages (${extraction.stages.megabytes.toFixed(1)} MB, MB/s of each stage alone):`);
    console.log(
      Object.entries(extraction.stages.mbPerSec)
        .map(([stage, v]) => `  ${stage.padEnd(16)} ${v.toFixed(1).padStart(7)} MB/s  ${(extraction!.stages.seconds as unknown as Record<string, number>)[stage]!.toFixed(2)} s`)
        .join('\n'),
    );
  }
  if (extraction?.profile) {
    console.log('');
    console.log(`extraction profile, self time (${extraction.profile.totalMs.toFixed(0)} ms on ${extraction.profile.megabytes.toFixed(1)} MB):`);
    for (const e of extraction.profile.self.slice(0, 12))
      console.log(`  ${(e.selfShare * 100).toFixed(1).padStart(5)} %  ${e.fn}  ${e.where}`);
  }
  console.log('');
  console.log(`wrote ${out} in ${(results.benchSeconds as number).toFixed(0)} s${errors.length ? `; ${errors.length} measurement(s) failed` : ''}`);
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
