import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphMetrics } from '../../src/graph/metrics.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.cleanup());

describe('GET /api/search', () => {
  it('completes names from Simplified, Traditional, pinyin and initials', async () => {
    for (const q of ['阿克陶县', '阿克陶縣', 'aketao', 'akt']) {
      const res = await request(t.app).get('/api/search').query({ q });
      expect(res.status, q).toBe(200);
      expect(res.body.results[0], q).toMatchObject({ node: '阿克陶县', label: '阿克陶县', type: 'county' });
    }
  });

  it('filters by type and limits', async () => {
    const res = await request(t.app).get('/api/search').query({ q: '阿克陶', type: 'hospital', limit: 1 });
    expect(res.body.results.map((r: { node: string }) => r.node)).toEqual(['阿克陶县人民医院']);
  });

  it.each([
    [{}, /q is required/],
    [{ q: '' }, /q is empty/],
    [{ q: 'x'.repeat(501) }, /longer than 500/],
    [{ q: '阿', type: 'planet' }, /type/],
    [{ q: '阿', limit: '1000' }, /limit/],
  ])('rejects %j with 400', async (query, message) => {
    const res = await request(t.app).get('/api/search').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('rejects a repeated parameter instead of guessing', async () => {
    const res = await request(t.app).get('/api/search?q=a&q=b');
    expect(res.status).toBe(400);
  });
});

describe('GET /api/nodes/:id', () => {
  it('gives attributes, neighbours by edge type and evidence with article ids', async () => {
    const res = await request(t.app).get(`/api/nodes/${encodeURIComponent('策勒县')}`);
    expect(res.status).toBe(200);
    expect(res.body.attributes.type).toBe('county');
    expect(res.body.neighbors.supports.in).toEqual([{ node: '天津市', label: '天津市', weight: 3 }]);
    expect(res.body.evidence[0]).toMatchObject({ article: 'a1', type: 'supports', sentence: expect.any(String) });
  });

  it('gives the node’s metrics, computed once per graph version', async () => {
    const res = await request(t.app).get(`/api/nodes/${encodeURIComponent('策勒县')}`);
    expect(res.body.metrics).toEqual(graphMetrics(t.graph).nodes.get('策勒县'));
    expect(res.body.metrics.degree).toBe(t.graph.degree('策勒县'));
    expect(graphMetrics(t.graph)).toBe(graphMetrics(t.graph));
  });

  it('resolves aliases and Traditional spellings', async () => {
    const res = await request(t.app).get(`/api/nodes/${encodeURIComponent('阿克陶縣人民醫院')}`);
    expect(res.body.id).toBe('阿克陶县人民医院');
  });

  it('answers 404 with suggestions for an unknown name, 409 with candidates for an ambiguous one', async () => {
    const unknown = await request(t.app).get(`/api/nodes/${encodeURIComponent('策勒县医院')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.suggestions).toContain('策勒县人民医院');
    t.graph.addNode('南昌大学第二附属医院', { ...t.graph.getNodeAttributes('南昌大学第一附属医院'), label: '南昌大学第二附属医院' });
    const ambiguous = await request(t.app).get(`/api/nodes/${encodeURIComponent('南昌大学')}`);
    expect(ambiguous.status).toBe(409);
    expect(ambiguous.body.candidates).toHaveLength(2);
    t.graph.dropNode('南昌大学第二附属医院');
  });
});

describe('GET /api/path', () => {
  it('returns paths with nodes and typed, directed edges with evidence', async () => {
    const res = await request(t.app).get('/api/path').query({ from: '天津', to: '策勒县第一小学', mode: 'shortest' });
    expect(res.status).toBe(200);
    expect(res.body.paths).toHaveLength(1);
    expect(res.body.paths[0].nodes).toEqual(['天津市', '策勒县', '策勒县第一小学']);
    expect(res.body.paths[0].edges[0]).toMatchObject({
      source: '天津市',
      target: '策勒县',
      type: 'supports',
      direction: 'forward',
      evidence: expect.arrayContaining([expect.objectContaining({ article: 'a1' })]),
    });
  });

  it('follows only the given edge types, in edge direction when asked', async () => {
    const res = await request(t.app)
      .get('/api/path')
      .query({ from: '江西省', to: '阿克陶县人民医院', via: 'supports,located_in', max: 3, mode: 'simple' });
    expect(res.body.paths.map((p: { nodes: string[] }) => p.nodes)).toEqual([
      ['江西省', '阿克陶县', '阿克陶县人民医院'],
      ['江西省', '南昌市', '南昌大学第一附属医院', '阿克陶县人民医院'],
    ]);
    const directed = await request(t.app).get('/api/path').query({ from: '江西省', to: '阿克陶县人民医院', directed: 'true' });
    expect(directed.body.paths).toEqual([]);
  });

  it('answers an empty list between disconnected entities', async () => {
    const res = await request(t.app).get('/api/path').query({ from: '天津市', to: '孤立镇', mode: 'simple' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ paths: [], truncated: false });
  });

  it.each([
    [{ from: '天津' }, 400, /to is required/],
    [{ from: '天津', to: '策勒县', max: '7' }, 400, /at most 6 hops/],
    [{ from: '天津', to: '策勒县', max: 'many' }, 400, /max/],
    [{ from: '天津', to: '策勒县', mode: 'longest' }, 400, /mode/],
    [{ from: '天津', to: '策勒县', via: 'supports,helps' }, 400, /via/],
    [{ from: '天津', to: '策勒县', directed: 'maybe' }, 400, /directed/],
    [{ from: '上海', to: '策勒县' }, 404, /上海/],
  ])('rejects %j', async (query, status, message) => {
    const res = await request(t.app).get('/api/path').query(query);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });
});

describe('GET /api/supporters and /api/supported', () => {
  it('lists supporters, direct first, each with its path', async () => {
    const res = await request(t.app).get('/api/supporters').query({ of: '阿克陶县人民医院' });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { node: string; direct: boolean }) => [r.node, r.direct])).toEqual([
      ['南昌大学第一附属医院', true],
      ['江西省', false],
      ['南昌市', false],
    ]);
    expect(res.body.results[1].path.nodes).toEqual(['江西省', '阿克陶县', '阿克陶县人民医院']);
  });

  it('answers which provinces support hospitals in an area, and which hospitals', async () => {
    const res = await request(t.app).get('/api/supporters').query({ of: '和田地区', ofType: 'hospital', type: 'province' });
    expect(res.body.results.map((r: { node: string; recipient: string }) => [r.node, r.recipient])).toEqual([
      ['北京市', '和田地区人民医院'],
      ['天津市', '策勒县人民医院'],
    ]);
  });

  it('lists what an entity supports', async () => {
    const res = await request(t.app).get('/api/supported').query({ by: '唐山' });
    expect(res.body.results).toMatchObject([{ node: '且末县', direct: true, supporter: '唐山市' }]);
  });

  it('rejects a missing or unknown name', async () => {
    expect((await request(t.app).get('/api/supporters')).status).toBe(400);
    expect((await request(t.app).get('/api/supported').query({ by: '火星' })).status).toBe(404);
  });
});

describe('GET /api/stats and /healthz', () => {
  it('counts nodes, edges and types', async () => {
    const res = await request(t.app).get('/api/stats');
    expect(res.body).toMatchObject({ nodes: t.graph.order, edges: t.graph.size });
    expect(res.body.nodeTypes.hospital).toBe(4);
    expect((await request(t.app).get('/healthz')).body).toMatchObject({ ok: true });
  });
});

describe('anything else', () => {
  it('answers unknown routes with JSON 404 and wrong methods with 405', async () => {
    const missing = await request(t.app).get('/api/nope');
    expect(missing.status).toBe(404);
    expect(missing.type).toBe('application/json');
    const wrong = await request(t.app).delete('/api/search?q=a');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('GET');
    expect(wrong.body.error).toMatch(/DELETE/);
    expect((await request(t.app).get('/api/query')).status).toBe(405);
  });

  it('says how to build the viewer when web/dist is missing', async () => {
    const res = await request(t.app).get('/');
    expect(res.type).toBe('application/json');
    expect(res.body.hint).toMatch(/build:web/);
  });
});
