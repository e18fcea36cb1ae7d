// Headers on every answer, writes only from this machine's own pages, clean errors for bad bodies.
import { gzipSync } from 'node:zlib';

import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { HELMET_OPTIONS, securityHeaders } from '../../src/server/security-headers.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

const TEXT = '新华社乌鲁木齐电 天津市对口支援和田地区策勒县，援建策勒县第二中学。';
let t: TestApp;
afterEach(() => t?.cleanup());

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data: blob:;font-src 'self';connect-src 'self';" +
  "worker-src 'self' blob:;object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

describe('security headers', () => {
  it.each(['/api/stats', '/api/nowhere', '/'])('are on %s, with a CSP that allows only what the viewer needs', async (path) => {
    t = await testApp();
    const res = await request(t.app).get(path);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers).not.toHaveProperty('x-powered-by');
    expect(res.headers).not.toHaveProperty('strict-transport-security');
  });

  it('are exactly the ones helmet itself sets, recorded once rather than rebuilt per request', async () => {
    const headersFrom = async (middleware: express.RequestHandler) => {
      const app = express();
      app.use(middleware);
      app.get('/', (_req, res) => res.end('ok'));
      const { headers } = await request(app).get('/');
      delete headers.date;
      return headers;
    };
    const ours = await headersFrom(securityHeaders());
    expect(ours).toEqual(await headersFrom(helmet(HELMET_OPTIONS)));
    expect(ours).not.toHaveProperty('x-powered-by');
  });
});

describe('writes on a loopback server', () => {
  it.each(['127.0.0.1:3000', 'localhost:3000', '[::1]:3000', 'localhost', '127.0.0.2:8080'])('accept Host: %s', async (host) => {
    t = await testApp();
    const res = await request(t.app).post('/api/articles').set('Host', host).send({ text: TEXT });
    expect(res.status).toBe(201);
  });

  it.each(['attacker.example', 'attacker.example:3000', '127.0.0.1.attacker.example', 'localhost.attacker.example:3000', '', 'a b'])(
    'refuse Host: %j (DNS rebinding) with 403 and add nothing',
    async (host) => {
      t = await testApp();
      const res = await request(t.app).post('/api/articles').set('Host', host).send({ text: TEXT });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatch(/loopback Host/);
      expect(t.graph.hasNode('策勒县第二中学')).toBe(false);
    },
  );

  it('refuse a page of another origin, and accept the server’s own pages and clients that send no Origin', async () => {
    t = await testApp();
    const post = (origin?: string) => {
      const req = request(t.app).post('/api/articles').set('Host', 'localhost:3000');
      if (origin !== undefined) req.set('Origin', origin);
      return req.send({ text: `${TEXT}${origin ?? ''}` });
    };
    for (const origin of ['http://attacker.example', 'http://localhost:3001', 'https://localhost:3000', 'null']) {
      const res = await post(origin);
      expect(res.status, origin).toBe(403);
      expect(res.body.error).toContain(origin);
    }
    expect((await post('http://localhost:3000')).status).toBe(201);
    expect((await post()).status).toBe(201);
  });

  it('leave reads open whatever the Host', async () => {
    t = await testApp();
    expect((await request(t.app).get('/api/stats').set('Host', 'attacker.example')).status).toBe(200);
  });

  it('on a public address, the token decides, not the Host', async () => {
    t = await testApp({ host: '0.0.0.0', token: 'sesame-1234' });
    const res = await request(t.app).post('/api/articles').set('Host', 'kg.example.org').set('authorization', 'Bearer sesame-1234').send({ text: TEXT });
    expect(res.status).toBe(201);
  });
});

describe('compressed bodies', () => {
  // supertest re-encodes a Buffer sent as JSON, so these go over a real socket.
  async function postGzip(body: Buffer): Promise<{ status: number; body: Record<string, unknown> }> {
    t = await testApp();
    const server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/api/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: new Uint8Array(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    } finally {
      server.close();
    }
  }

  it('are read when they decompress', async () => {
    const res = await postGzip(gzipSync(JSON.stringify({ q: 'help' })));
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe('help');
  });

  it.each([
    ['not gzip at all', Buffer.from('{"q":"help"}')],
    ['cut short', gzipSync(JSON.stringify({ q: 'help' })).subarray(0, 12)],
  ])('answer 400 Malformed compressed body when %s', async (_what, body) => {
    const res = await postGzip(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Malformed compressed body');
    expect(JSON.stringify(res.body)).not.toMatch(/header check|zlib|Z_/);
  });
});
