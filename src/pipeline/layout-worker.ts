// Worker thread of a build: runs ForceAtlas2's iterations on the graph's matrices it is
// sent and hands the node matrix back, while the build's thread writes what does not
// depend on positions.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

import type { ForceAtlas2Settings } from '../graph/layout.ts';

export interface LayoutJob {
  settings: ForceAtlas2Settings;
  iterations: number;
  /** graphology-layout-forceatlas2's node and edge matrices (helpers.graphToByteArrays). */
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
}

// The library's own step, the one its synchronous layout runs: same matrices, same positions.
const iterate = createRequire(import.meta.url)('graphology-layout-forceatlas2/iterate.js') as (
  settings: ForceAtlas2Settings,
  nodes: Float32Array,
  edges: Float32Array,
) => void;

parentPort!.once('message', ({ settings, iterations, nodes, edges }: LayoutJob) => {
  for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
  parentPort!.postMessage(nodes, [nodes.buffer]);
});
