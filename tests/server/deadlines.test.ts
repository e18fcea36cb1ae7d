// The whole-request deadline holds on the real server: a client that stalls its headers or
// its body, or drips it, is answered 408 and cut off within the deadline, not a minute later.
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resolveSettings } from '../../src/config.ts';
import { saveGraph } from '../../src/graph/store.ts';
import { startServer } from '../../src/server/start-server.ts';
import type { RunningServer } from '../../src/server/start-server.ts';
import { tinyGraph } from '../query/tiny-graph.ts';

const REQUEST_MS = 1500;
const HEADERS_MS = 800;
// A hang guard, not a timing: under load the cut may come late, but Node's defaults (a check
// every 30 s, 300 s for a request) would keep the socket far longer.
const SLACK_MS = 6000;
let dir: string;
let running: RunningServer;
let port: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-deadline-'));
  await saveGraph(tinyGraph(), join(dir, 'graph'));
  const settings = resolveSettings({
    port: 0,
    graphDir: join(dir, 'graph'),
    articlesDir: join(dir, 'none'),
    webDir: join(dir, 'web'),
    requestTimeoutMs: REQUEST_MS,
    headersTimeoutMs: HEADERS_MS,
  });
  running = await startServer(settings, () => {});
  port = (running.server.address() as { port: number }).port;
});
afterAll(async () => {
  await running?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sends `chunks` (strings, or pauses in ms), then waits for the server to end the connection. */
function talk(chunks: Array<string | number>): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const started = performance.now();
    let answer = '';
    let open = true;
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (answer += data));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      open = false;
      resolve({ answer, ms: performance.now() - started });
    });
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after 15 s; got ${JSON.stringify(answer)}`));
    }, 15_000).unref();
    void (async () => {
      for (const chunk of chunks) {
        if (!open) return;
        if (typeof chunk === 'number') await new Promise((r) => setTimeout(r, chunk));
        else socket.write(chunk);
      }
    })();
  });
}

const HEAD = 'POST /api/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n';

describe('request deadlines', () => {
  it('answer 408 to a body that stalls, once the request deadline has passed', async () => {
    const { answer, ms } = await talk([HEAD, '{"q":']);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeGreaterThan(REQUEST_MS - 100);
    expect(ms).toBeLessThan(REQUEST_MS + SLACK_MS);
  });

  it('cut a body dripped a byte at a time at the same deadline', async () => {
    const drip = Array.from({ length: 40 }, () => [' ', 100]).flat();
    const { answer, ms } = await talk([HEAD, '{"q":', ...drip]);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(REQUEST_MS + SLACK_MS);
  });

  it('cut headers that never end at the headers deadline', async () => {
    const { answer, ms } = await talk(['GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n']);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(HEADERS_MS + SLACK_MS);
  });

  it('leave a prompt request alone', async () => {
    const body = '{"q":"help"}';
    const { answer } = await talk([`POST /api/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`]);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});
