import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from '../../src/config.ts';
import { createGraph, evidenceCountOf } from '../../src/graph/build.ts';
import { saveGraph } from '../../src/graph/store.ts';
import { postedArticleId as articleIdOf } from '../../src/pipeline/article-store.ts';
import { JOURNAL_FILE } from '../../src/pipeline/journal.ts';
import { loadServedGraph } from '../../src/pipeline/load-served-graph.ts';
import { createApp } from '../../src/server/create-app.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

const TEXT = '新华社乌鲁木齐电 天津市对口支援和田地区策勒县，援建策勒县第二中学。';
const noBuild = async () => {
  throw new Error('no build expected');
};

let t: TestApp;
afterEach(() => t?.cleanup());

describe('POST /api/articles', () => {
  it('extracts the article, merges it with its evidence, and serves it back', async () => {
    t = await testApp();
    const res = await request(t.app).post('/api/articles').send({ text: TEXT, title: '援建', date: '2024-05-01', source: 'test' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: articleIdOf(TEXT), created: true });
    expect(res.body.nodes).toContain('策勒县第二中学');

    expect(t.graph.hasNode('策勒县第二中学')).toBe(true);
    const evidence = t.graph.getEdgeAttribute('天津市|supports|策勒县', 'evidence');
    expect(evidence.map((e) => e.article)).toContain(res.body.id);

    const search = await request(t.app).get('/api/search').query({ q: '策勒县第二' });
    expect(search.body.results[0].node).toBe('策勒县第二中学');
    const article = await request(t.app).get(`/api/articles/${res.body.id}`);
    const { readings, ...asWritten } = article.body;
    expect(asWritten).toEqual({ id: res.body.id, text: TEXT, title: '援建', date: '2024-05-01', source: 'test' });
    // With the clean reading of each sentence, by its span in the text as written.
    expect(readings.length).toBeGreaterThan(0);
    for (const r of readings) expect(TEXT.slice(r.start, r.end).length).toBeGreaterThan(0);
  });

  it('adds the same text once', async () => {
    t = await testApp();
    expect((await request(t.app).post('/api/articles').send({ text: TEXT })).status).toBe(201);
    const again = await request(t.app).post('/api/articles').send({ text: TEXT });
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
  });

  it('loses nothing when posts arrive concurrently', async () => {
    t = await testApp();
    const texts = Array.from({ length: 12 }, (_, i) => `第${i + 1}批：天津市对口支援策勒县，援建策勒县第${i + 3}中学。`);
    const responses = await Promise.all(texts.map((text) => request(t.app).post('/api/articles').send({ text })));
    expect(responses.map((r) => r.status)).toEqual(texts.map(() => 201));

    const journal = (await readFile(join(t.graphDir, JOURNAL_FILE), 'utf8')).trim().split('\n');
    expect(journal).toHaveLength(12);
    const evidence = t.graph.getEdgeAttribute('天津市|supports|策勒县', 'evidence').map((e) => e.article);
    for (const text of texts) expect(evidence).toContain(articleIdOf(text));
  });

  it('keeps added articles across a restart', async () => {
    t = await testApp();
    await saveGraph(t.graph, t.graphDir);
    const posted = await request(t.app).post('/api/articles').send({ text: TEXT });

    const restarted = await loadServedGraph({ graphDir: t.graphDir, articlesDir: join(t.graphDir, 'none'), build: noBuild });
    expect(restarted.replayed).toBe(1);
    expect(restarted.graph.hasNode('策勒县第二中学')).toBe(true);
    const app = createApp({ graph: restarted.graph, settings: { graphDir: t.graphDir } });
    expect((await request(app).get('/api/path').query({ from: '天津', to: '策勒县第二中学' })).body.paths).toHaveLength(1);

    // The restart wrote a snapshot: the next one replays nothing and doubles nothing.
    const again = await loadServedGraph({ graphDir: t.graphDir, articlesDir: join(t.graphDir, 'none'), build: noBuild });
    expect(again.replayed).toBe(0);
    expect(again.graph.getNodeAttribute('策勒县第二中学', 'articles')).toEqual([posted.body.id]);
  });

  it('keeps a few sentences of one huge article per edge, and says how many there were', async () => {
    t = await testApp();
    // 2,700 distinct aid sentences, each also written a second time (the 200,000
    // characters gave 24,890 evidence items on one edge).
    const sentences = Array.from({ length: 2700 }, (_, i) => `天津市对口支援策勒县第${i + 1}批。`);
    const text = [...sentences, ...sentences].join('');
    const res = await request(t.app).post('/api/articles').send({ text });
    expect(res.status).toBe(201);

    const edge = t.graph.getEdgeAttributes('天津市|supports|策勒县');
    const fromPost = edge.evidence.filter((e) => e.article === res.body.id);
    expect(fromPost.map((e) => e.sentence)).toEqual(sentences.slice(0, DEFAULT_SETTINGS.maxEvidencePerArticle));
    expect(edge.evidenceOmitted).toEqual({ [res.body.id]: sentences.length - DEFAULT_SETTINGS.maxEvidencePerArticle });
    const evidenceCount = evidenceCountOf(edge);
    expect(evidenceCount).toBe(3 + sentences.length);

    // The journal line is the article and a compact extraction, not a copy per sentence.
    const line = (await readFile(join(t.graphDir, JOURNAL_FILE), 'utf8')).trim();
    expect(Buffer.byteLength(line)).toBeLessThan(Buffer.byteLength(text) + 20_000);
    const path = await request(t.app).get('/api/path').query({ from: '天津市', to: '策勒县', mode: 'shortest' });
    expect(path.body.paths[0].edges[0]).toMatchObject({ evidenceCount, weight: evidenceCount });
    // A path shows a few sentences, from as many articles as it can, and counts them all; more on asking.
    const shown = path.body.paths[0].edges[0].evidence as Array<{ article: string }>;
    expect(shown).toHaveLength(DEFAULT_SETTINGS.pathEvidence);
    expect(new Set(shown.map((e) => e.article)).size).toBe(Math.min(DEFAULT_SETTINGS.pathEvidence, new Set(edge.evidence.map((e) => e.article)).size));
    const more = await request(t.app).get('/api/path').query({ from: '天津市', to: '策勒县', mode: 'shortest', evidence: DEFAULT_SETTINGS.maxNodeEvidence });
    expect(more.body.paths[0].edges[0].evidence).toHaveLength(Math.min(edge.evidence.length, DEFAULT_SETTINGS.maxNodeEvidence));
    const tooMany = await request(t.app).get('/api/path').query({ from: '天津市', to: '策勒县', evidence: DEFAULT_SETTINGS.maxNodeEvidence + 1 });
    expect(tooMany.status).toBe(400);
    const node = await request(t.app).get(`/api/nodes/${encodeURIComponent('策勒县')}`);
    expect(node.body.evidenceTotal).toBeGreaterThanOrEqual(evidenceCount);
    expect(node.body.evidence.length).toBeLessThan(100);
  }, 120_000);

  it.each([
    ['no text', {}, /text is required/],
    ['empty text', { text: '   ' }, /text is empty/],
    ['text of the wrong type', { text: 12 }, /text/],
    ['an over-long title', { text: TEXT, title: 'x'.repeat(501) }, /title/],
  ])('rejects %s with 400', async (_what, body, message) => {
    t = await testApp();
    const res = await request(t.app).post('/api/articles').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(message);
  });

  it('rejects text over the article limit', async () => {
    t = await testApp({ maxArticleLength: 50 });
    const res = await request(t.app).post('/api/articles').send({ text: '天'.repeat(51) });
    expect(res.status).toBe(400);
  });

  it('needs the token when the server is not on loopback', async () => {
    t = await testApp({ host: '0.0.0.0', token: 'sesame-1234' });
    expect((await request(t.app).post('/api/articles').send({ text: TEXT })).status).toBe(401);
    const wrong = await request(t.app).post('/api/articles').set('authorization', 'Bearer nope').send({ text: TEXT });
    expect(wrong.status).toBe(401);
    const right = await request(t.app).post('/api/articles').set('authorization', 'Bearer sesame-1234').send({ text: TEXT });
    expect(right.status).toBe(201);
    // Reading stays open.
    expect((await request(t.app).get('/api/stats')).status).toBe(200);
  });

  it('refuses writes on a public address when no token is set', async () => {
    t = await testApp({ host: '0.0.0.0' });
    const res = await request(t.app).post('/api/articles').send({ text: TEXT });
    expect(res.status).toBe(401);
    expect(res.body.hint).toMatch(/KG_TOKEN/);
  });
});

describe('GET /api/articles/:id', () => {
  it('answers 404 for an unknown article and 400 for an id that is no id', async () => {
    t = await testApp();
    expect((await request(t.app).get('/api/articles/nope')).status).toBe(404);
    expect((await request(t.app).get(`/api/articles/${encodeURIComponent('../graph')}`)).status).toBe(400);
  });
});

describe('loadServedGraph', () => {
  it('builds when graph.json is missing, not when it is newer than the articles', async () => {
    t = await testApp();
    let builds = 0;
    const build = async (options: { outDir: string }) => {
      builds++;
      await saveGraph(createGraph(), options.outDir);
    };
    await loadServedGraph({ graphDir: t.graphDir, articlesDir: join(t.graphDir, 'none'), build });
    await loadServedGraph({ graphDir: t.graphDir, articlesDir: join(t.graphDir, 'none'), build });
    expect(builds).toBe(1);
  });
});
