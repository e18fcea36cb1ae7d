// Paths between two entities: shortest, all shortest, or all simple paths up to N hops,
// on a traversal view: graphology-shortest-path for the shortest one, a pruned
// enumeration (bounded-simple-paths.ts) for the others.
import { bidirectional } from 'graphology-shortest-path';

import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import { EDGE_TYPES, PATH_MODES } from '../types.ts';
import type { EdgeType, PathMode } from '../types.ts';
import { boundedSimplePaths } from './bounded-simple-paths.ts';
import { comparePaths, describePath, pathOf } from './describe-path.ts';
import type { GraphPath } from './describe-path.ts';
import { checkEdgeType } from './node-types.ts';
import { resolveName } from './resolve-name.ts';
import { followsEdge, traversalView } from './traversal-view.ts';

export { PATH_MODES };
export type { PathMode };

export const DEFAULT_HOPS = 4;
export const MAX_HOPS = 6;
export const DEFAULT_MAX_PATHS = 50;
export const DEFAULT_PATH_TIMEOUT_MS = 500;

export interface PathParams {
  from: string;
  to: string;
  /** Edge types to follow; all by default. */
  via?: readonly string[];
  /** Hop limit: default 4 for `simple`, none for the shortest modes; at most 6. */
  maxHops?: number;
  /** Default `all-shortest`. */
  mode?: PathMode;
  /** Follow edges only in their direction; default false. */
  directed?: boolean;
  /** Paths returned at most; default 50. */
  limit?: number;
  /** Time budget of an enumeration, describing the paths included; default 500 ms. */
  timeoutMs?: number;
}

export interface PathResult {
  from: string;
  to: string;
  mode: PathMode;
  directed: boolean;
  via: EdgeType[];
  paths: GraphPath[];
  /** More paths exist than were returned (cap or time budget). */
  truncated: boolean;
}

export function findPaths(graph: KgGraph, params: PathParams): PathResult {
  const mode = params.mode ?? 'all-shortest';
  if (!PATH_MODES.includes(mode)) throw new InvalidInputError(`Unknown path mode "${mode}"`, { hint: `Modes: ${PATH_MODES.join(', ')}` });
  const via = [...new Set((params.via ?? []).map(checkEdgeType))];
  const directed = params.directed ?? false;
  const maxHops = checkHops(params.maxHops ?? (mode === 'simple' ? DEFAULT_HOPS : MAX_HOPS_UNBOUNDED));
  const limit = params.limit ?? DEFAULT_MAX_PATHS;
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidInputError('limit must be a positive integer');
  const deadline = performance.now() + (params.timeoutMs ?? DEFAULT_PATH_TIMEOUT_MS);

  const from = resolveName(graph, params.from);
  const to = resolveName(graph, params.to);
  const result: PathResult = { from, to, mode, directed, via, paths: [], truncated: false };
  if (from === to) {
    result.paths = [pathOf([from], [])];
    return result;
  }

  const view = traversalView(graph, { edgeTypes: via, directed });
  const shortest = bidirectional(view, from, to);
  if (!shortest || shortest.length - 1 > maxHops) return result;

  const types = new Set<EdgeType>(via.length ? via : EDGE_TYPES);
  const accept = (type: EdgeType, forward: boolean): boolean => followsEdge(type, types, directed, forward);
  const paths: GraphPath[] = [];
  const keep = (nodes: string[]): void => {
    const path = describePath(graph, nodes, accept);
    if (path) paths.push(path);
  };
  if (mode === 'shortest') {
    keep(shortest);
  } else {
    // Shortest paths are the simple paths no longer than the shortest one. Paths come one
    // length at a time, so a cut enumeration keeps the short ones.
    const length = shortest.length - 1;
    const maxDepth = mode === 'all-shortest' ? length : maxHops;
    const found = boundedSimplePaths(view, from, to, { minDepth: length, maxDepth, maxPaths: limit, deadline }, keep);
    result.truncated = found.truncated;
  }
  paths.sort(comparePaths);
  result.paths = paths;
  return result;
}

// The shortest modes need no hop limit: a breadth-first search is linear in the graph.
const MAX_HOPS_UNBOUNDED = Number.POSITIVE_INFINITY;

function checkHops(hops: number): number {
  if (hops === MAX_HOPS_UNBOUNDED) return hops;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS)
    throw new InvalidInputError(`max must be a whole number of hops from 1 to ${MAX_HOPS}`, {
      hint: `Got ${hops}; paths longer than ${MAX_HOPS} hops say little and cost much`,
    });
  return hops;
}
