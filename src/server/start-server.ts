// Loads (or builds) the graph, listens, and closes cleanly: pending article adds
// finish and the graph is snapshotted before the process ends.
import { createServer } from 'node:http';
import type { Server } from 'node:http';

import { isLoopbackHost } from '../config.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { metricsFromColumns, rememberMetrics } from '../graph/metrics.ts';
import { graphRevision } from '../graph/on-graph-change.ts';
import { createArticleStore } from '../pipeline/article-store.ts';
import { writeGraphSnapshot } from '../pipeline/graph-folder.ts';
import { loadServedGraph } from '../pipeline/load-served-graph.ts';
import { createApp } from './create-app.ts';
import { createExportCache } from './export-cache.ts';
import { runInWorker } from '../pipeline/run-in-worker.ts';
import { readSearchKeysSoon } from '../pipeline/search-keys-file.ts';
import type { SnapshotDone } from '../pipeline/snapshot-worker.ts';

export interface RunningServer {
  url: string;
  server: Server;
  /** The graph served, which API adds change. */
  graph: KgGraph;
  close(): Promise<void>;
}

export async function startServer(settings: Settings, log: (line: string) => void = console.log): Promise<RunningServer> {
  const served = await loadServedGraph({ graphDir: settings.graphDir, articlesDir: settings.articlesDir, log });
  const { graph } = served;
  log(`graph: ${graph.order} nodes, ${graph.size} edges${served.replayed ? `, ${served.replayed} API-added article(s) replayed` : ''}`);

  // The graph version the folder's own exports were written from: copied, not written again, at that version.
  let folderVersion = served.filesCurrent ? graphRevision(graph) : undefined;
  let unsaved = 0;
  // Journal entries merged into the served graph: a worker loading the folder replays as many.
  let journalEntries = served.journalIds.length;
  const articles = createArticleStore({
    graph,
    graphDir: settings.graphDir,
    known: served.journalIds,
    graphArticleIds: served.articleIds,
    maxEvidencePerArticle: settings.maxEvidencePerArticle,
    onAdded: () => {
      unsaved++;
      journalEntries++;
      snapshots.soon();
    },
  });
  // After adds, a worker rewrites graph.json from the folder and the journal, so the next
  // start replays nothing; the server's thread only counts.
  const snapshots = snapshotScheduler(settings.snapshotDelayMs, async () => {
    const at = journalEntries;
    const adds = unsaved;
    // The graph's revision, so the snapshot knows whether its graph is still this one.
    const before = graphRevision(graph);
    const done = await runInWorker<SnapshotDone>(SNAPSHOT_WORKER, { graphDir: settings.graphDir, journalEntries: at });
    unsaved -= adds;
    // Nothing added since: the worker's metrics and files are this graph's, and no request computes them here.
    if (graphRevision(graph) === before) {
      rememberMetrics(graph, metricsFromColumns(done.metrics));
      folderVersion = before;
    }
    log(`snapshot: graph.json now holds the ${at} API-added article(s)`);
  });
  const exports = createExportCache({
    graph,
    source: () => ({ graphDir: settings.graphDir, journalEntries }),
    folderVersion: () => folderVersion,
    inlineMaxNodes: settings.exportInlineMaxNodes,
    maxEntries: settings.maxCachedExports,
    memoryBytes: settings.exportMemoryBytes,
  });
  // The name keys are read once listening; the name index waits for them.
  let readKeys!: (read: Promise<unknown>) => void;
  const searchKeys = new Promise<unknown>((resolve) => (readKeys = resolve));
  const app = createApp({ graph, articles, settings, exports, searchKeys });

  // The whole request (headers and body) must arrive within requestTimeoutMs. Node checks
  // the deadlines every connectionsCheckingInterval (30 s by default, which let a stalled
  // body hang on for a minute more): check often enough to keep them.
  const server = createServer(
    {
      requestTimeout: settings.requestTimeoutMs,
      headersTimeout: settings.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(settings.headersTimeoutMs / 4))),
    },
    app,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  readKeys(readSearchKeysSoon(settings.graphDir, settings.cpuSliceMs));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const url = `http://${host}:${port}`;
  if (!isLoopbackHost(settings.host) && !settings.token) log('note: not on loopback and KG_TOKEN is unset, so POST /api/articles is disabled');

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await articles.idle();
      await exports.close();
      await snapshots.stop();
      // Adds are safe in the journal already; the snapshot only spares the next start a replay.
      if (unsaved) await writeGraphSnapshot(graph, settings.graphDir);
    })());
  return { url, server, graph, close };
}

const SNAPSHOT_WORKER = new URL('../pipeline/snapshot-worker.ts', import.meta.url);

/** Runs `snapshot` `delayMs` after the last call of `soon`, one at a time; a failure is logged and retried on the next add. */
function snapshotScheduler(delayMs: number, snapshot: () => Promise<void>) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): void => {
    timer = undefined;
    if (running) {
      again = true;
      return;
    }
    running = snapshot()
      .catch((error: unknown) => console.error(`snapshot failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          soon();
        }
      });
  };
  const soon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
    timer.unref();
  };
  return {
    soon,
    async stop(): Promise<void> {
      clearTimeout(timer);
      again = false;
      await running;
    },
  };
}
