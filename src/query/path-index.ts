// The edges a path query may follow, as integer rows (compressed sparse rows): node i's
// outbound neighbours are out[outStart[i] … outStart[i + 1]), inbound likewise, each
// neighbour once, in index order. Path searches walk most of a 36k-node graph around a hub; on these rows,
// with per-node state in typed arrays, twenty hub-to-hub searches cost a twelfth of what
// they cost on a graphology view with Maps of names, and the rows are made from the graph's
// edges in one pass (a tenth of the view's build, whose edge objects the paths never read).
// Cached per graph and options (per-graph-cache.ts), built in steps that pause, built again
// after the graph changes.
import type { KgGraph } from '../graph/build.ts';
import type { EdgeType } from '../types.ts';
import { runInSlices, runToEnd } from './cpu-budget.ts';
import type { Steps } from './cpu-budget.ts';
import { perGraphCache } from './per-graph-cache.ts';
import { traversalKey } from './traversal-view.ts';
import type { TraversalOptions } from './traversal-view.ts';

export interface PathIndex {
  /** Node keys by index. */
  keys: string[];
  indexOf: Map<string, number>;
  outStart: Int32Array;
  out: Int32Array;
  /** The same arrays as `out…` when undirected. */
  inStart: Int32Array;
  in: Int32Array;
}

// Nodes or edges read between pauses.
const ITEMS_PER_PAUSE = 4096;

interface Entry {
  /** The graph's order and size when the build began: the graph only grows between removals, which empty the cache. */
  order: number;
  size: number;
  pending?: Steps<PathIndex>;
  built?: PathIndex;
}

// Up to 8 option sets' rows per graph.
const cacheOf = perGraphCache<Entry>(8);

/**
 * The index of the edges `options` lets a path follow, as the graph is now: built in steps that
 * pause (shared by every search that asks while it is built), and built again once the graph changed.
 */
export function* pathIndexSteps(graph: KgGraph, options: TraversalOptions): Steps<PathIndex> {
  const { types, id } = traversalKey(options);
  const cache = cacheOf(graph);
  for (;;) {
    let entry = cache.get(id);
    if (!entry || entry.order !== graph.order || entry.size !== graph.size) {
      entry = { order: graph.order, size: graph.size, pending: build(graph, types, options.directed) };
      cache.set(id, entry);
    }
    while (!entry.built) {
      const step = entry.pending!.next();
      if (step.done) {
        entry.built = step.value;
        entry.pending = undefined;
      } else yield;
    }
    // Edges merged while it was built (an upload) are not in it: build it again.
    if (entry.order === graph.order && entry.size === graph.size && cache.get(id) === entry) return entry.built;
  }
}

/** `pathIndexSteps` run to the end. */
export function pathIndex(graph: KgGraph, options: TraversalOptions): PathIndex {
  return runToEnd(pathIndexSteps(graph, options));
}

/** Builds the index in slices of about `sliceMs` (see runInSlices), so a server has it before the first search. */
export function warmPathIndex(graph: KgGraph, options: TraversalOptions, sliceMs: number, holdOff?: () => boolean): Promise<void> {
  const steps = pathIndexSteps(graph, options);
  return runInSlices(() => steps.next().done === true, sliceMs, holdOff);
}

function* build(graph: KgGraph, types: ReadonlySet<EdgeType>, directed: boolean): Steps<PathIndex> {
  const keys = graph.nodes();
  const indexOf = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    indexOf.set(keys[i]!, i);
    if ((i + 1) % ITEMS_PER_PAUSE === 0) yield;
  }
  // Each step a path may take, as (from, to), in the order of the graph's edges.
  const from: number[] = [];
  const to: number[] = [];
  let read = 0;
  for (const { source, target, attributes } of graph.edgeEntries()) {
    if (++read % ITEMS_PER_PAUSE === 0) yield;
    if (!types.has(attributes.type) || source === target) continue;
    const s = indexOf.get(source)!;
    const t = indexOf.get(target)!;
    from.push(s);
    to.push(t);
    // Undirected, every edge goes both ways; directed, partners_with does.
    if (!directed || attributes.type === 'partners_with') {
      from.push(t);
      to.push(s);
    }
  }
  yield;
  const outward = rows(keys.length, from, to);
  if (!directed) return { keys, indexOf, outStart: outward.start, out: outward.list, inStart: outward.start, in: outward.list };
  yield;
  const inward = rows(keys.length, to, from);
  return { keys, indexOf, outStart: outward.start, out: outward.list, inStart: inward.start, in: inward.list };
}

/** Rows of `heads` by `tails`, each head once per row, in index order. */
function rows(nodes: number, tails: number[], heads: number[]): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(nodes + 1);
  for (const tail of tails) start[tail + 1]!++;
  for (let i = 0; i < nodes; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, nodes);
  const list = new Int32Array(tails.length);
  for (let k = 0; k < tails.length; k++) list[fill[tails[k]!]!++] = heads[k]!;
  // Parallel edges (supports and invests_in between the same two) are one step: repeats in a
  // row are dropped, the rows packed to the left as they go.
  const seenIn = new Int32Array(nodes).fill(-1);
  const packed = new Int32Array(nodes + 1);
  let at = 0;
  for (let i = 0; i < nodes; i++) {
    packed[i] = at;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const head = list[k]!;
      if (seenIn[head] === i) continue;
      seenIn[head] = i;
      list[at++] = head;
    }
  }
  packed[nodes] = at;
  const rowsList = list.slice(0, at);
  // Sorted, so a search can ask whether one node's row holds another (path-searches.ts).
  for (let i = 0; i < nodes; i++) if (packed[i + 1]! - packed[i]! > 1) rowsList.subarray(packed[i]!, packed[i + 1]!).sort();
  return { start: packed, list: rowsList };
}
