// Simple paths up to a hop limit, shortest first, with a result cap and a time budget.
// graphology-simple-path's allSimplePaths cannot prune, so through a hub with thousands
// of neighbours it explores every partial path until the budget runs out. Here a
// breadth-first search from the target gives each nearby node's distance to it, and a
// partial path is cut as soon as its length plus that distance exceeds the limit: past
// the first hops every step leads to an answer, so the work follows the number of paths
// returned rather than the size of the neighbourhood.
import type { TraversalView } from './traversal-view.ts';

export interface PathBounds {
  /** Shortest length looked for; paths are enumerated one length at a time from here. */
  minDepth: number;
  maxDepth: number;
  maxPaths: number;
  /** `performance.now()` value after which exploration stops. */
  deadline: number;
}

export interface BoundedPaths {
  /** Paths passed to `onPath`. */
  found: number;
  /** True when more paths exist than `maxPaths` or the deadline cut the enumeration short. */
  truncated: boolean;
}

// Reading the clock costs more than a step; look every so many steps.
const CLOCK_EVERY = 512;

/**
 * Calls `onPath` with each simple path from `source` to `target` of `minDepth` to
 * `maxDepth` hops (as node keys), all paths of one length before the next, at most
 * `maxPaths` of them. `onPath` runs inside the time budget, so its own work counts.
 */
export function boundedSimplePaths(
  view: TraversalView,
  source: string,
  target: string,
  bounds: PathBounds,
  onPath: (nodes: string[]) => void,
): BoundedPaths {
  if (source === target || bounds.maxDepth < 1) return { found: 0, truncated: false };
  // A ball of radius maxDepth − 1 around a hub is most of the graph; half of it costs
  // little, and a node outside it is at least radius + 1 hops away.
  const radius = Math.max(1, Math.ceil(bounds.maxDepth / 2));
  const rings = ringsAround(view, target, radius);
  const toTarget = new Map<string, number>();
  rings.forEach((ring, d) => ring.forEach((node) => toTarget.set(node, d)));
  // Nodes within d hops of the target, for d up to the radius.
  const within: string[][] = [];
  rings.forEach((ring, d) => (within[d] = d === 0 ? ring : [...within[d - 1], ...ring]));
  const hasOutEdge = (from: string, to: string): boolean =>
    view.type === 'directed' ? view.hasDirectedEdge(from, to) : view.hasUndirectedEdge(from, to);

  const path = [source];
  const onPathNow = new Set<string>(path);
  let found = 0;
  let steps = 0;
  let stopped = false;
  let truncated = false;
  let length = 0;

  const step = (next: string, hops: number): void => {
    if (stopped) return;
    if (++steps % CLOCK_EVERY === 0 && performance.now() > bounds.deadline) {
      stopped = truncated = true;
      return;
    }
    if (hops + 1 + (toTarget.get(next) ?? radius + 1) > length) return;
    if (next === target) {
      // The target ends a path; shorter paths were listed in an earlier round.
      if (hops + 1 !== length) return;
      if (found === bounds.maxPaths) {
        stopped = truncated = true;
        return;
      }
      found++;
      onPath([...path, target]);
      return;
    }
    if (onPathNow.has(next)) return;
    onPathNow.add(next);
    path.push(next);
    extend(next, hops + 1);
    path.pop();
    onPathNow.delete(next);
  };
  const extend = (node: string, hops: number): void => {
    // Near the target, few nodes are close enough to continue: when they are fewer
    // than a hub's neighbours, test them for an edge instead of reading every neighbour.
    const near = within[length - hops - 1];
    if (near && near.length < view.outDegree(node) + view.undirectedDegree(node)) {
      for (const next of near) if (hasOutEdge(node, next)) step(next, hops);
    } else {
      view.forEachOutboundNeighbor(node, (next) => step(next, hops));
    }
  };

  for (length = Math.max(1, bounds.minDepth); length <= bounds.maxDepth && !stopped; length++) {
    if (performance.now() > bounds.deadline) {
      truncated = true;
      break;
    }
    extend(source, 0);
  }
  return { found, truncated };
}

/**
 * Nodes at each distance 0…`radius` from `target`, following edges towards it. Written
 * out rather than graphology-traversal's bfsFromNode, whose queue is allocated at the
 * size of the whole graph on every call.
 */
function ringsAround(view: TraversalView, target: string, radius: number): string[][] {
  const seen = new Set<string>([target]);
  const rings = [[target]];
  for (let d = 1; d <= radius; d++) {
    const ring: string[] = [];
    for (const node of rings[d - 1])
      view.forEachInboundNeighbor(node, (neighbor) => {
        if (seen.has(neighbor)) return;
        seen.add(neighbor);
        ring.push(neighbor);
      });
    if (!ring.length) break;
    rings.push(ring);
  }
  return rings;
}
