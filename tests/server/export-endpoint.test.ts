import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { nodeMetrics } from '../../src/graph/metrics.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.cleanup());

const text = (res: request.Response): string => (typeof res.text === 'string' && res.text ? res.text : res.body.toString('utf8'));
const exportOf = (query: Record<string, string>) =>
  request(t.app)
    .get('/api/export')
    .query(query)
    .buffer(true)
    .parse((res, done) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (data += chunk));
      res.on('end', () => done(null, data));
    });

describe('GET /api/export', () => {
  it('writes GEXF 1.2draft by default and 1.3 on request', async () => {
    expect((await exportOf({ format: 'gexf' })).body).toMatch(/<gexf version="1.2" xmlns="http:\/\/www.gexf.net\/1.2draft"/);
    expect((await exportOf({ format: 'gexf', version: '1.3' })).body).toMatch(/<gexf version="1.3"/);
    const bad = await request(t.app).get('/api/export').query({ format: 'gexf', version: '2.0' });
    expect(bad.status).toBe(400);
  });

  it('writes GEXF 1.3 that graphology reads back whole', async () => {
    const res = await exportOf({ format: 'gexf', version: '1.3' });
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/gexf+xml');
    expect(res.headers['content-disposition']).toMatch(/graph\.gexf/);
    const back = parse(MultiDirectedGraph, res.body as string);
    expect(back.order).toBe(t.graph.order);
    expect(back.size).toBe(t.graph.size);
  });

  const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  it.runIf(python.status === 0)('writes GEXF that networkx reads', async () => {
    const res = await exportOf({ format: 'gexf' });
    const file = join(t.graphDir, 'export.gexf');
    await writeFile(file, res.body as string);
    const script = 'import sys, networkx as nx; g = nx.read_gexf(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())';
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(`${t.graph.order} ${t.graph.size}`);
  });

  it('writes graphology JSON that the viewer loads', async () => {
    const res = await request(t.app).get('/api/export').query({ format: 'json' });
    expect(res.type).toBe('application/json');
    expect(res.body.nodes).toHaveLength(t.graph.order);
    expect(res.body.edges[0]).toHaveProperty('key');
  });

  it('writes GraphML and CSV', async () => {
    const graphml = await exportOf({ format: 'graphml' });
    expect(graphml.status).toBe(200);
    expect(graphml.type).toBe('application/graphml+xml');
    expect(text(graphml)).toContain('graphml');
    const edges = await exportOf({ format: 'csv' });
    expect(edges.type).toBe('text/csv');
    expect(text(edges).split('\r\n')[0]).toMatch(/^id,source,target,relation/);
    expect(text(edges)).toContain('天津市|supports|策勒县');
    const nodes = await exportOf({ format: 'csv', table: 'nodes' });
    expect(nodes.headers['content-disposition']).toMatch(/nodes\.csv/);
    expect(text(nodes).split('\r\n')).toHaveLength(t.graph.order + 2);
  });

  it('carries the node metrics of the whole graph, in a part too', async () => {
    const whole = await request(t.app).get('/api/export').query({ format: 'json' });
    const part = await request(t.app).get('/api/export').query({ format: 'json', types: 'county' });
    const metricsOf = (body: { nodes: Array<{ key: string; attributes: Record<string, unknown> }> }, key: string) => {
      const { degree, pagerank, betweenness, community } = body.nodes.find((n) => n.key === key)!.attributes;
      return { degree, pagerank, betweenness, community };
    };
    expect(metricsOf(whole.body, '策勒县')).toEqual(nodeMetrics(t.graph, '策勒县'));
    expect(metricsOf(part.body, '策勒县')).toEqual(nodeMetrics(t.graph, '策勒县'));
    expect(nodeMetrics(t.graph, '策勒县').degree).toBe(t.graph.degree('策勒县'));
    const gexf = await exportOf({ format: 'gexf', types: 'county' });
    expect(text(gexf)).toMatch(/title="betweenness" type="double"/);
  });

  it('exports the part of the graph with some node types', async () => {
    const res = await request(t.app).get('/api/export').query({ format: 'json', types: 'province,county' });
    const types = new Set(res.body.nodes.map((n: { attributes: { type: string } }) => n.attributes.type));
    expect([...types].sort()).toEqual(['county', 'province']);
  });

  it('exports the part of the graph a console query highlights', async () => {
    const res = await request(t.app).get('/api/export').query({ format: 'json', q: 'path 天津 -> 策勒县第一小学 mode shortest' });
    expect(res.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['天津市', '策勒县', '策勒县第一小学'].sort());
  });

  it.each([
    [{ format: 'pdf' }, /format/],
    [{ format: 'json', types: 'planet' }, /types/],
    [{ format: 'json', q: 'path 天津 ->' }, /Expected/],
  ])('rejects %j with 400', async (query, message) => {
    const res = await request(t.app).get('/api/export').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });
});

describe('POST /api/export', () => {
  const post = (body: unknown) =>
    request(t.app)
      .post('/api/export')
      .send(body as object)
      .buffer(true)
      .parse((res, done) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (data += chunk));
        res.on('end', () => done(null, data));
      });

  it('writes the given nodes and edge types as GEXF, named as a part', async () => {
    const res = await post({ format: 'gexf', nodes: ['天津市', '策勒县', '策勒县第一小学', '和田地区'], edges: ['supports'] });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/yuanjiang-part\.gexf/);
    const back = parse(MultiDirectedGraph, res.body as string);
    expect(back.nodes().sort()).toEqual(['和田地区', '天津市', '策勒县', '策勒县第一小学'].sort());
    // located_in edges between these nodes are left out with their type.
    expect(back.edges()).toEqual(['天津市|supports|策勒县']);
    expect(back.getNodeAttribute('天津市', 'type')).toBe('province');
    expect(back.getEdgeAttribute('天津市|supports|策勒县', 'evidence')).toContain('"article":"a1"');
  });

  it('names the whole graph yuanjiang-graph.gexf, as the viewer’s link promises', async () => {
    const res = await post({ format: 'gexf' });
    expect(res.headers['content-disposition']).toBe('attachment; filename=yuanjiang-graph.gexf');
  });

  it.each([
    [{ format: 'gexf', nodes: ['火星'] }, 404, /火星/],
    [{ format: 'gexf', nodes: [] }, 400, /nodes is empty/],
    [{ format: 'gexf', edges: ['helps'] }, 400, /edges/],
    [{ format: 'pdf' }, 400, /format/],
  ])('rejects %j', async (body, status, message) => {
    const res = await request(t.app).post('/api/export').send(body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });
});
