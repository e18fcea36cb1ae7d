// Worker thread: loads the served graph as of a version (graph.json plus the first
// `journalEntries` journal entries, as a server start replays them), writes one export's
// files and reports them; or compresses an export whose body is written already (a copy of
// the graph folder's own file). The server's thread never pays for the load, the writing or
// the compression.
import { parentPort, workerData } from 'node:worker_threads';

import { addCompressedFiles, writeExportFiles } from './export-files.ts';
import type { ExportFiles, ExportRequest } from './export-files.ts';
import { loadGraphAt } from './load-graph-at.ts';
import { lowerThreadPriority } from './lower-thread-priority.ts';

export type ExportJob = { graphDir: string; journalEntries: number; request: ExportRequest; base: string } | { compress: ExportFiles };

const job = workerData as ExportJob;
lowerThreadPriority();
try {
  let files: ExportFiles;
  if ('compress' in job) {
    files = job.compress;
    await addCompressedFiles(files, { blocking: true });
  } else {
    const graph = await loadGraphAt(job.graphDir, job.journalEntries);
    files = await writeExportFiles(graph, job.request, job.base, { blocking: true });
  }
  parentPort!.postMessage({ ok: true, files });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code });
}
