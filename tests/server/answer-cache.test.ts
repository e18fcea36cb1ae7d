import express from 'express';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { NotFoundError } from '../../src/errors.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { createAnswerCache } from '../../src/server/answer-cache.ts';
import { errorHandler } from '../../src/server/error-handler.ts';
import { securityHeaders } from '../../src/server/security-headers.ts';
import { addEdge, tinyGraph } from '../query/tiny-graph.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

const ANSWER = { from: '天津市', to: '策勒县', paths: [{ nodes: ['天津市', '策勒县'], note: '“援疆”<b>&"' }], truncated: false };

/** An app answering ANSWER through the cache at /cached (looked up first, as createApp does) and with res.json at /plain; counts the answers made. */
function appWithCache(graph: KgGraph, keep: (answer: typeof ANSWER) => boolean = () => true) {
  const made: string[] = [];
  const answers = createAnswerCache(graph, 1024 * 1024);
  const app = express();
  app.use(securityHeaders());
  app.use(answers.lookup);
  app.get(
    '/cached',
    answers.handler(async (req) => {
      made.push(req.originalUrl);
      if (req.query.missing) throw new NotFoundError('no such node');
      if (req.query.grow) graph.addNode(`新节点${made.length}`, { ...graph.getNodeAttributes('天津市'), label: `新节点${made.length}` });
      return ANSWER;
    }, keep),
  );
  app.get('/plain', (_req, res) => {
    res.json(ANSWER);
  });
  app.use(errorHandler);
  return { app, made };
}

/** The headers a client sees, without the clock. */
function headersOf(res: request.Response): Record<string, string> {
  const { date: _date, ...rest } = res.headers as Record<string, string>;
  return rest;
}

describe('createAnswerCache', () => {
  it('answers as res.json does: the same bytes, type, length, ETag and security headers; 304 for a held tag; HEAD', async () => {
    const { app } = appWithCache(tinyGraph());
    const plain = await request(app).get('/plain');
    for (let i = 0; i < 2; i++) {
      const cached = await request(app).get('/cached');
      expect(cached.status).toBe(200);
      expect(cached.text).toBe(plain.text);
      expect(headersOf(cached)).toEqual(headersOf(plain));
    }
    const held = await request(app).get('/cached').set('If-None-Match', plain.headers.etag!);
    const heldPlain = await request(app).get('/plain').set('If-None-Match', plain.headers.etag!);
    expect([held.status, held.text]).toEqual([304, '']);
    expect(headersOf(held)).toEqual(headersOf(heldPlain));
    const head = await request(app).head('/cached');
    expect(head.status).toBe(200);
    expect(headersOf(head)).toEqual(headersOf(await request(app).head('/plain')));
  });

  it('makes an answer once per URL and graph version', async () => {
    const graph = tinyGraph();
    const { app, made } = appWithCache(graph);
    await request(app).get('/cached?from=a');
    await request(app).get('/cached?from=a');
    await request(app).get('/cached?from=b');
    expect(made).toEqual(['/cached?from=a', '/cached?from=b']);
    // Only a GET or HEAD of the URL is answered from the cache.
    expect((await request(app).post('/cached?from=a').send({})).status).toBe(404);
    addEdge(graph, '天津市', 'supports', '和田地区');
    await request(app).get('/cached?from=a');
    await request(app).get('/cached?from=a');
    expect(made).toEqual(['/cached?from=a', '/cached?from=b', '/cached?from=a']);
  });

  it('keeps no answer that keep() refuses, no error, and none made while the graph changed', async () => {
    const graph = tinyGraph();
    const { app, made } = appWithCache(graph);
    for (let i = 0; i < 2; i++) expect((await request(app).get('/cached?missing=1')).status).toBe(404);
    for (let i = 0; i < 2; i++) expect((await request(app).get('/cached?grow=1')).status).toBe(200);
    expect(made).toEqual(['/cached?missing=1', '/cached?missing=1', '/cached?grow=1', '/cached?grow=1']);

    const refused = appWithCache(graph, () => false);
    for (let i = 0; i < 2; i++) await request(refused.app).get('/cached');
    expect(refused.made).toEqual(['/cached', '/cached']);
  });
});

describe('GET queries asked again', () => {
  let t: TestApp;
  afterEach(() => t.cleanup());

  it('gives the same answer as the first time, and a new one once an edge is added', async () => {
    t = await testApp();
    const ask = () => request(t.app).get('/api/path').query({ from: '河北省', to: '孤立镇', mode: 'shortest' });
    const first = await ask();
    expect([first.status, first.body.paths]).toEqual([200, []]);
    const again = await ask();
    expect([again.text, again.headers.etag]).toEqual([first.text, first.headers.etag]);

    addEdge(t.graph, '河北省', 'supports', '孤立镇');
    const after = await ask();
    expect(after.body.paths.map((p: { nodes: string[] }) => p.nodes)).toEqual([['河北省', '孤立镇']]);
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });

  it('search and supporters: the same answer again, and a new one once the graph changes', async () => {
    t = await testApp();
    const search = () => request(t.app).get('/api/search').query({ q: '孤立' });
    const supporters = () => request(t.app).get('/api/supporters').query({ of: '孤立镇' });
    const [firstSearch, firstSupporters] = [await search(), await supporters()];
    expect(firstSearch.body.results.map((r: { node: string }) => r.node)).toEqual(['孤立镇']);
    expect(firstSupporters.body).toEqual({ results: [], truncated: false });
    expect((await search()).text).toBe(firstSearch.text);
    expect((await supporters()).text).toBe(firstSupporters.text);

    t.graph.addNode('孤立村', { ...t.graph.getNodeAttributes('孤立镇'), label: '孤立村' });
    addEdge(t.graph, '河北省', 'supports', '孤立镇');
    expect((await search()).body.results.map((r: { node: string }) => r.node).sort()).toEqual(['孤立村', '孤立镇']);
    expect((await supporters()).body.results.map((r: { node: string }) => r.node)).toEqual(['河北省']);
  });
});

describe('many apps on one graph', () => {
  it('add no listeners per app: each app still sees a change to the graph', async () => {
    const graph = tinyGraph();
    const events = ['nodeAdded', 'edgeAdded', 'edgeAttributesUpdated', 'cleared'] as const;
    const ask = (t: TestApp) => request(t.app).get('/api/path').query({ from: '河北省', to: '孤立镇', mode: 'shortest' });
    const apps = [await testApp({}, graph)];
    try {
      // The graph's own caches (metrics, the name index) start listening on first use.
      expect((await ask(apps[0]!)).body.paths).toEqual([]);
      const withOne = events.map((event) => graph.listenerCount(event));
      apps.push(...(await Promise.all(Array.from({ length: 11 }, () => testApp({}, graph)))));
      for (const t of apps) expect((await ask(t)).body.paths).toEqual([]);
      expect(events.map((event) => graph.listenerCount(event))).toEqual(withOne);
      addEdge(graph, '河北省', 'supports', '孤立镇');
      for (const t of apps) expect((await ask(t)).body.paths.map((p: { nodes: string[] }) => p.nodes)).toEqual([['河北省', '孤立镇']]);
    } finally {
      await Promise.all(apps.map((t) => t.cleanup()));
    }
  });
});
