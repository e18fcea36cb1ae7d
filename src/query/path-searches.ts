// The searches path queries run on the integer rows of path-index.ts. Simple paths up to a
// hop limit, shortest first, with a result cap and a time budget:
// graphology-simple-path's allSimplePaths cannot prune, so through a hub with thousands
// of neighbours it explores every partial path until the budget runs out. Here a
// breadth-first search from the target gives each nearby node's distance to it, and a
// partial path is cut as soon as its length plus that distance exceeds the limit: past
// the first hops every step leads to an answer, so the work follows the number of paths
// returned rather than the size of the neighbourhood. The shortest path is a breadth-first
// search too. All walk the integer rows of the edges a path may follow (path-index.ts),
// with per-node arrays reused between searches: on the 36k-node bench graph, twenty
// hub-to-hub searches of six hops took a twelfth of the time they took on a graphology view
// with string-keyed Maps, and random shortest-path queries half.
import type { CpuBudget, Steps } from './cpu-budget.ts';
import type { PathIndex } from './path-index.ts';

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
 * are walked by their index (path-index.ts).
 */
export function* boundedSimplePaths(
  graph: PathIndex,
  source: string,
  target: string,
  bounds: PathBounds,
  onPath: (nodes: string[]) => void,
): Steps<BoundedPaths> {
  if (source === target || bounds.maxDepth < 1) return { found: 0, truncated: false };
  const from = graph.indexOf.get(source);
  const to = graph.indexOf.get(target);
  if (from === undefined || to === undefined) return { found: 0, truncated: false };
  const { outStart, out } = graph;
  // A ball of radius maxDepth − 1 around a hub is most of the graph; half of it costs
  // little, and a node outside it is at least radius + 1 hops away.
  const radius = Math.max(1, Math.ceil(bounds.maxDepth / 2));
  const scratch = takeScratch(graph);
  // The current path as a stack of frames: its node, and the next and end of the candidates
  // to try from it: its neighbours in `out`, or (`near`) the nodes near the target in `queue`.
  const pathNode = new Int32Array(bounds.maxDepth + 1);
  const nextAt = new Int32Array(bounds.maxDepth + 1);
  const endAt = new Int32Array(bounds.maxDepth + 1);
  const near = new Uint8Array(bounds.maxDepth + 1);
  let depth = -1;
  try {
    // Around a hub the rings are most of the graph: they are walked with pauses too.
    yield* distancesTo(graph, scratch, to, radius);
    if (bounds.budget.exhausted) return { found: 0, truncated: true };
    const { seen, onStack, queue } = scratch;
    const far = radius + 1;
    // within[d]: how many nodes are at most d hops from the target, the first ones in `queue`.
    const within = new Int32Array(radius + 1);
    for (let k = 0; k < scratch.reached; k++) within[seen[queue[k]!]! - 1]!++;
    for (let d = 1; d <= radius; d++) within[d]! += within[d - 1]!;
    const push = (node: number, length: number): void => {
      pathNode[++depth] = node;
      onStack[node] = 1;
      // Near the target few nodes are close enough to go on to: when they are fewer than a hub's
      // neighbours, each is tested for an edge instead of every neighbour being read.
      const left = length - depth - 1;
      const degree = outStart[node + 1]! - outStart[node]!;
      near[depth] = left <= radius && within[left]! < degree ? 1 : 0;
      nextAt[depth] = near[depth] ? 0 : outStart[node]!;
      endAt[depth] = near[depth] ? within[left]! : outStart[node + 1]!;
    };

    let found = 0;
    let steps = 0;
    for (let length = Math.max(1, bounds.minDepth); length <= bounds.maxDepth; length++) {
      if (bounds.budget.exhausted) return { found, truncated: true };
      push(from, length);
      while (depth >= 0) {
        if (nextAt[depth] === endAt[depth]) {
          onStack[pathNode[depth--]!] = 0;
          continue;
        }
        const next = near[depth] ? queue[nextAt[depth]++]! : out[nextAt[depth]++]!;
        if (++steps % STEPS_PER_PAUSE === 0) {
          yield;
          if (bounds.budget.exhausted) return { found, truncated: true };
        }
        if (near[depth] && !hasArc(graph, pathNode[depth]!, next)) continue;
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
        if (!onStack[next]) push(next, length);
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

/** Whether `from`'s row holds `to` (rows are sorted: a binary search). */
function hasArc(graph: PathIndex, from: number, to: number): boolean {
  let low = graph.outStart[from]!;
  let high = graph.outStart[from + 1]! - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = graph.out[mid]!;
    if (at === to) return true;
    if (at < to) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/**
 * One shortest path from `source` to `target` following the rows out of each node (as node
 * keys), or null when none: breadth-first from both ends, a whole level of the smaller side
 * at a time (between hubs, each side meets the other after a few thousand nodes, where one
 * search from the source would read most of the graph), pausing every few thousand steps.
 */
export function* shortestPath(graph: PathIndex, source: string, target: string): Steps<string[] | null> {
  const from = graph.indexOf.get(source);
  const to = graph.indexOf.get(target);
  if (from === undefined || to === undefined) return null;
  if (from === to) return [source];
  const scratch = takeScratch(graph);
  // seen[node] = 1 + the node it was reached from; back[node] = 1 + the next node towards the target.
  const { seen, queue, back, backQueue } = scratch;
  let backReached = 1;
  try {
    seen[from] = from + 1;
    queue[0] = from;
    scratch.reached = 1;
    back[to] = to + 1;
    backQueue[0] = to;
    let head = 0;
    let backHead = 0;
    let visits = 0;
    while (head < scratch.reached && backHead < backReached) {
      const forward = scratch.reached - head <= backReached - backHead;
      const [rowStart, row, mine, theirs, line] = forward ? [graph.outStart, graph.out, seen, back, queue] : [graph.inStart, graph.in, back, seen, backQueue];
      let tail = forward ? scratch.reached : backReached;
      const levelEnd = tail;
      for (let at = forward ? head : backHead; at < levelEnd; at++) {
        const node = line[at]!;
        for (let k = rowStart[node]!, end = rowStart[node + 1]!; k < end; k++) {
          const next = row[k]!;
          if (++visits % (STEPS_PER_PAUSE * 8) === 0) yield;
          if (mine[next] !== 0) continue;
          mine[next] = node + 1;
          line[tail++] = next;
          if (theirs[next] !== 0) {
            if (forward) scratch.reached = tail;
            else backReached = tail;
            return joinAt(graph, next, from, to, seen, back);
          }
        }
      }
      if (forward) {
        head = levelEnd;
        scratch.reached = tail;
      } else {
        backHead = levelEnd;
        backReached = tail;
      }
    }
    return null;
  } finally {
    for (let k = 0; k < backReached; k++) back[backQueue[k]!] = 0;
    for (let k = 0; k < scratch.reached; k++) seen[queue[k]!] = 0;
    scratch.reached = 0;
    giveBack(graph, scratch);
  }
}

/** The path through `meet`: back from it to the source, then on from it to the target. */
function joinAt(graph: PathIndex, meet: number, from: number, to: number, seen: Int32Array, back: Int32Array): string[] {
  const before: string[] = [];
  for (let at = meet; at !== from; at = seen[at]! - 1) before.push(graph.keys[at]!);
  before.push(graph.keys[from]!);
  before.reverse();
  for (let at = meet; at !== to; ) {
    at = back[at]! - 1;
    before.push(graph.keys[at]!);
  }
  return before;
}

/**
 * Per-node arrays of one search, reused: a search near its target touches a few nodes,
 * and arrays the size of the graph made and zeroed for each one cost more than its walk.
 * Each search takes its own, as searches interleave.
 */
interface Scratch {
  /** 1 + a node's distance to the target (or, finding a shortest path, 1 + the node it was reached from); 0 where the walk has not reached it. */
  seen: Int32Array;
  /** The nodes reached, in the order reached (the first `reached` entries). */
  queue: Int32Array;
  reached: number;
  /** 1 for the nodes on the current path. */
  onStack: Uint8Array;
  /** The search from the target's side of a shortest path, as `seen` and `queue` (left zeroed). */
  back: Int32Array;
  backQueue: Int32Array;
}

const spare = new WeakMap<PathIndex, Scratch[]>();

function takeScratch(graph: PathIndex): Scratch {
  const n = graph.keys.length;
  return spare.get(graph)?.pop() ?? { seen: new Int32Array(n), queue: new Int32Array(n), reached: 0, onStack: new Uint8Array(n), back: new Int32Array(n), backQueue: new Int32Array(n) };
}

function giveBack(graph: PathIndex, scratch: Scratch): void {
  let list = spare.get(graph);
  if (!list) spare.set(graph, (list = []));
  // As many as searches may run at once; more would only hold memory.
  if (list.length < 8) list.push(scratch);
}

/**
 * Each node's distance to `target` following edges towards it, for nodes within `radius`
 * hops, into `scratch.seen` (as 1 + distance). Breadth-first over the inbound rows.
 */
function* distancesTo(graph: PathIndex, scratch: Scratch, target: number, radius: number): Steps<void> {
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
