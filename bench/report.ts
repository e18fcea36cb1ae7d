// The figures of the issue with their targets, and the table the bench prints.
import type { BuildResult } from './measure-build.ts';
import type { ExtractionResult } from './measure-extraction.ts';
import type { IncrementalResult } from './measure-incremental.ts';
import type { QueriesResult } from './measure-queries.ts';
import type { ScaleResult } from './measure-scale.ts';
import type { ServerResult } from './measure-server.ts';
import type { ViewerResult } from './measure-viewer.ts';

export interface Figure {
  name: string;
  value: string;
  target: string;
  /** true met, false missed, null: no target (reported only). */
  met: boolean | null;
}

interface Measured {
  articles: number;
  extraction?: ExtractionResult;
  build?: BuildResult & { peakRssMb: number };
  incremental?: IncrementalResult;
  queries?: QueriesResult;
  server?: ServerResult;
  scale?: ScaleResult;
  viewer?: ViewerResult;
}

const ms = (v: number) => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`);
const atMost = (v: number, limit: number) => v <= limit;

export function figuresOf(m: Measured): Figure[] {
  const f: Figure[] = [];
  const add = (name: string, value: string, target: string, met: boolean | null) => f.push({ name, value, target, met });
  if (m.extraction) {
    const e = m.extraction;
    add(`extraction, ${e.articles} articles (${e.megabytes.toFixed(1)} MB), median of ${e.runs.length}`, `${e.mbPerSec.toFixed(2)} MB/s`, '≥ 5 MB/s', e.mbPerSec >= 5);
    add('  jieba tag on the same text', `${e.jiebaTagMbPerSec.toFixed(2)} MB/s`, '', null);
    add('  extraction / jieba tag (median of per-run ratios)', `${e.ratioToJieba.toFixed(2)}×`, '≥ 2×', e.ratioToJieba >= 2);
  }
  if (m.build) {
    const b = m.build;
    const s = b.seconds;
    add(`build, ${b.articles} articles → graph files`, `${s.total.toFixed(1)} s (${(s.total / s.extract).toFixed(2)}× its extraction)`, '≤ 2× extraction', atMost(s.total, 2 * s.extract));
    add('  graph + save stages / extraction stage', `${((s.graph + s.save) / s.extract).toFixed(2)}×`, '≤ 1×', atMost(s.graph + s.save, s.extract));
    add(
      '  stages',
      `read ${s.read.toFixed(1)}, extract ${s.extract.toFixed(1)}, graph ${s.graph.toFixed(1)}, layout ${s.layout.toFixed(1)} (${b.layoutIterations} it.), save ${s.save.toFixed(1)} s`,
      '',
      null,
    );
    add('  build peak RSS', `${b.peakRssMb.toFixed(0)} MB`, '≤ 1024 MB', atMost(b.peakRssMb, 1024));
    add('  graph', `${b.nodes} nodes, ${b.edges} edges`, '', null);
  }
  if (m.incremental) {
    const i = m.incremental;
    add(`add 1 article via POST /api/articles (${i.graphNodes}-node graph), max of ${i.adds}`, `${ms(i.maxMs)} (p50 ${ms(i.p50Ms)})`, '≤ 1000 ms', atMost(i.maxMs, 1000));
    add('  full snapshot of graph.json + gexf (not on the add path)', `${i.snapshotSeconds.toFixed(2)} s`, '', null);
  }
  if (m.queries) {
    for (const [label, q] of [
      ['built', m.queries.built],
      ['synthetic', m.queries.synthetic],
    ] as const) {
      if (!q) continue;
      const g = `${label} ${q.nodes}/${q.edges}`;
      add(`query shortest path p50 (${g})`, ms(q.shortestPath.p50Ms), '≤ 1 ms', atMost(q.shortestPath.p50Ms, 1));
      add(`query search p50 (${g})`, ms(q.search.p50Ms), '≤ 1 ms', atMost(q.search.p50Ms, 1));
      add(
        `query simple paths ≤ 4 hops p99 (${g})`,
        `${ms(q.simplePaths.p99Ms)} (p50 ${ms(q.simplePaths.p50Ms)}, ${(q.simplePaths.truncatedShare * 100).toFixed(0)} % capped)`,
        '≤ 50 ms',
        atMost(q.simplePaths.p99Ms, 50),
      );
      add(`query who supports X p50 / p99 (${g}, ${q.supporters.runs} runs)`, `${ms(q.supporters.p50Ms)} / ${ms(q.supporters.p99Ms)}`, '', null);
      if (q.suggestions) add(`unknown-name suggestions p99 (${g}, ${q.suggestions.runs} names)`, `${ms(q.suggestions.p99Ms)} (p50 ${ms(q.suggestions.p50Ms)})`, '≤ 5 ms', atMost(q.suggestions.p99Ms, 5));
      if (q.metricsSeconds !== undefined)
        add(`node metrics once per graph version (${g})`, `${q.metricsSeconds.toFixed(2)} s${q.betweennessSampled ? ' (betweenness sampled)' : ''}`, '', null);
    }
  }
  if (m.server) {
    const s = m.server;
    const g = `seed graph ${s.nodes}/${s.edges}, ${s.connections} conn., ${s.durationSec} s`;
    add(`server /api/path (${g})`, `${s.path.requestsPerSec.toFixed(0)} req/s, p99 ${s.path.p99Ms} ms`, '≥ 2000 req/s', s.path.requestsPerSec >= 2000 && s.path.non2xx === 0);
    add(`server /api/search (${g})`, `${s.search.requestsPerSec.toFixed(0)} req/s, p99 ${s.search.p99Ms} ms`, '', null);
  }
  if (m.scale) {
    const s = m.scale;
    const g = `${s.nodes}/${s.edges} graph`;
    add(`server start on the ${g} (process start to listening)`, `${s.startSeconds.toFixed(1)} s`, '≤ 4 s', atMost(s.startSeconds, 4));
    add('  RSS when listening / 2 s later', `${s.startRssMb.toFixed(0)} / ${s.settledRssMb.toFixed(0)} MB`, '≤ 400 MB', atMost(s.settledRssMb, 400));
    const l = s.underLoad;
    add(
      `/healthz p99 during 4 GEXF exports + 20 simple max-6 path queries between hubs (${l.healthz.samples} probes)`,
      `${ms(l.healthz.p99Ms)} (p50 ${ms(l.healthz.p50Ms)}, max ${ms(l.healthz.maxMs)}${l.healthz.failed ? `, ${l.healthz.failed} dropped` : ''})`,
      '≤ 50 ms',
      atMost(l.healthz.p99Ms, 50) && l.healthz.failed === 0,
    );
    add('  server event-loop delay over that load, p99 / max', `${ms(l.eventLoopDelay.p99Ms)} / ${ms(l.eventLoopDelay.maxMs)}`, '', null);
    add(
      "  the 4 concurrent first GEXF exports (made once: the folder's graph.gexf copied)",
      `${l.gexfExports.seconds.map((x) => x.toFixed(1)).join(', ')} s, ${(l.gexfExports.bytes / 1e6).toFixed(0)} MB${l.gexfExports.failed ? `, ${l.gexfExports.failed} failed` : ''}`,
      '',
      null,
    );
    add('  the 20 hard path queries', `${l.hardPaths.ok} answered (${l.hardPaths.truncated} truncated), ${l.hardPaths.busy} × 503; p99 ${ms(l.hardPaths.p99Ms)}`, '', null);
    add('  server peak RSS under that load', `${l.peakRssMb.toFixed(0)} MB`, '', null);
    const [plain, br] = [s.secondExport.identity, s.secondExport.br];
    add(
      'second GEXF export (cached), whole body received, plain / brotli',
      `${ms(plain.ms)} (${(plain.bytes / 1e6).toFixed(0)} MB) / ${ms(br.ms)} (${(br.bytes / 1e6).toFixed(1)} MB ${br.encoding})`,
      '≤ 200 ms',
      atMost(Math.max(plain.ms, br.ms), 200),
    );
    add('  its first byte, plain / brotli', `${ms(plain.firstByteMs)} / ${ms(br.firstByteMs)}`, '', null);
    add(`server /api/path (${g}, ${s.path.connections} conn., ${s.path.durationSec} s)`, `${s.path.requestsPerSec.toFixed(0)} req/s, p99 ${s.path.p99Ms} ms`, '', null);
  }
  if (m.viewer) {
    const v = m.viewer;
    for (const r of v.seed)
      add(
        `viewer first interactive render, seed graph, ${r.size} ${r.width}×${r.height}, median of ${r.interactiveMs.length}`,
        `${ms(r.medianMs)} (first page of a fresh Chromium ${ms(r.firstPageMs)})`,
        '≤ 2000 ms',
        atMost(r.medianMs, 2000),
      );
    const o = v.overview;
    add(
      `viewer first render, built graph (${o.nodes}/${o.edges}) on its overview (${o.shownNodes}/${o.shownEdges}), median of ${o.firstRenderMs.length}`,
      `${ms(o.medianFirstRenderMs)} (interactive ${ms(o.medianInteractiveMs)})`,
      '≤ 2000 ms',
      atMost(o.medianFirstRenderMs, 2000),
    );
    add('  the server’s first overview after start (metrics, once per graph version)', ms(o.firstRequestMs), '', null);
    add(`  frames while panning the overview ${v.panMs / 1000} s`, `${o.panFps.toFixed(1)} fps`, '', null);
    add(`viewer first render, synthetic graph drawn whole (${v.nodes}/${v.edges}), median of ${v.runs.length}`, ms(v.firstRenderMs), '', null);
    add(`  frames while panning ${v.panMs / 1000} s`, `${v.panFrames} (${v.panFps.toFixed(1)} fps)`, '', null);
  }
  return f;
}

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((x) => [x.name, x.value, x.target, x.met === null ? '' : x.met ? 'MET' : 'MISSED']);
  const head = ['figure', 'measured', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
