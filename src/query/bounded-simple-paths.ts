// graphology-simple-path's allSimplePaths with a result cap and a time budget. The
// function is synchronous and returns only at the end, so the bounds are enforced
// through the one method it explores with: once the budget is spent, every node
// reports no further neighbours, the search unwinds in a few steps, and the paths
// found so far come back.
import { allSimplePaths } from 'graphology-simple-path';

import type { TraversalView } from './traversal-view.ts';

export interface PathBounds {
  maxDepth: number;
  maxPaths: number;
  /** `performance.now()` value after which exploration stops. */
  deadline: number;
}

export interface BoundedPaths {
  paths: string[][];
  /** True when the cap or the deadline cut the enumeration short. */
  truncated: boolean;
}

export function boundedSimplePaths(view: TraversalView, source: string, target: string, bounds: PathBounds): BoundedPaths {
  let reached = 0;
  let stopped = false;
  const outboundNeighbors = (node: string): string[] => {
    if (stopped) return [];
    if (performance.now() > bounds.deadline) {
      stopped = true;
      return [];
    }
    const neighbors = view.outboundNeighbors(node);
    for (const n of neighbors) if (n === target) reached++;
    // Each listed occurrence of the target becomes one path, so this bounds the output.
    if (reached > bounds.maxPaths) stopped = true;
    return neighbors;
  };
  const bounded = new Proxy(view, {
    get(obj, prop) {
      if (prop === 'outboundNeighbors') return outboundNeighbors;
      const value = Reflect.get(obj, prop, obj);
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
  const paths = allSimplePaths(bounded, source, target, { maxDepth: bounds.maxDepth });
  return { paths, truncated: stopped };
}
