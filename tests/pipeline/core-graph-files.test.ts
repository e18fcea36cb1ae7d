// The start's files: the seed graph read back from them is graph.json's graph, attribute for
// attribute and byte for byte when exported; evidence is read only when used; stale or torn
// files are refused, so a start falls back to graph.json.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { partToJson } from '../../src/export/part-to-json.ts';
import { evidenceCountOf, mergeExtraction, removeArticle } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { isEvidenceLoaded } from '../../src/graph/deferred-evidence.ts';
import { graphMetrics, hasMetrics } from '../../src/graph/metrics.ts';
import { graphJsonParts, loadGraph, saveGraph } from '../../src/graph/store.ts';
import { articleIdsOf } from '../../src/pipeline/article-ids-of.ts';
import { CORE_GRAPH_FILE, EVIDENCE_FILE, identityOf, loadCoreGraph, writeCoreGraph } from '../../src/pipeline/core-graph-files.ts';
import { writeGraphSnapshot } from '../../src/pipeline/graph-folder.ts';
import { loadServedGraph } from '../../src/pipeline/load-served-graph.ts';
import { graphStats } from '../../src/query/graph-stats.ts';
import { createApp } from '../../src/server/create-app.ts';
import { EXTRACTION_1, EXTRACTION_2 } from '../graph/fixtures.ts';

const SEED = new URL('../../graph/', import.meta.url).pathname;

let seed: KgGraph;
let dir: string;
beforeAll(async () => {
  seed = await loadGraph(SEED);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-core-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** dir/graph.json and the start's files for `graph`, as a build writes them. */
async function writeFolder(graph: KgGraph): Promise<void> {
  await saveGraph(graph, dir);
  await writeCoreGraph(graph, dir, await identityOf(join(dir, 'graph.json')));
}

const load = () => loadCoreGraph(dir, join(dir, 'graph.json'));
const deferredEdges = (graph: KgGraph) => graph.filterEdges((_e, a) => !isEvidenceLoaded(a)).length;

describe('graphJsonParts', () => {
  it('is JSON.stringify(graph.export()) in pieces', () => {
    expect([...graphJsonParts(seed)].join('')).toBe(JSON.stringify(seed.export()));
  });
});

describe('writeCoreGraph / loadCoreGraph', () => {
  it('reads back the seed graph: the same export, byte for byte, once evidence is read', async () => {
    await writeFolder(seed);
    const graph = (await load())!;
    expect(graph.order).toBe(seed.order);
    expect(JSON.stringify(graph.export())).toBe(JSON.stringify(seed.export()));
  });

  it('reads no evidence until an edge’s is used, and then that edge’s alone', async () => {
    await writeFolder(seed);
    const graph = (await load())!;
    const withEvidence = seed.filterEdges((_e, a) => a.evidence.length > 0);
    expect(withEvidence.length).toBeGreaterThan(100);
    expect(deferredEdges(graph)).toBe(withEvidence.length);

    const edge = withEvidence[7]!;
    expect(graph.getEdgeAttribute(edge, 'evidence')).toEqual(seed.getEdgeAttribute(edge, 'evidence'));
    expect(deferredEdges(graph)).toBe(withEvidence.length - 1);
  });

  it('counts evidence and its articles without reading it: stats and article ids as from graph.json', async () => {
    await writeFolder(seed);
    const graph = (await load())!;
    expect(graphStats(graph)).toEqual(graphStats(seed));
    expect([...articleIdsOf(graph)].sort()).toEqual([...articleIdsOf(seed)].sort());
    expect(graph.mapEdges((_e, a) => evidenceCountOf(a))).toEqual(seed.mapEdges((_e, a) => evidenceCountOf(a)));
    expect(deferredEdges(graph)).toBe(seed.filterEdges((_e, a) => a.evidence.length > 0).length);
  });

  it('summarises edges for the overview without reading evidence, as from graph.json', async () => {
    await writeFolder(seed);
    const graph = (await load())!;
    const metrics = graphMetrics(seed).nodes;
    const summary = (g: KgGraph) => JSON.stringify(partToJson(g, g.nodes(), g.edges(), metrics, { summary: true }));
    expect(summary(graph)).toBe(summary(seed));
    expect(deferredEdges(graph)).toBe(seed.filterEdges((_e, a) => a.evidence.length > 0).length);
  });

  it('merges and removes articles as a graph read from graph.json does', async () => {
    const base = (await loadGraph(SEED)) as KgGraph;
    await writeFolder(base);
    const graph = (await load())!;
    for (const g of [base, graph]) {
      mergeExtraction(g, EXTRACTION_1);
      mergeExtraction(g, EXTRACTION_2);
      removeArticle(g, EXTRACTION_1.article, EXTRACTION_1);
      removeArticle(g, seed.getEdgeAttribute(seed.edges()[0]!, 'evidence')[0]?.article ?? 'none');
    }
    expect(JSON.stringify(graph.export())).toBe(JSON.stringify(base.export()));
  });

  it('keeps reading its own evidence after a snapshot replaced the files', async () => {
    await writeFolder(seed);
    const graph = (await load())!;
    const edge = seed.filterEdges((_e, a) => a.evidence.length > 0)[0]!;
    await writeGraphSnapshot(graphWithout(seed, edge), dir);
    expect(graph.getEdgeAttribute(edge, 'evidence')).toEqual(seed.getEdgeAttribute(edge, 'evidence'));
    expect((await load())!.hasEdge(edge)).toBe(false);
  });

  it.each([
    ['graph.json was rewritten without them', () => saveGraph(graphWithout(seed, seed.edges()[0]!), dir)],
    ['the evidence file is missing', () => rmSync(join(dir, EVIDENCE_FILE))],
    ['the evidence file is cut short', () => truncateSync(join(dir, EVIDENCE_FILE), 1000)],
    ['the core file is cut short', () => truncateSync(join(dir, CORE_GRAPH_FILE), 5000)],
    ['the core file is not one', () => writeFileSync(join(dir, CORE_GRAPH_FILE), '{"nodes":[]}\n')],
    ['the core file is missing', () => rmSync(join(dir, CORE_GRAPH_FILE))],
  ])('gives null when %s', async (_case, spoil) => {
    await writeFolder(seed);
    await spoil();
    expect(await load()).toBeNull();
  });
});

describe('node metrics in the core file', () => {
  /** The core file's lines, edited by `edit`, written back. */
  const editCore = (edit: (lines: string[]) => void) => {
    const lines = readFileSync(join(dir, CORE_GRAPH_FILE), 'utf8').split('\n');
    edit(lines);
    writeFileSync(join(dir, CORE_GRAPH_FILE), lines.join('\n'));
  };

  it('are read back with the graph, equal to computing them, and dropped on a change', async () => {
    await saveGraph(seed, dir);
    await writeCoreGraph(seed, dir, await identityOf(join(dir, 'graph.json')), graphMetrics(seed));
    const graph = (await load())!;
    expect(hasMetrics(graph)).toBe(true);
    const saved = graphMetrics(graph);
    expect(saved).toEqual(graphMetrics(graph.copy() as KgGraph));
    expect(saved.nodes.size).toBe(seed.order);
    mergeExtraction(graph, EXTRACTION_1);
    expect(hasMetrics(graph)).toBe(false);
  });

  it('are computed on first use when the file has none (written without them, or by version 1)', async () => {
    await writeFolder(seed);
    expect(hasMetrics((await load())!)).toBe(false);
    // Version 1 wrote each edge as an object naming its ends.
    editCore((lines) => {
      const header = JSON.parse(lines[0]!) as { version: number; nodes: number; edges: number };
      expect(header.version).toBe(3);
      const keys = lines.slice(1, 1 + header.nodes).map((line) => (JSON.parse(line) as { key: string }).key);
      lines[0] = JSON.stringify({ ...header, version: 1 });
      for (let i = 1 + header.nodes; i < 1 + header.nodes + header.edges; i++) {
        const [s, t, key, attributes, evidence] = JSON.parse(lines[i]!) as [number, number, string | null, { type: string }, unknown?];
        const [source, target] = [keys[s]!, keys[t]!];
        lines[i] = JSON.stringify({ key: key ?? `${source}|${attributes.type}|${target}`, source, target, attributes, ...(evidence ? { evidence } : {}) });
      }
    });
    const graph = (await load())!;
    expect(hasMetrics(graph)).toBe(false);
    expect(JSON.stringify(graph.export())).toBe(JSON.stringify(seed.export()));
    expect(graphMetrics(graph)).toEqual(graphMetrics(seed));
  });

  it('make the file unreadable (the start falls back to graph.json) when a node line lacks its own', async () => {
    await saveGraph(seed, dir);
    await writeCoreGraph(seed, dir, await identityOf(join(dir, 'graph.json')), graphMetrics(seed));
    editCore((lines) => {
      const node = JSON.parse(lines[5]!) as { metrics?: unknown };
      expect(node.metrics).toHaveLength(4);
      delete node.metrics;
      lines[5] = JSON.stringify(node);
    });
    expect(await load()).toBeNull();
  });

  it('let the first overview after a start answer without computing them, as computed ones would', async () => {
    await writeGraphSnapshot(seed.copy() as KgGraph, dir);
    const { graph } = await loadServedGraph({ graphDir: dir, articlesDir: join(dir, 'none') });
    expect(hasMetrics(graph)).toBe(true);
    const saved = graphMetrics(graph);
    const settings = { overviewAbove: 5, overviewNodes: 20 };
    const overview = await request(createApp({ graph, settings })).get('/api/overview');
    expect(overview.status).toBe(200);
    expect(graphMetrics(graph)).toBe(saved);
    const computed = await request(createApp({ graph: seed.copy() as KgGraph, settings })).get('/api/overview');
    expect(overview.body).toEqual(computed.body);
  });
});

describe('loadServedGraph with the start files', () => {
  it('reads a folder of an older version from graph.json and writes the start files for the next start', async () => {
    copyFileSync(join(SEED, 'graph.json'), join(dir, 'graph.json'));
    const first = await loadServedGraph({ graphDir: dir, articlesDir: join(dir, 'none') });
    expect(readdirSync(dir)).toEqual(expect.arrayContaining([CORE_GRAPH_FILE, EVIDENCE_FILE]));
    expect(deferredEdges(first.graph)).toBe(0);

    const second = await loadServedGraph({ graphDir: dir, articlesDir: join(dir, 'none') });
    expect(deferredEdges(second.graph)).toBeGreaterThan(100);
    expect(JSON.stringify(second.graph.export())).toBe(JSON.stringify(seed.export()));
  });
});

function graphWithout(graph: KgGraph, edge: string): KgGraph {
  const copy = graph.copy() as KgGraph;
  copy.dropEdge(edge);
  return copy;
}
