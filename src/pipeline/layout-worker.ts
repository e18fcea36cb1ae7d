// Worker thread of a build: runs ForceAtlas2's iterations on the graph's matrices it is
// sent and hands the node matrix back, while the build's thread writes what does not
// depend on positions.
import { parentPort } from 'node:worker_threads';

import { barnesHutIterate, barnesHutScratch } from '../graph/barnes-hut-iterate.ts';
import type { ForceAtlas2Settings } from '../graph/layout.ts';

export interface LayoutJob {
  settings: ForceAtlas2Settings;
  iterations: number;
  /** graphology-layout-forceatlas2's node and edge matrices (helpers.graphToByteArrays). */
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
}

// The library's step, or on big graphs the same step computed faster: same matrices, same positions.
parentPort!.once('message', ({ settings, iterations, nodes, edges }: LayoutJob) => {
  const scratch = barnesHutScratch();
  for (let i = 0; i < iterations; i++) barnesHutIterate(settings, nodes, edges, scratch);
  parentPort!.postMessage(nodes, [nodes.buffer]);
});
