// Worker thread of a build: writes the <edge> elements of the GEXF to a scratch file, from the
// evidence file and edge lines stageCoreGraph staged, while the build's thread writes the rest.
import { parentPort, workerData } from 'node:worker_threads';

import { spill } from '../graph/store.ts';
import { gexfEdgeText, type GexfEdgePlan } from '../export/to-gexf.ts';
import { stagedEdges } from './core-graph-files.ts';

export interface GexfEdgesJob {
  /** The staging folder stageCoreGraph wrote into. */
  dir: string;
  /** The graph's node keys, in order. */
  nodes: string[];
  plan: GexfEdgePlan;
  /** The scratch file to write. */
  out: string;
}

const { dir, nodes, plan, out } = workerData as GexfEdgesJob;
try {
  await spill(
    out,
    (async function* () {
      for await (const entry of stagedEdges(dir, nodes)) yield gexfEdgeText(entry, plan);
    })(),
  );
  parentPort!.postMessage({ ok: true });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
