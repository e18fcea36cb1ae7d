import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ bodyLimit: 10_000 });
});
afterAll(() => t.cleanup());

const ask = (q: unknown) => request(t.app).post('/api/query').send({ q });

describe('POST /api/query', () => {
  it('answers the console language with rows, paths and highlight', async () => {
    const res = await ask('path 天津 -> 策勒县第一小学');
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe('path');
    expect(res.body.rows[0].path).toBe('天津市 —supports→ 策勒县 ←located_in— 策勒县第一小学');
    expect(res.body.paths[0].edges[0]).toMatchObject({ source: '天津市', target: '策勒县', type: 'supports' });
    expect(res.body.highlight.nodes).toContain('策勒县');
    expect(res.body.highlight.edges).toContain('天津市|supports|策勒县');
  });

  it('answers which provinces support hospitals in 和田地区 in one line', async () => {
    const res = await ask('who supports hospitals in 和田地区 type province');
    expect(res.body.rows.map((r: { supporter: string; recipient: string }) => `${r.supporter}→${r.recipient}`)).toEqual([
      '北京市→和田地区人民医院',
      '天津市→策勒县人民医院',
    ]);
  });

  it('points at the wrong word', async () => {
    const res = await ask('path 天津 -> 策勒县 viaa supports');
    expect(res.status).toBe(400);
    expect(res.body.at).toEqual({ word: 'viaa', start: 15, end: 19 });
    expect(res.body.hint).toContain('^^^^');
  });

  it('gives an unknown name 404 with suggestions and its position', async () => {
    const res = await ask('who supports 策勒县医院');
    expect(res.status).toBe(404);
    expect(res.body.suggestions).toContain('策勒县人民医院');
    expect(res.body.at.word).toBe('策勒县医院');
  });

  it.each([
    ['an empty query', { q: '' }, 400, /empty/],
    ['a missing q', { query: 'help' }, 400, /q is required/],
    ['a q that is not a string', { q: 42 }, 400, /q/],
    ['a huge query', { q: `find ${'医'.repeat(2000)}` }, 400, /limit is 500/],
  ])('rejects %s', async (_what, body, status, message) => {
    const res = await request(t.app).post('/api/query').send(body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });

  it('rejects malformed JSON, non-JSON bodies and bodies over the limit', async () => {
    const malformed = await request(t.app).post('/api/query').set('content-type', 'application/json').send('{"q": "help"');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: 'Malformed JSON body', hint: expect.any(String) });
    const text = await request(t.app).post('/api/query').set('content-type', 'text/plain').send('help');
    expect(text.status).toBe(415);
    const array = await request(t.app).post('/api/query').send([1, 2]);
    expect(array.status).toBe(400);
    const big = await request(t.app).post('/api/query').send({ q: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    expect(big.type).toBe('application/json');
  });

  it('never answers with a stack trace or HTML', async () => {
    for (const res of [
      await request(t.app).post('/api/query').set('content-type', 'application/json').send('nope'),
      await request(t.app).get('/api/path?from=%E0%A4%A'),
      await request(t.app).get('/api/nodes/%E0%A4%A'),
    ]) {
      expect(res.type).toBe('application/json');
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|<html/i);
    }
  });
});
