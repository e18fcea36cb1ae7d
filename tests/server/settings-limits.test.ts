// The limits the API applies are the settings it was created with, read in one place.
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

let t: TestApp;
afterEach(() => t?.cleanup());

describe('createApp with its own limits', () => {
  it('bounds path hops by maxHops, in /api/path and in the console, with one rule', async () => {
    t = await testApp({ maxHops: 2, defaultHops: 2 });
    const path = await request(t.app).get('/api/path').query({ from: '天津', to: '策勒县第一小学', max: '3' });
    expect(path.status).toBe(400);
    expect(path.body.error).toBe('Invalid max: at most 2 hops');
    const ok = await request(t.app).get('/api/path').query({ from: '天津', to: '策勒县第一小学', max: '2' });
    expect(ok.status).toBe(200);
    expect(ok.body.paths.map((p: { nodes: string[] }) => p.nodes)).toContainEqual(['天津市', '策勒县', '策勒县第一小学']);

    const line = 'path 天津 -> 策勒县第一小学 max 3';
    const query = await request(t.app).post('/api/query').send({ q: line });
    expect(query.status).toBe(400);
    expect(query.body.error).toBe('max must be a whole number of hops from 1 to 2 (at most 2 hops)');
    expect(query.body.at).toEqual({ word: '3', start: line.length - 1, end: line.length });
  });

  it('caps console rows by maxRows and search hits by maxSearchLimit', async () => {
    t = await testApp({ maxRows: 2, searchLimit: 2, maxSearchLimit: 3 });
    const find = await request(t.app).post('/api/query').send({ q: 'find 县' });
    expect(find.body.rows).toHaveLength(2);
    expect(find.body.truncated).toBe(true);
    expect((await request(t.app).get('/api/search').query({ q: '阿' })).body.results).toHaveLength(2);
    const over = await request(t.app).get('/api/search').query({ q: '阿', limit: '4' });
    expect(over.status).toBe(400);
  });

  it('refuses settings that make no sense before it serves anything', async () => {
    await expect(testApp({ maxHops: 0 })).rejects.toThrow(/maxHops=0/);
  });
});
