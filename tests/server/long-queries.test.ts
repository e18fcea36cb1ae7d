import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createGraph } from '../../src/graph/build.ts';
import { addEdge } from '../query/tiny-graph.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

// Complete graph on 40 nodes: simple paths of ≤ 6 hops without end, so every search runs to its budget.
function denseGraph() {
  const graph = createGraph();
  for (let i = 0; i < 40; i++)
    graph.addNode(`n${i}`, { label: `n${i}`, type: 'company', aliases: [], mentions: 1, articles: [], x: 0, y: 0, size: 1, color: '#000' });
  for (let i = 0; i < 40; i++) for (let j = i + 1; j < 40; j++) addEdge(graph, `n${i}`, 'partners_with', `n${j}`);
  return graph;
}

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ maxLongQueries: 1, pathTimeoutMs: 1500, maxPaths: 1_000_000 }, denseGraph());
});
afterAll(() => t.cleanup());

// On a quiet machine the 1.5 s budget finds paths enough for more than superagent's 200 MB default.
const hardPath = () =>
  request(t.app).get('/api/path').query({ from: 'n0', to: 'n1', mode: 'simple', max: '6', limit: '1000000' }).maxResponseSize(1_000_000_000);

/** Resolves once the server has given a long search its slot (a loaded machine may take a while). */
async function longSearchStarted(): Promise<void> {
  const active = t.app.locals.longQueriesActive as () => number;
  for (let waited = 0; active() === 0; waited += 5) {
    if (waited > 30_000) throw new Error('the long search never started');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('long searches', () => {
  it('answers /healthz while a long search runs, and refuses a second one with 503 and Retry-After', async () => {
    const first = hardPath().then((res) => res);
    await longSearchStarted();
    // Asked while the first search holds the only slot (its budget is 1.5 s of its own CPU time).
    const [refused, health] = await Promise.all([
      request(t.app).post('/api/query').send({ q: 'path n0 -> n2 mode simple max 6' }),
      request(t.app).get('/healthz'),
    ]);
    expect(health.status).toBe(200);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.error).toMatch(/long queries/);
    const answered = await first;
    expect(answered.status).toBe(200);
    expect(answered.body.paths.length).toBeGreaterThan(0);
  });

  it('answers a cheap query at once even when the long-query slots are full', async () => {
    const first = hardPath().then((res) => res);
    await longSearchStarted();
    const cheap = await request(t.app).get('/api/path').query({ from: 'n0', to: 'n3', mode: 'shortest' });
    expect(cheap.status).toBe(200);
    expect(cheap.body.paths[0].nodes).toEqual(['n0', 'n3']);
    expect((await first).status).toBe(200);
  });
});
