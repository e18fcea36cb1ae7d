// Time windows and figures over HTTP: since/until on paths, supporters and exports,
// GET /api/totals, dated articles posted, and figures in the node and export answers.
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { supportersResponseSchema, totalsResponseSchema } from '../../src/api/contract.ts';
import { timedGraph } from '../query/timed-graph.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp({}, timedGraph());
});
afterEach(() => t.cleanup());

describe('GET /api/supporters and /api/supported with a window', () => {
  it('answer from the evidence in the window', async () => {
    const all = await request(t.app).get('/api/supporters').query({ of: '于田县' });
    const since = await request(t.app).get('/api/supporters').query({ of: '于田县', since: '2020' });
    const until = await request(t.app).get('/api/supporters').query({ of: '策勒县', until: '2020' });
    expect(all.status).toBe(200);
    expect(supportersResponseSchema.parse(since.body).results.map((r) => [r.node, r.path.edges[0]!.evidence.map((e) => e.article)])).toEqual([
      ['天津市', ['c2025', 'd2025']],
    ]);
    expect(all.body.results[0].path.edges[0].evidence.map((e: { article: string }) => e.article)).toEqual(['a2019', 'c2025', 'd2025']);
    expect(until.body.results).toEqual([]);
    const supported = await request(t.app).get('/api/supported').query({ by: '天津', since: '2024', until: '2024' });
    expect(supported.body.results.filter((r: { direct: boolean }) => r.direct).map((r: { node: string }) => r.node).sort()).toEqual(['于田县', '策勒县']);
  });

  it('answer 400 with the reason for a bad window', async () => {
    const bad = await request(t.app).get('/api/supporters').query({ of: '于田县', since: 'last year' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/since/);
    const backwards = await request(t.app).get('/api/supporters').query({ of: '于田县', since: '2024', until: '2020' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error).toMatch(/since must not be after until/);
  });
});

describe('GET /api/path with a window', () => {
  it('follows only edges seen in the window', async () => {
    const all = await request(t.app).get('/api/path').query({ from: '北京市', to: '于田县', via: 'supports,located_in' });
    const since = await request(t.app).get('/api/path').query({ from: '北京市', to: '于田县', via: 'supports,located_in', since: '2020' });
    expect(all.body.paths.length).toBe(1);
    expect(since.status).toBe(200);
    expect(since.body.paths).toEqual([]);
  });
});

describe('GET /api/totals', () => {
  it('lists the figures with their evidence and what adds up', async () => {
    const res = await request(t.app).get('/api/totals').query({ of: '天津', until: '2024' });
    expect(res.status).toBe(200);
    const body = totalsResponseSchema.parse(res.body);
    expect(body.of).toBe('天津市');
    expect(body.window).toEqual({ until: '2024' });
    expect(body.facts.map((f) => [f.kind, f.asWritten, f.evidence.map((e) => e.article)])).toEqual([
      ['money', '12.6亿元', ['c2025', 'd2025']],
      ['money', '8800万元', ['b2024']],
      ['money', '5000万元', ['a2019']],
      ['projects', '86个', ['c2025']],
    ]);
    expect(body.summary.map((s) => [s.kind, s.total])).toEqual([
      ['money', 1_398_000_000],
      ['projects', 86],
    ]);
  });

  it('answers 404 for an unknown name and 400 without one', async () => {
    expect((await request(t.app).get('/api/totals').query({ of: '火星县' })).status).toBe(404);
    expect((await request(t.app).get('/api/totals')).status).toBe(400);
    expect((await request(t.app).post('/api/totals')).status).toBe(405);
  });
});

describe('POST /api/query', () => {
  it('answers Chinese questions with their window, and totals with notes', async () => {
    const res = await request(t.app).post('/api/query').send({ q: '2020年以来谁支援于田县' });
    expect(res.status).toBe(200);
    expect([res.body.kind, res.body.window, res.body.rows.map((r: { supporter: string }) => r.supporter)]).toEqual(['supporters', { since: '2020' }, ['天津市']]);
    const totals = await request(t.app).post('/api/query').send({ q: 'totals 天津' });
    expect(totals.body.notes[0]).toMatch(/^money given as aid \(4 figures\) — not added/);
  });
  it('answers 400 at the word for a bad time', async () => {
    const res = await request(t.app).post('/api/query').send({ q: 'who supports 于田县 since soon' });
    expect(res.status).toBe(400);
    expect(res.body.at).toEqual({ word: 'soon', start: 23, end: 27 });
  });
});

describe('figures and dates in node answers and exports', () => {
  it('GET /api/export?format=json carries firstSeen, lastSeen and amounts', async () => {
    const res = await request(t.app).get('/api/export').query({ format: 'json' });
    const edge = res.body.edges.find((e: { key: string }) => e.key === '天津市|supports|于田县');
    expect([edge.attributes.firstSeen, edge.attributes.lastSeen]).toEqual(['2019-01-01', '2025-08-01']);
    expect(edge.attributes.amounts.map((a: { asWritten: string }) => a.asWritten)).toEqual(['5000万元', '12.6亿元', '86个']);
    const node = res.body.nodes.find((n: { key: string }) => n.key === '策勒县');
    expect([node.attributes.firstSeen, node.attributes.lastSeen]).toEqual(['2023-01-01', '2024-03-01']);
  });

  it('GET /api/export with since/until exports the graph in that window', async () => {
    const res = await request(t.app).get('/api/export').query({ format: 'json', until: '2020' });
    const aid = res.body.edges.filter((e: { attributes: { type: string } }) => e.attributes.type === 'supports').map((e: { key: string }) => e.key);
    expect(aid.sort()).toEqual(['北京市|supports|和田市', '天津市|supports|于田县']);
    // Dated by what is in the window: 2019's article, not the later ones.
    const edge = res.body.edges.find((e: { key: string }) => e.key === '天津市|supports|于田县');
    expect([edge.attributes.firstSeen, edge.attributes.lastSeen, edge.attributes.evidence.length]).toEqual(['2019-01-01', '2019-05-10', 1]);
  });
});

describe('POST /api/articles with dates', () => {
  it('keeps a given date as YYYY-MM-DD, reads the dateline when none is given, and refuses a date that is none', async () => {
    const given = await request(t.app).post('/api/articles').send({ text: '广东省对口支援喀什地区。', date: '2024年3月8日' });
    expect(given.status).toBe(201);
    expect((await request(t.app).get(`/api/articles/${given.body.id}`)).body.date).toBe('2024-03-08');

    const text = '援疆动态\n2025-06-01 09:30  来源：南方日报\n  广东省对口支援喀什市，投入援疆资金3亿元。';
    const read = await request(t.app).post('/api/articles').send({ text });
    const article = (await request(t.app).get(`/api/articles/${read.body.id}`)).body;
    expect([article.date, article.source]).toEqual(['2025-06-01', '南方日报']);
    expect(t.graph.getEdgeAttribute('广东省|supports|喀什市', 'firstSeen')).toBe('2025-06-01');
    expect(t.graph.getEdgeAttribute('广东省|supports|喀什市', 'amounts')?.map((a) => a.value)).toEqual([300_000_000]);

    const bad = await request(t.app).post('/api/articles').send({ text: '广东省对口支援喀什市。', date: 'next Tuesday' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('date "next Tuesday" is not a date');
  });
});
