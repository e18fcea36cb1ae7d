// The server on the built (36k-node) graph, in its own process as `npm start` runs it (plain
// Node on a bundle, scripts/bundle-server.ts): start time and RSS; /healthz latency while 4 full GEXF exports and 20 hard path queries
// run at once; a second GEXF export (from the cache); /api/path throughput.
import { fork } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import autocannon from 'autocannon';

import { bundleServer } from '../scripts/bundle-server.ts';
import { loadGraph } from '../src/graph/store.ts';
import { createRandom } from './random.ts';
import { median, percentile } from './stats.ts';

export interface ScaleResult {
  nodes: number;
  edges: number;
  /** From spawning the process to listening, and its RSS then and 2 s later. */
  startSeconds: number;
  startRssMb: number;
  settledRssMb: number;
  underLoad: {
    /** Probes that failed (connection dropped) count with the time they took. */
    healthz: { samples: number; failed: number; p50Ms: number; p99Ms: number; maxMs: number };
    gexfExports: { count: number; failed: number; seconds: number[]; bytes: number };
    hardPaths: { count: number; ok: number; busy: number; p99Ms: number; truncated: number };
    peakRssMb: number;
    /** The server's own event-loop delay over the load (perf_hooks.monitorEventLoopDelay). */
    eventLoopDelay: { p99Ms: number; maxMs: number };
  };
  /** A second GEXF export, as is and in brotli: first byte and whole body received. */
  secondExport: { identity: Download; br: Download };
  path: { requestsPerSec: number; p50Ms: number; p99Ms: number; non2xx: number; connections: number; durationSec: number };
}

export interface Download {
  status: number;
  encoding: string;
  bytes: number;
  firstByteMs: number;
  ms: number;
}

// /healthz probes, one at a time 10 ms apart, until told to stop; then their times. One probe
// first, untimed, before it says 'ready': a fresh thread's first fetch loads the HTTP client
// (100 ms on an idle machine, seconds with the load running), which is not the server's time.
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
const samples = [];
let failed = 0;
let running = true;
(async () => {
  await (await fetch(workerData.url + '/healthz')).arrayBuffer();
  parentPort.once('message', () => (running = false));
  parentPort.postMessage('ready');
  while (running) {
    const t = performance.now();
    try {
      const res = await fetch(workerData.url + '/healthz');
      await res.arrayBuffer();
      if (!res.ok) failed++;
    } catch {
      failed++;
    }
    samples.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  parentPort.postMessage({ healthz: samples, healthzFailed: failed });
})();
`;

// One GET in a thread of its own, its body counted as it arrives into one reused 1 MB buffer,
// as curl receives it. Node's http client allocates a 64 KB buffer per read: on a fresh thread
// the 1,800 reads of a 120 MB body set off collections of that thread's heap, and the figure
// measured the client (curl took 100-125 ms where http.get took 200-1,000 ms, same server).
const DOWNLOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const { connect } = require('node:net');
const url = new URL(workerData.url);
const t = performance.now();
let head = '';
let status = 0;
let encoding = 'identity';
let bytes = 0;
let firstByteMs = 0;
const socket = connect({
  host: url.hostname,
  port: Number(url.port),
  onread: {
    buffer: Buffer.allocUnsafe(1 << 20),
    callback(n, buffer) {
      if (status) return void (bytes += n);
      firstByteMs ||= performance.now() - t;
      head += buffer.latin1Slice(0, n);
      const end = head.indexOf('\\r\\n\\r\\n');
      if (end < 0) return;
      status = Number(head.slice(9, 12));
      encoding = /\\r\\ncontent-encoding: *([^\\r]*)/i.exec(head.slice(0, end))?.[1] ?? 'identity';
      bytes = head.length - end - 4;
    },
  },
});
socket.on('connect', () => socket.write('GET ' + url.pathname + url.search + ' HTTP/1.1\\r\\nHost: ' + url.host + '\\r\\nAccept-Encoding: ' + workerData.encoding + '\\r\\nConnection: close\\r\\n\\r\\n'));
socket.on('end', () => parentPort.postMessage({ status, encoding, bytes, firstByteMs, ms: performance.now() - t }));
socket.on('error', (error) => parentPort.postMessage({ error: String(error) }));
`;

async function downloadApart(url: string, encoding: 'identity' | 'br'): Promise<Download> {
  const worker = new Worker(DOWNLOADER, { eval: true, workerData: { url, encoding } });
  try {
    const got = await new Promise<Download | { error: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if ('error' in got) throw new Error(got.error);
    return got;
  } finally {
    await worker.terminate();
  }
}

const SERVE = fileURLToPath(new URL('./serve-graph.ts', import.meta.url));
const SERVE_BUNDLE = fileURLToPath(new URL('../dist/bench/serve-graph.mjs', import.meta.url));

export async function measureScale(options: { graphDir: string; connections: number; durationSec: number }): Promise<ScaleResult> {
  const graph = await loadGraph(options.graphDir);
  const scratch = mkdtempSync(join(tmpdir(), 'kg-bench-scale-'));
  // Bundled before the clock starts, as `npm start` bundles before it serves.
  await bundleServer(SERVE, SERVE_BUNDLE);
  const started = performance.now();
  const child = fork(SERVE_BUNDLE, [options.graphDir, join(scratch, 'web')], { execArgv: ['--enable-source-maps'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const ready = await answer<{ url: string; rssMb: number }>(child, 300_000);
    const startSeconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const settled = await ask(child);
    const { url } = ready;

    // Hubs: the best-connected nodes, where simple paths multiply.
    const hubs = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 40);
    const random = createRandom(17);
    const q = (s: string) => encodeURIComponent(s);
    const hard = Array.from({ length: 20 }, (_, i) => `/api/path?from=${q(hubs[i]!)}&to=${q(hubs[39 - i]!)}&mode=simple&max=6`);

    // The probes run on their own thread: on this one they would also wait for the bench's
    // own handling of the four 151 MB downloads, which is not the server's latency.
    const sampler = new Worker(SAMPLER, { eval: true, workerData: { url } });
    await new Promise((resolve, reject) => {
      sampler.once('message', resolve);
      sampler.once('error', reject);
    });
    await ask(child, 'loop-reset');
    const exportOnce = async () => {
      const t = performance.now();
      try {
        const got = await downloadApart(`${url}/api/export?format=gexf`, 'identity');
        return { seconds: (performance.now() - t) / 1000, bytes: got.status === 200 ? got.bytes : 0, ok: got.status === 200 };
      } catch {
        return { seconds: (performance.now() - t) / 1000, bytes: 0, ok: false };
      }
    };
    const pathOnce = async (path: string) => {
      const t = performance.now();
      try {
        const res = await fetch(`${url}${path}`);
        const text = await res.text();
        const truncated = res.ok && (JSON.parse(text) as { truncated?: boolean }).truncated === true;
        return { ms: performance.now() - t, status: res.status, truncated };
      } catch {
        // A connection dropped (the server's request deadline): counted as not answered.
        return { ms: performance.now() - t, status: 0, truncated: false };
      }
    };
    const [exports, paths] = await Promise.all([Promise.all(Array.from({ length: 4 }, exportOnce)), Promise.all(hard.map(pathOnce))]);
    const loaded = await ask(child);
    const { healthz, healthzFailed } = await new Promise<{ healthz: number[]; healthzFailed: number }>((resolve, reject) => {
      sampler.once('message', resolve);
      sampler.once('error', reject);
      sampler.postMessage('stop');
    });
    await sampler.terminate();

    const secondExport = {
      identity: await downloadApart(`${url}/api/export?format=gexf`, 'identity'),
      br: await downloadApart(`${url}/api/export?format=gexf`, 'br'),
    };

    const connected = graph.filterNodes((node) => graph.degree(node) > 0);
    const requests = Array.from({ length: 50 }, () => ({ method: 'GET' as const, path: `/api/path?from=${q(random.pick(connected))}&to=${q(random.pick(connected))}` }));
    const load = await autocannon({ url, connections: options.connections, duration: options.durationSec, workers: 1, requests });

    const ok = paths.filter((p) => p.status === 200);
    return {
      nodes: graph.order,
      edges: graph.size,
      startSeconds,
      startRssMb: ready.rssMb,
      settledRssMb: settled.rssMb,
      underLoad: {
        healthz: { samples: healthz.length, failed: healthzFailed, p50Ms: median(healthz), p99Ms: percentile(healthz, 99), maxMs: Math.max(...healthz) },
        gexfExports: { count: exports.length, failed: exports.filter((e) => !e.ok).length, seconds: exports.map((e) => e.seconds), bytes: Math.max(...exports.map((e) => e.bytes)) },
        hardPaths: {
          count: paths.length,
          ok: ok.length,
          busy: paths.filter((p) => p.status === 503).length,
          p99Ms: percentile(paths.map((p) => p.ms), 99),
          truncated: ok.filter((p) => p.truncated).length,
        },
        peakRssMb: loaded.peakRssMb,
        eventLoopDelay: { p99Ms: loaded.loopP99Ms, maxMs: loaded.loopMaxMs },
      },
      secondExport,
      path: {
        requestsPerSec: load.requests.average,
        p50Ms: load.latency.p50,
        p99Ms: load.latency.p99,
        non2xx: load.non2xx,
        connections: options.connections,
        durationSec: options.durationSec,
      },
    };
  } finally {
    child.kill('SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
  }
}

function answer<T>(child: ChildProcess, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message as T);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

interface Status {
  rssMb: number;
  peakRssMb: number;
  /** Event-loop delay since the last 'loop-reset'. */
  loopP99Ms: number;
  loopMaxMs: number;
}

function ask(child: ChildProcess, question: 'rss' | 'loop-reset' = 'rss'): Promise<Status> {
  const reply = answer<Status>(child, 30_000);
  child.send(question);
  return reply;
}
