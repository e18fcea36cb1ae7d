// Simple paths up to a hop limit, shortest first, with a result cap and a time budget.
// graphology-simple-path's allSimplePaths cannot prune, so through a hub with thousands
// of neighbours it explores every partial path until the budget runs out. Here a
// breadth-first search from the target gives each nearby node's distance to it, and a
// partial path is cut as soon as its length plus that distance exceeds the limit: past
// the first hops every step leads to an answer, so the work follows the number of paths
// returned rather than the size of the neighbourhood.
import type { CpuBudget, Steps } from './cpu-budget.ts';
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

/** A node on the current path, with the neighbours still to try from it. */
interface Frame {
  node: string;
  hops: number;
  next: string[];
  at: number;
}

/**
 * Yields to its driver every few hundred steps and after each path, and calls `onPath` with each simple path from
 * `source` to `target` of `minDepth` to `maxDepth` hops (as node keys), all paths of one
 * length before the next, at most `maxPaths` of them. `onPath` runs inside the budget, so
 * its own work counts. Depth-first with an explicit stack, so it can pause anywhere.
 */
export function* boundedSimplePaths(
  view: TraversalView,
  source: string,
  target: string,
  bounds: PathBounds,
  onPath: (nodes: string[]) => void,
): Steps<BoundedPaths> {
  if (source === target || bounds.maxDepth < 1) return { found: 0, truncated: false };
  // A ball of radius maxDepth − 1 around a hub is most of the graph; half of it costs
  // little, and a node outside it is at least radius + 1 hops away.
  const radius = Math.max(1, Math.ceil(bounds.maxDepth / 2));
  // Around a hub the rings are most of the graph: they are walked with pauses too.
  const { rings, distance: toTarget } = yield* ringsAround(view, target, radius);
  // Nodes within d hops of the target, for d up to the radius: made only where a frame reads
  // them, which is where they are fewer than a node's neighbours (never the whole ball).
  const withinSize: number[] = [];
  rings.forEach((ring, d) => (withinSize[d] = ring.length + (d ? withinSize[d - 1]! : 0)));
  const within: string[][] = [];
  const nodesWithin = (d: number): string[] => (within[d] ??= d === 0 ? rings[0]! : nodesWithin(d - 1).concat(rings[d]!));
  if (bounds.budget.exhausted) return { found: 0, truncated: true };
  const hasOutEdge = (from: string, to: string): boolean =>
    view.type === 'directed' ? view.hasDirectedEdge(from, to) : view.hasUndirectedEdge(from, to);

  let found = 0;
  let steps = 0;
  let truncated = false;
  let length = 0;
  // Near the target, few nodes are close enough to continue: when they are fewer than a
  // hub's neighbours, test them for an edge instead of reading every neighbour.
  const frameOf = (node: string, hops: number): Frame => {
    const d = length - hops - 1;
    const near = withinSize[d];
    const next =
      near !== undefined && near < view.outDegree(node) + view.undirectedDegree(node)
        ? nodesWithin(d).filter((candidate) => hasOutEdge(node, candidate))
        : view.outboundNeighbors(node);
    return { node, hops, next, at: 0 };
  };

  search: for (length = Math.max(1, bounds.minDepth); length <= bounds.maxDepth; length++) {
    if (bounds.budget.exhausted) {
      truncated = true;
      break;
    }
    const path = [source];
    const onPathNow = new Set<string>(path);
    const stack = [frameOf(source, 0)];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.at === top.next.length) {
        stack.pop();
        if (stack.length) onPathNow.delete(path.pop()!);
        continue;
      }
      const next = top.next[top.at++];
      if (++steps % STEPS_PER_PAUSE === 0) {
        yield;
        if (bounds.budget.exhausted) {
          truncated = true;
          break search;
        }
      }
      if (top.hops + 1 + (toTarget.get(next) ?? radius + 1) > length) continue;
      if (next === target) {
        // The target ends a path; shorter paths were listed in an earlier round.
        if (top.hops + 1 !== length) continue;
        if (found === bounds.maxPaths) {
          truncated = true;
          break search;
        }
        found++;
        onPath([...path, target]);
        // A pause after each path: describing one reads its edges' evidence from disk, and
        // fifty paths described in one stretch held the event loop for hundreds of ms.
        yield;
        if (bounds.budget.exhausted) {
          truncated = true;
          break search;
        }
        continue;
      }
      if (onPathNow.has(next)) continue;
      onPathNow.add(next);
      path.push(next);
      stack.push(frameOf(next, top.hops + 1));
    }
  }
  return { found, truncated };
}

/**
 * Nodes at each distance 0…`radius` from `target`, following edges towards it, and each one's
 * distance (kept as they are found, so no pass over the whole ball follows the walk). Written
 * out rather than graphology-traversal's bfsFromNode, whose queue is allocated at the size of
 * the whole graph on every call.
 */
function* ringsAround(view: TraversalView, target: string, radius: number): Steps<{ rings: string[][]; distance: Map<string, number> }> {
  const distance = new Map<string, number>([[target, 0]]);
  const rings = [[target]];
  let visits = 0;
  for (let d = 1; d <= radius; d++) {
    const ring: string[] = [];
    for (const node of rings[d - 1]!) {
      view.forEachInboundNeighbor(node, (neighbor) => {
        visits++;
        if (distance.has(neighbor)) return;
        distance.set(neighbor, d);
        ring.push(neighbor);
      });
      if (visits >= STEPS_PER_PAUSE * 8) {
        visits = 0;
        yield;
      }
    }
    if (!ring.length) break;
    rings.push(ring);
  }
  return { rings, distance };
}
