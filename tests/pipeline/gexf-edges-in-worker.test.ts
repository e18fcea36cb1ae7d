// The GEXF's edges written on a worker from the staged start's files are the edges gexfSections
// writes on this thread, byte for byte; a worker that cannot read them says why.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { gexfSections } from '../../src/export/to-gexf.ts';
import { createGraph, type KgGraph } from '../../src/graph/build.ts';
import { loadGraph } from '../../src/graph/store.ts';
import { EVIDENCE_FILE, stageCoreGraph, stagedEdges } from '../../src/pipeline/core-graph-files.ts';
import { gexfEdgesInWorker } from '../../src/pipeline/gexf-edges-in-worker.ts';

const SEED = new URL('../../graph/', import.meta.url).pathname;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-gexf-edges-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function text(bytes: AsyncIterable<Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of bytes) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** The seed graph with a few edges of every shape: no evidence, a key that is not source|type|target, figures, a date. */
async function seedGraph(): Promise<KgGraph> {
  const graph = await loadGraph(SEED);
  const [a, b] = graph.nodes();
  graph.addDirectedEdgeWithKey('手写的键', a!, b!, { type: 'supports', evidence: [], weight: 1, firstSeen: '2023-04-01', lastSeen: '2023-04-01' });
  graph.addDirectedEdge(b!, a!, { type: 'partners_with', evidence: [], weight: 2 });
  return graph;
}

describe('stagedEdges', () => {
  it('reads back every edge stageCoreGraph staged, in order, with all its attributes', async () => {
    const graph = await seedGraph();
    await stageCoreGraph(graph, dir, { spill: true });
    const read = [];
    for await (const entry of stagedEdges(dir, graph.nodes())) read.push(entry);
    expect(read).toEqual(graph.mapEdges((edge, attributes, source, target) => ({ edge, source, target, attributes })));
  });
});

describe('gexfEdgesInWorker', () => {
  it.each(['1.2', '1.3'] as const)('writes the edges gexfSections writes (GEXF %s), then removes its scratch file once read', async (version) => {
    const graph = await seedGraph();
    await stageCoreGraph(graph, dir, { spill: true });
    const edges = await gexfEdgesInWorker(graph, dir, 'graph.gexf.edges', { version });
    expect(readdirSync(dir)).toContain('graph.gexf.edges');
    expect(await text(edges!)).toBe([...gexfSections(graph, { version }).edges].join(''));
    expect(readdirSync(dir)).not.toContain('graph.gexf.edges');
  });

  it('has nothing to write for a graph without edges', async () => {
    const graph = createGraph();
    graph.addNode('喀什地区', { label: '喀什地区', type: 'prefecture', aliases: [], mentions: 1, articles: [], x: 0, y: 0, size: 3, color: '#888888' });
    await stageCoreGraph(graph, dir, { spill: true });
    expect(await gexfEdgesInWorker(graph, dir, 'graph.gexf.edges', {})).toBeNull();
  });

  it('rejects with the reason when the staged files are gone', async () => {
    const graph = await seedGraph();
    await stageCoreGraph(graph, dir, { spill: true });
    rmSync(join(dir, EVIDENCE_FILE));
    await expect(gexfEdgesInWorker(graph, dir, 'graph.gexf.edges', {})).rejects.toThrow(/ENOENT.*graph\.evidence\.jsonl/);
  });
});
