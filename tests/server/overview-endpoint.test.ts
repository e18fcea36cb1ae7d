// The big-graph endpoints on the seed graph, with the overview threshold lowered so the seed
// graph counts as big: what the overview holds and hides, and that neighbourhoods added to it
// give back exactly the graph induced on the nodes shown.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { neighborhoodResponseSchema, overviewResponseSchema } from '../../src/api/contract.ts';
import type { NeighborhoodResponse, OverviewResponse } from '../../src/api/contract.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { evidenceCountOf } from '../../src/graph/build.ts';
import { graphMetrics } from '../../src/graph/metrics.ts';
import { seedGraph } from '../query/seed-graph.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

type Overview = Extract<OverviewResponse, { overview: true }>;

let big: TestApp;
let small: TestApp;
let graph: KgGraph;
beforeAll(async () => {
  graph = await seedGraph();
  big = await testApp({ overviewAbove: 100, overviewNodes: 40 }, graph);
  small = await testApp({}, graph);
});
afterAll(async () => {
  await big.cleanup();
  await small.cleanup();
});

/** The rule, computed here from the graph and its metrics. */
function expectedOverviewNodes(top: number): Set<string> {
  const metrics = graphMetrics(graph).nodes;
  const ranked = graph.nodes().sort((a, b) => metrics.get(b)!.pagerank - metrics.get(a)!.pagerank || (a < b ? -1 : 1));
  const nodes = new Set(ranked.slice(0, top));
  graph.forEachNode((node, a) => {
    if (a.type === 'province' || a.type === 'prefecture') nodes.add(node);
  });
  return nodes;
}
const inducedEdges = (nodes: Set<string>) => graph.filterEdges((_e, _a, source, target) => nodes.has(source) && nodes.has(target));

async function getOverview(app: TestApp, query: Record<string, string> = {}): Promise<Overview> {
  const res = await request(app.app).get('/api/overview').query(query);
  expect(res.status).toBe(200);
  const body = overviewResponseSchema.parse(res.body);
  if (!body.overview) throw new Error('expected an overview');
  return body;
}

describe('GET /api/overview', () => {
  it('tells the viewer to load a graph at or under the threshold whole', async () => {
    const res = await request(small.app).get('/api/overview');
    expect(res.body).toEqual({ overview: false, above: 10_000, total: { nodes: graph.order, edges: graph.size } });
  });

  it('gives a bigger graph’s top nodes by PageRank, every province and prefecture, and the edges among them', async () => {
    const overview = await getOverview(big);
    const nodes = expectedOverviewNodes(40);
    const edges = inducedEdges(nodes);
    expect(new Set(overview.graph.nodes.map((n) => n.key))).toEqual(nodes);
    expect(overview.graph.nodes).toHaveLength(nodes.size);
    // Keys go unsaid when they are `source|type|target`.
    const keyOf = (e: Overview['graph']['edges'][number]) => e.key ?? `${e.source}|${e.attributes.type}|${e.target}`;
    expect(overview.graph.edges.map(keyOf).sort()).toEqual(edges.sort());
    expect(overview.graph.edges.filter((e) => e.key !== undefined)).toEqual([]);
    expect(overview).toMatchObject({
      above: 100,
      topNodes: 40,
      types: ['province', 'prefecture'],
      total: { nodes: graph.order, edges: graph.size },
      shown: { nodes: nodes.size, edges: edges.length },
      hidden: { nodes: graph.order - nodes.size, edges: graph.size - edges.length },
    });
    expect(overview.hidden.nodes).toBeGreaterThan(0);
  });

  it('sends counts instead of article lists and evidence, with the metrics', async () => {
    const overview = await getOverview(big);
    const metrics = graphMetrics(graph).nodes;
    for (const { key, attributes } of overview.graph.nodes) {
      const { articles, ...rest } = graph.getNodeAttributes(key);
      expect(attributes).toEqual({ ...rest, ...metrics.get(key), articleCount: articles.length });
    }
    for (const { source, target, attributes } of overview.graph.edges) {
      const key = `${source}|${attributes.type}|${target}`;
      const a = graph.getEdgeAttributes(key);
      expect([source, target]).toEqual([graph.source(key), graph.target(key)]);
      expect(attributes).not.toHaveProperty('evidence');
      expect(attributes.evidenceCount).toBe(evidenceCountOf(a));
      expect(attributes.articleCount).toBe(new Set([...a.evidence.map((e) => e.article), ...Object.keys(a.evidenceOmitted ?? {})]).size);
      expect(attributes.amountCount).toBe(a.amounts?.length ?? 0);
    }
  });

  it('is sent gzipped to clients that take it, and plain to others', async () => {
    const zipped = await request(big.app).get('/api/overview').set('accept-encoding', 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const plain = await request(big.app).get('/api/overview').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(zipped.body);
  });

  it('gives the overview of a small graph when forced', async () => {
    const overview = await getOverview(small, { force: 'true' });
    expect(overview.shown.nodes).toBe(expectedOverviewNodes(1000).size);
  });

  it('follows changes of the graph', async () => {
    const t = await testApp({ overviewAbove: 5, overviewNodes: 2 });
    try {
      const before = await getOverview(t);
      t.graph.addNode('新设地区', { label: '新设地区', type: 'prefecture', aliases: [], mentions: 0, articles: [], x: 0, y: 0, size: 1, color: '#000' });
      const after = await getOverview(t);
      expect(new Set(after.graph.nodes.map((n) => n.key))).toEqual(new Set([...before.graph.nodes.map((n) => n.key), '新设地区']));
      expect(after.total.nodes).toBe(before.total.nodes + 1);
    } finally {
      await t.cleanup();
    }
  });

  it('rejects a bad flag and other methods', async () => {
    expect((await request(big.app).get('/api/overview').query({ force: 'maybe' })).status).toBe(400);
    const res = await request(big.app).post('/api/overview');
    expect(res.status).toBe(405);
    expect(res.body.error).toBeTruthy();
  });
});

describe('POST /api/neighborhood', () => {
  const post = (body: unknown) => request(big.app).post('/api/neighborhood').send(body as object);

  it('adds to the overview exactly what makes it the graph induced on the nodes shown', async () => {
    const overview = await getOverview(big);
    const have = overview.graph.nodes.map((n) => n.key);
    // A county the overview hides, with neighbours it hides too.
    const centre = graph.filterNodes((node, a) => a.type === 'county' && !have.includes(node) && graph.neighbors(node).some((n) => !have.includes(n)))[0]!;
    expect(centre).toBeDefined();
    const res = await post({ nodes: [centre], hops: 1, have });
    expect(res.status).toBe(200);
    const body: NeighborhoodResponse = neighborhoodResponseSchema.parse(res.body);
    const neighbours = new Set(graph.neighbors(centre));
    expect(new Set(body.graph.nodes.map((n) => n.key))).toEqual(new Set([centre, ...[...neighbours].filter((n) => !have.includes(n))]));
    expect(body).toMatchObject({ centres: [centre], hops: 1, reached: neighbours.size + 1, left: 0 });

    const shown = new Set([...have, ...body.graph.nodes.map((n) => n.key)]);
    const edges = new Set([...overview.graph.edges.map((e) => `${e.source}|${e.attributes.type}|${e.target}`), ...body.graph.edges.map((e) => e.key)]);
    expect([...edges].sort()).toEqual(inducedEdges(shown).sort());
  });

  it('gives nodes and edges whole, evidence and metrics included', async () => {
    const res = await post({ nodes: ['阿克陶县'], hops: 1 });
    const body = neighborhoodResponseSchema.parse(res.body);
    const metrics = graphMetrics(graph).nodes;
    expect(body.graph.nodes[0]).toEqual({ key: '阿克陶县', attributes: { ...graph.getNodeAttributes('阿克陶县'), ...metrics.get('阿克陶县') } });
    for (const edge of body.graph.edges) expect(edge.attributes).toEqual(JSON.parse(JSON.stringify(graph.getEdgeAttributes(edge.key))));
    // Without a view, the neighbourhood comes with every edge among its nodes.
    const nodes = new Set(body.graph.nodes.map((n) => n.key));
    expect(nodes).toEqual(new Set(['阿克陶县', ...graph.neighbors('阿克陶县')]));
    expect(body.graph.edges.map((e) => e.key).sort()).toEqual(inducedEdges(nodes).sort());
  });

  it('resolves names, follows the edge types asked for and keeps to the limit', async () => {
    const res = await post({ nodes: ['阿克陶'], hops: 2, via: ['located_in'], limit: 1 });
    const body = neighborhoodResponseSchema.parse(res.body);
    expect(body.centres).toEqual(['阿克陶县']);
    expect(body.graph.nodes).toHaveLength(2);
    expect(body.left).toBe(body.reached - 2);
    expect(body.graph.edges.every((e) => e.attributes.type === 'located_in')).toBe(true);
  });

  it.each([
    [{}, 400, /nodes/],
    [{ nodes: [] }, 400, /nodes is empty/],
    [{ nodes: ['阿克陶县'], hops: 4 }, 400, /hops/],
    [{ nodes: ['阿克陶县'], via: ['likes'] }, 400, /via/],
    [{ nodes: ['阿克陶县'], limit: -1 }, 400, /limit/],
    [{ nodes: ['没有这个地方县'] }, 404, /没有这个地方县/],
  ])('answers %j with %i', async (body, status, message) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });

  it('wants JSON', async () => {
    const res = await request(big.app).post('/api/neighborhood').set('content-type', 'text/plain').send('阿克陶县');
    expect(res.status).toBe(415);
  });
});

describe('GET /api/neighborhood', () => {
  it('gives one node’s neighbourhood', async () => {
    const res = await request(big.app).get('/api/neighborhood').query({ node: '阿克陶县', hops: '1', via: 'supports' });
    expect(res.status).toBe(200);
    const body = neighborhoodResponseSchema.parse(res.body);
    const supporters = graph.filterEdges('阿克陶县', (_e, a) => a.type === 'supports').map((e) => graph.opposite('阿克陶县', e));
    expect(new Set(body.graph.nodes.map((n) => n.key))).toEqual(new Set(['阿克陶县', ...supporters]));
  });

  it('rejects a missing node and bad hops', async () => {
    expect((await request(big.app).get('/api/neighborhood')).status).toBe(400);
    expect((await request(big.app).get('/api/neighborhood').query({ node: '阿克陶县', hops: 'x' })).status).toBe(400);
  });
});
