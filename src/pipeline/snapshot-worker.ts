// Worker thread: writes a full snapshot of the served graph (graph.json, graph.gexf,
// search-keys.json) as of a version, loading it from the folder itself, so the server's
// thread neither serialises the graph nor writes a 100 MB file after API adds.
import { parentPort, workerData } from 'node:worker_threads';

import { writeGraphSnapshot } from './graph-folder.ts';
import { loadGraphAt } from './load-graph-at.ts';
import { lowerThreadPriority } from './lower-thread-priority.ts';

export interface SnapshotJob {
  graphDir: string;
  journalEntries: number;
}

const job = workerData as SnapshotJob;
lowerThreadPriority();
try {
  const graph = await loadGraphAt(job.graphDir, job.journalEntries);
  await writeGraphSnapshot(graph, job.graphDir);
  parentPort!.postMessage({ ok: true, nodes: graph.order, edges: graph.size });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
