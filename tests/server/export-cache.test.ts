import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { exportGraph } from '../../src/export/export-graph.ts';
import { graphRevision } from '../../src/graph/on-graph-change.ts';
import { saveGraph } from '../../src/graph/store.ts';
import { createArticleStore } from '../../src/pipeline/article-store.ts';
import type { ExportRequest } from '../../src/pipeline/export-files.ts';
import { writeGraphSnapshot } from '../../src/pipeline/graph-folder.ts';
import { createApp } from '../../src/server/create-app.ts';
import { createExportCache } from '../../src/server/export-cache.ts';
import type { CachedExport, ExportCache } from '../../src/server/export-cache.ts';
import { fixtureGraph } from '../export/graphs.ts';

/** The response as sent, bytes undecoded (supertest and fetch decode gzip and brotli themselves). */
async function rawGet(app: ReturnType<typeof createApp>, path: string, headers: Record<string, string>) {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const res = await new Promise<IncomingMessage>((resolve, reject) => get({ host: '127.0.0.1', port, path, headers }, resolve).on('error', reject));
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    return { headers: res.headers, body: Buffer.concat(chunks) };
  } finally {
    server.close();
  }
}

let caches: ExportCache[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(caches.map((c) => c.close()));
  caches = [];
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('GET /api/export from the cache', () => {
  it('answers the same version with the same ETag, and 304 to a client that holds it', async () => {
    const graph = fixtureGraph();
    const app = createApp({ graph, settings: { webDir: join(tmpdir(), 'no-viewer') } });
    const first = await request(app).get('/api/export').query({ format: 'gexf' });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.vary).toMatch(/Accept-Encoding/);
    const again = await request(app).get('/api/export').query({ format: 'gexf' });
    expect(again.headers.etag).toBe(first.headers.etag);
    const cached = await request(app).get('/api/export').query({ format: 'gexf' }).set('If-None-Match', first.headers.etag!);
    expect(cached.status).toBe(304);
    expect(cached.text ?? '').toBe('');
    // Another format or option is another export.
    const other = await request(app).get('/api/export').query({ format: 'gexf', version: '1.3' });
    expect(other.headers.etag).not.toBe(first.headers.etag);
  });

  it('sends brotli, gzip or the plain bytes as the client accepts, all the same export', async () => {
    const graph = fixtureGraph();
    const app = createApp({ graph, settings: { webDir: join(tmpdir(), 'no-viewer') } });
    const plain = exportGraph(graph, 'json').body;
    // The first answer does not wait for compression; the compressed copies follow.
    const first = await rawGet(app, '/api/export?format=json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(first.body.length).toBeGreaterThan(0);
    let br = first;
    for (let i = 0; i < 100 && br.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      br = await rawGet(app, '/api/export?format=json', { 'accept-encoding': 'gzip, deflate, br' });
    }
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(plain);
    const gz = await rawGet(app, '/api/export?format=json', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(plain);
    expect(gz.body.length).toBeLessThan(Buffer.byteLength(plain) / 2);
    const none = await rawGet(app, '/api/export?format=json', { 'accept-encoding': 'identity' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(Number(none.headers['content-length'])).toBe(Buffer.byteLength(plain));
    expect(none.body.toString('utf8')).toBe(plain);
  });

  it('sends an export from memory once its file has been read there, the same bytes', async () => {
    const graph = fixtureGraph();
    const cache = createExportCache({ graph, inlineMaxNodes: Number.POSITIVE_INFINITY, maxEntries: 4, memoryBytes: 1 << 20 });
    caches.push(cache);
    // The exports the router asked for, to find their files.
    const asked: CachedExport[] = [];
    const exports: ExportCache = { ...cache, get: async (request) => asked[asked.push(await cache.get(request)) - 1]! };
    const app = createApp({ graph, exports, settings: { webDir: join(tmpdir(), 'no-viewer') } });
    const first = await rawGet(app, '/api/export?format=gexf', { 'accept-encoding': 'identity' });
    const { files, bytes } = asked[0]!;
    for (let i = 0; i < 100 && !cache.kept(files.identity, bytes.identity); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    // The file gone, only the copy in memory can answer.
    await rm(files.identity);
    const again = await rawGet(app, '/api/export?format=gexf', { 'accept-encoding': 'identity' });
    expect(asked[1]).toBe(asked[0]);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(Number(again.headers['content-length'])).toBe(first.body.length);
    expect(again.body.equals(first.body)).toBe(true);
    expect(again.body.toString('utf8')).toBe(exportGraph(graph, 'gexf').body);
  });

  it('makes a new export once the graph changes', async () => {
    const graph = fixtureGraph();
    const app = createApp({ graph, settings: { webDir: join(tmpdir(), 'no-viewer') } });
    const before = await request(app).get('/api/export').query({ format: 'json' });
    graph.addNode('和田县', { ...graph.getNodeAttributes('阿克陶县'), label: '和田县', aliases: [] });
    const after = await request(app).get('/api/export').query({ format: 'json' });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.nodes).toHaveLength(before.body.nodes.length + 1);
  });
});

describe('createExportCache with a graph folder', () => {
  it('has a worker write the same export the graph in memory gives, API adds included', async () => {
    const graphDir = await mkdtemp(join(tmpdir(), 'kg-export-cache-'));
    dirs.push(graphDir);
    const graph = fixtureGraph();
    await saveGraph(graph, graphDir);
    let journalEntries = 0;
    const articles = createArticleStore({ graph, graphDir, onAdded: () => journalEntries++ });
    await articles.add({ text: '深圳市对口支援喀什地区疏附县，援建疏附县人民医院。' });
    expect(journalEntries).toBe(1);
    const cache = createExportCache({ graph, source: () => ({ graphDir, journalEntries }), inlineMaxNodes: 0, maxEntries: 4 });
    caches.push(cache);
    for (const [format, options] of [['gexf', { gexfVersion: '1.2' }], ['csv', { table: 'nodes' }]] as const) {
      const exported = await cache.get({ format, part: {}, options });
      expect(await readFile(exported.files.identity, 'utf8')).toBe(exportGraph(graph, format, {}, options).body);
      expect(gunzipSync(await readFile(exported.files.gzip!)).toString('utf8')).toBe(await readFile(exported.files.identity, 'utf8'));
      // Compressed on the worker's own (lowered-priority) thread, both before the answer.
      expect(brotliDecompressSync(await readFile(exported.files.br!)).toString('utf8')).toBe(await readFile(exported.files.identity, 'utf8'));
      expect(exported).toMatchObject({ nodes: graph.order, edges: graph.size });
    }
  });

  it("copies the folder's own GEXF at the version it was written from, and writes every other export", async () => {
    const graphDir = await mkdtemp(join(tmpdir(), 'kg-export-cache-'));
    dirs.push(graphDir);
    const graph = fixtureGraph();
    await writeGraphSnapshot(graph, graphDir);
    const folderGexf = join(graphDir, 'graph.gexf');
    // What makes the copy right: the folder's GEXF is the export of the graph it was written from.
    expect(await readFile(folderGexf, 'utf8')).toBe(exportGraph(graph, 'gexf').body);
    // A folder file no writer would give shows which answers are copies of it.
    const marked = `${exportGraph(graph, 'gexf').body}<!-- the folder's file -->`;
    await writeFile(folderGexf, marked);
    const written = await readFile(folderGexf, 'utf8');
    const at = graphRevision(graph);
    for (const inlineMaxNodes of [0, Number.POSITIVE_INFINITY]) {
      const cache = createExportCache({ graph, source: () => ({ graphDir, journalEntries: 0 }), folderVersion: () => at, inlineMaxNodes, maxEntries: 8 });
      caches.push(cache);
      const copy = await cache.get({ format: 'gexf', part: {}, options: {} });
      expect(await readFile(copy.files.identity, 'utf8')).toBe(written);
      expect(copy).toMatchObject({ nodes: graph.order, edges: graph.size, fileName: 'yuanjiang-graph.gexf', mediaType: expect.stringMatching(/xml/) });
      // The compressed copies follow the answer (from a worker when the graph is exported apart).
      for (let i = 0; i < 200 && !(copy.files.gzip && copy.files.br); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(gunzipSync(await readFile(copy.files.gzip!)).toString('utf8')).toBe(written);
      expect(brotliDecompressSync(await readFile(copy.files.br!)).toString('utf8')).toBe(written);
      expect(copy.bytes).toEqual({ identity: Buffer.byteLength(written), gzip: expect.any(Number), br: expect.any(Number) });
      // Other versions of GEXF, parts, windows and formats are written.
      const others: ExportRequest[] = [
        { format: 'gexf', part: {}, options: { gexfVersion: '1.3' } },
        { format: 'gexf', part: { nodeTypes: ['province'] }, options: {} },
        { format: 'gexf', part: {}, options: {}, window: { since: '2010' } },
        { format: 'graphml', part: {}, options: {} },
      ];
      for (const request of others) {
        const other = await cache.get(request);
        expect(await readFile(other.files.identity, 'utf8')).not.toContain("<!-- the folder's file -->");
      }
    }
    // At another version, the whole GEXF is written too.
    const stale = createExportCache({ graph, source: () => ({ graphDir, journalEntries: 0 }), folderVersion: () => at - 1, inlineMaxNodes: Number.POSITIVE_INFINITY, maxEntries: 4 });
    caches.push(stale);
    expect(await readFile((await stale.get({ format: 'gexf', part: {}, options: {} })).files.identity, 'utf8')).toBe(exportGraph(graph, 'gexf').body);
  });

  it('makes an export once however many ask for it at once', async () => {
    const graph = fixtureGraph();
    const cache = createExportCache({ graph, inlineMaxNodes: Number.POSITIVE_INFINITY, maxEntries: 4 });
    caches.push(cache);
    const request = { format: 'graphml' as const, part: {}, options: {} };
    const answers = await Promise.all([cache.get(request), cache.get(request), cache.get(request)]);
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1);
    expect(answers[0]).toBe(answers[2]);
  });
});
