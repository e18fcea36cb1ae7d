// Worker thread: loads the served graph as of a version (graph.json plus the first
// `journalEntries` journal entries, as a server start replays them), writes one export's
// files and reports them. The server's thread never pays for the load or the writing.
import { parentPort, workerData } from 'node:worker_threads';

import { loadGraph } from '../graph/store.ts';
import { articleIdsOf } from './article-ids-of.ts';
import { writeExportFiles } from './export-files.ts';
import type { ExportRequest } from './export-files.ts';
import { readJournal } from './journal.ts';
import { mergePosted } from './merge-posted.ts';

export interface ExportJob {
  graphDir: string;
  journalEntries: number;
  request: ExportRequest;
  base: string;
}

const job = workerData as ExportJob;
try {
  const graph = await loadGraph(job.graphDir);
  const { entries } = await readJournal(job.graphDir);
  const present = articleIdsOf(graph);
  for (const entry of entries.slice(0, job.journalEntries)) {
    if (present.has(entry.article.id)) continue;
    mergePosted(graph, entry.extraction);
    present.add(entry.article.id);
  }
  parentPort!.postMessage({ ok: true, files: await writeExportFiles(graph, job.request, job.base) });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code });
}
