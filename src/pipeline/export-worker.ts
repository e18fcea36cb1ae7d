// Worker thread: loads the served graph as of a version (graph.json plus the first
// `journalEntries` journal entries, as a server start replays them), writes one export's
// files and reports them. The server's thread never pays for the load or the writing.
import { parentPort, workerData } from 'node:worker_threads';

import { writeExportFiles } from './export-files.ts';
import type { ExportRequest } from './export-files.ts';
import { loadGraphAt } from './load-graph-at.ts';
import { lowerThreadPriority } from './lower-thread-priority.ts';

export interface ExportJob {
  graphDir: string;
  journalEntries: number;
  request: ExportRequest;
  base: string;
}

const job = workerData as ExportJob;
lowerThreadPriority();
try {
  const graph = await loadGraphAt(job.graphDir, job.journalEntries);
  parentPort!.postMessage({ ok: true, files: await writeExportFiles(graph, job.request, job.base, { blocking: true }) });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code });
}
