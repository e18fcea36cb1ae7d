// Paths between two entities: shortest, all shortest, or all simple paths up to N hops,
// on the integer rows of the edges a path may follow (path-index.ts): a breadth-first search
// for the shortest one, a pruned enumeration for the others (path-searches.ts).
import { DEFAULT_SETTINGS } from '../config.ts';
import type { QueryLimits } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import { EDGE_TYPES, PATH_MODES } from '../types.ts';
import type { EdgeType, PathMode } from '../types.ts';
import { boundedSimplePaths, shortestPath } from './path-searches.ts';
import { checkHops } from './check-hops.ts';
import { runSteps } from './cpu-budget.ts';
import type { CpuBudget, Steps } from './cpu-budget.ts';
import { chooseEdges, comparePaths, describePath, pathOf } from './describe-path.ts';
import type { GraphPath } from './describe-path.ts';
import { checkEdgeType } from './node-types.ts';
import { pathIndexSteps } from './path-index.ts';
import { resolveName } from './resolve-name.ts';
import { followsEdge } from './traversal-view.ts';

export { PATH_MODES };
export type { PathMode };

export type PathLimits = Pick<QueryLimits, 'defaultHops' | 'maxHops' | 'maxPaths' | 'pathTimeoutMs' | 'pathEvidence'>;

export interface PathParams {
  from: string;
  to: string;
  /** Edge types to follow; all by default. */
  via?: readonly string[];
  /** Hop limit: default `defaultHops` for `simple`, none for the shortest modes; at most `maxHops`. */
  maxHops?: number;
  /** Default `all-shortest`. */
  mode?: PathMode;
  /** Follow edges only in their direction; default false. */
  directed?: boolean;
  /** Paths returned at most; default `maxPaths`. */
  limit?: number;
  /** Evidence sentences shown per edge; default `pathEvidence` (all of them are counted). */
  evidence?: number;
  /** Time budget of an enumeration, describing the paths included; default `pathTimeoutMs`
   *  (`findPaths` only: `findPathsSteps` is given its budget). */
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

/** Paths within a time budget of `params.timeoutMs` (default `pathTimeoutMs`), on this thread. */
export function findPaths(graph: KgGraph, params: PathParams, limits: Partial<PathLimits> = {}): PathResult {
  const timeoutMs = params.timeoutMs ?? limits.pathTimeoutMs ?? DEFAULT_SETTINGS.pathTimeoutMs;
  return runSteps((budget) => findPathsSteps(graph, params, budget, limits), timeoutMs);
}

/** `findPaths` as a search that pauses, for a driver that shares the CPU (the server). */
export function* findPathsSteps(graph: KgGraph, params: PathParams, budget: CpuBudget, limits: Partial<PathLimits> = {}): Steps<PathResult> {
  const { defaultHops, maxHops: hopCap, maxPaths, pathEvidence } = { ...DEFAULT_SETTINGS, ...limits };
  const mode = params.mode ?? 'all-shortest';
  if (!PATH_MODES.includes(mode)) throw new InvalidInputError(`Unknown path mode "${mode}"`, { hint: `Modes: ${PATH_MODES.join(', ')}` });
  const via = [...new Set((params.via ?? []).map(checkEdgeType))];
  const directed = params.directed ?? false;
  // The shortest modes need no hop limit by default: a breadth-first search is linear in the graph.
  const maxHops =
    params.maxHops !== undefined ? checkHops(params.maxHops, hopCap) : mode === 'simple' ? defaultHops : Number.POSITIVE_INFINITY;
  const limit = params.limit ?? maxPaths;
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidInputError('limit must be a positive integer');
  const evidence = params.evidence ?? pathEvidence;
  if (!Number.isInteger(evidence) || evidence < 0) throw new InvalidInputError('evidence must be a whole number of sentences');

  const from = resolveName(graph, params.from);
  const to = resolveName(graph, params.to);
  const result: PathResult = { from, to, mode, directed, via, paths: [], truncated: false };
  if (from === to) {
    result.paths = [pathOf([from], [])];
    return result;
  }

  const index = yield* pathIndexSteps(graph, { edgeTypes: via, directed });
  const shortest = yield* shortestPath(index, from, to);
  if (!shortest || shortest.length - 1 > maxHops) return result;

  const types = new Set<EdgeType>(via.length ? via : EDGE_TYPES);
  const accept = (type: EdgeType, forward: boolean): boolean => followsEdge(type, types, directed, forward);
  const paths: GraphPath[] = [];
  const keep = (nodes: string[]): void => {
    const path = describePath(graph, nodes, accept, evidence);
    if (path) paths.push(path);
  };
  if (mode === 'shortest') {
    // Of the shortest paths (the first `limit` found), the best evidenced, as `all-shortest`
    // ranks them; weighed without reading evidence, only the one returned is described.
    let best: { nodes: string[]; length: number; weight: number } | undefined;
    const weigh = (nodes: string[]): void => {
      const chosen = chooseEdges(graph, nodes, accept);
      if (!chosen) return;
      const candidate = { nodes, length: chosen.length, weight: chosen.reduce((sum, edge) => sum + edge.weight, 0) };
      if (!best || comparePaths(candidate, best) < 0) best = candidate;
    };
    const length = shortest.length - 1;
    yield* boundedSimplePaths(index, from, to, { minDepth: length, maxDepth: length, maxPaths: limit, budget }, weigh);
    keep(best?.nodes ?? shortest);
  } else {
    // Shortest paths are the simple paths no longer than the shortest one. Paths come one
    // length at a time, so a cut enumeration keeps the short ones.
    const length = shortest.length - 1;
    const maxDepth = mode === 'all-shortest' ? length : maxHops;
    const found = yield* boundedSimplePaths(index, from, to, { minDepth: length, maxDepth, maxPaths: limit, budget }, keep);
    result.truncated = found.truncated;
  }
  paths.sort(comparePaths);
  result.paths = paths;
  return result;
}
