// The HTTP server under load: createApp on the seed graph, listening on 127.0.0.1 (an
// ephemeral port), with autocannon firing from a worker thread so the server keeps the
// main thread. Bounded in time; closes itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import autocannon from 'autocannon';

import { runBuild } from '../src/pipeline/run-build.ts';
import { createApp } from '../src/server/create-app.ts';
import { listenLoopback } from './listen.ts';
import { SEEDS_DIR } from './make-corpus.ts';
import { createRandom } from './random.ts';

export interface LoadResult {
  endpoint: string;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface ServerResult {
  nodes: number;
  edges: number;
  connections: number;
  durationSec: number;
  search: LoadResult;
  path: LoadResult;
}

async function load(url: string, paths: string[], connections: number, duration: number, endpoint: string): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration,
    workers: 1,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    endpoint,
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export async function measureServer(options: { connections: number; durationSec: number }): Promise<ServerResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'kg-bench-server-'));
  try {
    const { graph } = await runBuild({ articlesDir: SEEDS_DIR, outDir: join(scratch, 'graph') });
    const app = createApp({ graph, settings: { webDir: join(scratch, 'web') } });
    const server = await listenLoopback(app);
    try {
      const random = createRandom(5);
      const connected = graph.filterNodes((node) => graph.degree(node) > 0);
      const q = (s: string) => encodeURIComponent(s);
      const searches = Array.from({ length: 20 }, () => `/api/search?q=${q(random.pick(connected).slice(0, 2))}`);
      const paths = Array.from({ length: 20 }, () => `/api/path?from=${q(random.pick(connected))}&to=${q(random.pick(connected))}`);
      // A short warm-up so the JIT has seen both handlers.
      await load(server.url, [...searches, ...paths], 4, 1, 'warm-up');
      const search = await load(server.url, searches, options.connections, options.durationSec, '/api/search');
      const path = await load(server.url, paths, options.connections, options.durationSec, '/api/path');
      return { nodes: graph.order, edges: graph.size, connections: options.connections, durationSec: options.durationSec, search, path };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
