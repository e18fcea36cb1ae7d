// Worker thread: writes a full snapshot of the served graph (graph.json, graph.gexf,
// search-keys.json) as of a version, loading it from the folder itself, so the server's
// thread neither serialises the graph nor writes a 100 MB file after API adds. Answers with
// the node metrics it saved, which the server takes when its graph is still that version.
import { parentPort, workerData } from 'node:worker_threads';

import { graphMetrics, metricsToColumns } from '../graph/metrics.ts';
import type { MetricsColumns } from '../graph/metrics.ts';
import { writeGraphSnapshot } from './graph-folder.ts';
import { loadGraphAt } from './load-graph-at.ts';
import { lowerThreadPriority } from './lower-thread-priority.ts';
import { expectSearchKeys } from './search-keys-file.ts';

export interface SnapshotJob {
  graphDir: string;
  journalEntries: number;
}

export interface SnapshotDone {
  nodes: number;
  edges: number;
  metrics: MetricsColumns;
}

const job = workerData as SnapshotJob;
lowerThreadPriority();
try {
  const graph = await loadGraphAt(job.graphDir, job.journalEntries);
  // The folder's saved keys: only the new spellings' are computed (all of a 38k-node graph's take 9 s).
  expectSearchKeys(job.graphDir);
  await writeGraphSnapshot(graph, job.graphDir);
  // Computed for the snapshot's files already.
  const done: SnapshotDone = { nodes: graph.order, edges: graph.size, metrics: metricsToColumns(graphMetrics(graph)) };
  parentPort!.postMessage({ ok: true, ...done });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
