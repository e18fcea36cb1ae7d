// The GEXF's edges, by far its biggest part, written on a worker thread from the files
// stageCoreGraph staged: the build's thread meanwhile writes graph.json and the nodes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { KgGraph } from '../graph/build.ts';
import { readSpilled } from '../graph/store.ts';
import { gexfEdgePlan, type GexfOptions } from '../export/to-gexf.ts';
import type { GexfEdgesJob } from './gexf-edges-worker.ts';
import { runInWorker } from './run-in-worker.ts';

const WORKER = new URL('./gexf-edges-worker.ts', import.meta.url);

/**
 * Starts writing the <edge> elements gexfSections gives for `graph` to `file`, reading the
 * edges stageCoreGraph staged with `spill` in `dir`; resolves once they are written, to their
 * bytes read once (and the file then removed), or to null when the graph has no edges to
 * write one by one. The staged edges must stay until then.
 */
export async function gexfEdgesInWorker(graph: KgGraph, dir: string, file: string, options: GexfOptions): Promise<AsyncIterable<Uint8Array> | null> {
  const plan = gexfEdgePlan(graph, options);
  if (!plan) return null;
  const out = join(dir, file);
  // Created here, so the staging folder lists it from the start, as it does this thread's
  // scratch files; at once, so the worker starts before this thread goes on to other work.
  writeFileSync(out, '');
  await runInWorker(WORKER, { dir, nodes: graph.nodes(), plan, out } satisfies GexfEdgesJob);
  return readSpilled(out);
}
