// Simple paths up to a hop limit, shortest first, with a result cap and a time budget.
// graphology-simple-path's allSimplePaths cannot prune, so through a hub with thousands
// of neighbours it explores every partial path until the budget runs out. Here a
// breadth-first search from the target gives each nearby node's distance to it, and a
// partial path is cut as soon as its length plus that distance exceeds the limit: past
// the first hops every step leads to an answer, so the work follows the number of paths
// returned rather than the size of the neighbourhood. Both walks run on the view's integer
// index (indexed-view.ts) with typed arrays reused between searches: on the 36k-node bench
// graph, twenty hub-to-hub searches of six hops took a twelfth of the time they took on
// string-keyed Maps, and random shortest-path queries half.
import type { CpuBudget, Steps } from './cpu-budget.ts';
import { type IndexedView, indexedViewSteps } from './indexed-view.ts';
import type { TraversalView } from './traversal-view.ts';

export interface PathBounds {
  /** Shortest length looked for; paths are enumerated one length at a time from here. */
  minDepth: number;
  maxDepth: number;
  maxPaths: number;
  /** Exploration stops once this is exhausted. */
  budget: CpuBudget;
}

export interface BoundedPaths {
  /** Paths passed to `onPath`. */
  found: number;
  /** True when more paths exist than `maxPaths` or the budget cut the enumeration short. */
  truncated: boolean;
}

// Pausing costs more than a step; pause every so many steps.
const STEPS_PER_PAUSE = 512;

/**
 * Yields to its driver every few hundred steps and after each path, and calls `onPath` with each simple path from
 * `source` to `target` of `minDepth` to `maxDepth` hops (as node keys), all paths of one
 * length before the next, at most `maxPaths` of them. `onPath` runs inside the budget, so
 * its own work counts. Depth-first with an explicit stack, so it can pause anywhere; nodes
 * are walked by their index in the view (indexed-view.ts).
 */
export function* boundedSimplePaths(
  view: TraversalView,
  source: string,
  target: string,
  bounds: PathBounds,
  onPath: (nodes: string[]) => void,
): Steps<BoundedPaths> {
  if (source === target || bounds.maxDepth < 1) return { found: 0, truncated: false };
  const graph = yield* indexedViewSteps(view);
  const from = graph.indexOf.get(source);
  const to = graph.indexOf.get(target);
  if (from === undefined || to === undefined) return { found: 0, truncated: false };
  const { outStart, out } = graph;
  // A ball of radius maxDepth − 1 around a hub is most of the graph; half of it costs
  // little, and a node outside it is at least radius + 1 hops away.
  const radius = Math.max(1, Math.ceil(bounds.maxDepth / 2));
  const scratch = takeScratch(graph);
  // The current path as a stack of frames: its node, and the next and end of its neighbours in `out`.
  const pathNode = new Int32Array(bounds.maxDepth + 1);
  const nextAt = new Int32Array(bounds.maxDepth + 1);
  const endAt = new Int32Array(bounds.maxDepth + 1);
  let depth = -1;
  try {
    // Around a hub the rings are most of the graph: they are walked with pauses too.
    yield* distancesTo(graph, scratch, to, radius);
    if (bounds.budget.exhausted) return { found: 0, truncated: true };
    const { seen, onStack } = scratch;
    const far = radius + 1;
    const push = (node: number): void => {
      pathNode[++depth] = node;
      nextAt[depth] = outStart[node]!;
      endAt[depth] = outStart[node + 1]!;
      onStack[node] = 1;
    };

    let found = 0;
    let steps = 0;
    for (let length = Math.max(1, bounds.minDepth); length <= bounds.maxDepth; length++) {
      if (bounds.budget.exhausted) return { found, truncated: true };
      push(from);
      while (depth >= 0) {
        if (nextAt[depth] === endAt[depth]) {
          onStack[pathNode[depth--]!] = 0;
          continue;
        }
        const next = out[nextAt[depth]++]!;
        if (++steps % STEPS_PER_PAUSE === 0) {
          yield;
          if (bounds.budget.exhausted) return { found, truncated: true };
        }
        const toTarget = seen[next] ? seen[next]! - 1 : far;
        if (depth + 1 + toTarget > length) continue;
        if (next === to) {
          // The target ends a path; shorter paths were listed in an earlier round.
          if (depth + 1 !== length) continue;
          if (found === bounds.maxPaths) return { found, truncated: true };
          found++;
          const nodes: string[] = [];
          for (let d = 0; d <= depth; d++) nodes.push(graph.keys[pathNode[d]!]!);
          nodes.push(target);
          onPath(nodes);
          // A pause after each path: describing one reads its edges' evidence from disk, and
          // fifty paths described in one stretch held the event loop for hundreds of ms.
          yield;
          if (bounds.budget.exhausted) return { found, truncated: true };
          continue;
        }
        if (!onStack[next]) push(next);
      }
    }
    return { found, truncated: false };
  } finally {
    // Left clean for the next search: only what this one touched is cleared.
    for (; depth >= 0; depth--) scratch.onStack[pathNode[depth]!] = 0;
    for (let k = 0; k < scratch.reached; k++) scratch.seen[scratch.queue[k]!] = 0;
    scratch.reached = 0;
    giveBack(graph, scratch);
  }
}

/**
 * Per-node arrays of one search, reused: a search near its target touches a few nodes,
 * and arrays the size of the graph made and zeroed for each one cost more than its walk.
 * Each search takes its own, as searches interleave.
 */
interface Scratch {
  /** 1 + a node's distance to the target, or 0 where the walk has not reached it. */
  seen: Int32Array;
  /** The nodes reached, in the order reached (the first `reached` entries). */
  queue: Int32Array;
  reached: number;
  /** 1 for the nodes on the current path. */
  onStack: Uint8Array;
}

const spare = new WeakMap<IndexedView, Scratch[]>();

function takeScratch(graph: IndexedView): Scratch {
  const n = graph.keys.length;
  return spare.get(graph)?.pop() ?? { seen: new Int32Array(n), queue: new Int32Array(n), reached: 0, onStack: new Uint8Array(n) };
}

function giveBack(graph: IndexedView, scratch: Scratch): void {
  let list = spare.get(graph);
  if (!list) spare.set(graph, (list = []));
  // As many as searches may run at once; more would only hold memory.
  if (list.length < 8) list.push(scratch);
}

/**
 * Each node's distance to `target` following edges towards it, for nodes within `radius`
 * hops, into `scratch.seen` (as 1 + distance). Breadth-first over the inbound rows.
 */
function* distancesTo(graph: IndexedView, scratch: Scratch, target: number, radius: number): Steps<void> {
  const { inStart, in: inbound } = graph;
  const { seen, queue } = scratch;
  seen[target] = 1;
  queue[0] = target;
  scratch.reached = 1;
  let visits = 0;
  for (let head = 0; head < scratch.reached; head++) {
    const node = queue[head]!;
    const d = seen[node]!; // the distance of its neighbours, plus one
    if (d > radius) break;
    for (let k = inStart[node]!, end = inStart[node + 1]!; k < end; k++) {
      const neighbor = inbound[k]!;
      if (seen[neighbor] === 0) {
        seen[neighbor] = d + 1;
        queue[scratch.reached++] = neighbor;
      }
      if (++visits % (STEPS_PER_PAUSE * 8) === 0) yield;
    }
  }
}
