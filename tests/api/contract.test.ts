// The server answers exactly the shapes the contract declares: each body parses with its
// schema and comes out unchanged (zod drops keys it does not know, so an undeclared key fails).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';

import {
  addedArticleResponseSchema,
  articleResponseSchema,
  errorResponseSchema,
  exportFileName,
  graphExportSchema,
  neighborhoodResponseSchema,
  nodeResponseSchema,
  overviewResponseSchema,
  pathResponseSchema,
  queryResponseSchema,
  requestSchemas,
  searchResponseSchema,
  statsResponseSchema,
  supportedResponseSchema,
  supportersResponseSchema,
} from '../../src/api/contract.ts';
import { DEFAULT_SETTINGS } from '../../src/config.ts';
import { testApp } from '../server/test-app.ts';
import type { TestApp } from '../server/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.cleanup());

function conforms(schema: z.ZodType, body: unknown): void {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(body);
}

const name = (text: string) => encodeURIComponent(text);

describe('responses follow the contract', () => {
  it.each([
    ['GET /api/search', () => request(t.app).get('/api/search').query({ q: 'akt' }), searchResponseSchema],
    ['GET /api/nodes/:id', () => request(t.app).get(`/api/nodes/${name('策勒县')}`), nodeResponseSchema],
    ['GET /api/path', () => request(t.app).get('/api/path').query({ from: '天津', to: '策勒县第一小学' }), pathResponseSchema],
    ['GET /api/supporters', () => request(t.app).get('/api/supporters').query({ of: '阿克陶县人民医院' }), supportersResponseSchema],
    ['GET /api/supported', () => request(t.app).get('/api/supported').query({ by: '天津' }), supportedResponseSchema],
    ['GET /api/stats', () => request(t.app).get('/api/stats'), statsResponseSchema],
    ['GET /api/export?format=json', () => request(t.app).get('/api/export').query({ format: 'json' }), graphExportSchema],
    ['GET /api/overview', () => request(t.app).get('/api/overview'), overviewResponseSchema],
    ['GET /api/overview?force=true', () => request(t.app).get('/api/overview').query({ force: 'true' }), overviewResponseSchema],
    ['GET /api/neighborhood', () => request(t.app).get('/api/neighborhood').query({ node: '天津' }), neighborhoodResponseSchema],
    [
      'POST /api/neighborhood',
      () => request(t.app).post('/api/neighborhood').send({ nodes: ['策勒县'], hops: 2, have: ['天津市'] }),
      neighborhoodResponseSchema,
    ],
  ] as const)('%s', async (_what, send, schema) => {
    const res = await send();
    expect(res.status).toBe(200);
    conforms(schema, res.body);
  });

  it.each([
    'path 天津 -> 策勒县第一小学',
    'who supports 阿克陶县人民医院',
    'what does 天津 support',
    'neighbors 江西省',
    'find hospital in 和田地区',
    'help',
  ])('POST /api/query %s', async (q) => {
    const res = await request(t.app).post('/api/query').send({ q });
    expect(res.status).toBe(200);
    conforms(queryResponseSchema, res.body);
  });

  it('POST /api/articles, then GET /api/articles/:id', async () => {
    const added = await request(t.app).post('/api/articles').send({ text: '深圳市对口支援喀什市。', title: '深圳援疆' });
    expect(added.status).toBe(201);
    conforms(addedArticleResponseSchema, added.body);
    const article = await request(t.app).get(`/api/articles/${added.body.id}`);
    conforms(articleResponseSchema, article.body);
    expect(article.body).toMatchObject({ text: '深圳市对口支援喀什市。', title: '深圳援疆' });
  });

  it.each([
    ['an unknown name', () => request(t.app).post('/api/query').send({ q: 'who supports 策勒县医院' }), 404],
    ['a wrong word', () => request(t.app).post('/api/query').send({ q: 'path 天津 -> 策勒县 viaa supports' }), 400],
    ['an ambiguous name', () => request(t.app).get(`/api/nodes/${name('天')}`), 409],
    ['a bad parameter', () => request(t.app).get('/api/search').query({ q: '阿', limit: 'x' }), 400],
    ['an unknown route', () => request(t.app).get('/api/nope'), 404],
  ] as const)('errors: %s', async (_what, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    conforms(errorResponseSchema, res.body);
  });
});

describe('requestSchemas', () => {
  const schemas = requestSchemas(DEFAULT_SETTINGS);

  it('parses query strings into typed values with defaults', () => {
    expect(schemas.path.parse({ from: ' 天津 ', to: '策勒县', via: 'supports, located_in', directed: '1' })).toEqual({
      from: '天津',
      to: '策勒县',
      via: ['supports', 'located_in'],
      mode: 'all-shortest',
      directed: true,
      limit: DEFAULT_SETTINGS.maxPaths,
      evidence: DEFAULT_SETTINGS.pathEvidence,
    });
    expect(schemas.export.parse({})).toEqual({ format: 'gexf', table: 'edges', version: '1.2' });
  });

  it('reads its limits from the settings it is given', () => {
    const tight = requestSchemas({ ...DEFAULT_SETTINGS, maxQueryLength: 5, maxHops: 2 });
    expect(tight.search.safeParse({ q: '阿克陶县人民医院' }).error?.issues[0].message).toBe('q is longer than 5 characters');
    expect(tight.path.safeParse({ from: 'a', to: 'b', max: '3' }).error?.issues[0].message).toBe('at most 2 hops');
  });
});

describe('exportFileName', () => {
  it('names whole and partial exports, one file per CSV table', () => {
    expect(exportFileName('gexf')).toBe('yuanjiang-graph.gexf');
    expect(exportFileName('graphml', { part: true })).toBe('yuanjiang-part.graphml');
    expect(exportFileName('csv', { table: 'nodes' })).toBe('yuanjiang-graph-nodes.csv');
  });
});
