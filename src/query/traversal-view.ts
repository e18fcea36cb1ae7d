// A simple graph holding only the edges a search may follow, so graphology's own
// traversals can run on it unchanged ("who supports X", what lies within a place). Views
// are cached per graph and options, grown in place as edges are merged, and dropped on
// removals. Path queries walk integer rows instead (path-index.ts).
import { DirectedGraph, UndirectedGraph } from 'graphology';

import type { KgGraph } from '../graph/build.ts';
import { EDGE_TYPES } from '../types.ts';
import type { EdgeAttributes, EdgeType } from '../types.ts';
import type { Steps } from './cpu-budget.ts';
import { perGraphCache } from './per-graph-cache.ts';

export interface TraversalOptions {
  /** Edge types to follow; all when empty or undefined. */
  edgeTypes?: readonly EdgeType[];
  /** Follow edges only from source to target (`partners_with` counts both ways). */
  directed: boolean;
}

/** What lies in what: located_in and part_of edges, from the part to the whole. */
export const AREA_TREE: TraversalOptions = { edgeTypes: ['located_in', 'part_of'], directed: true };

export type TraversalView = DirectedGraph | UndirectedGraph;

interface CachedView {
  types: ReadonlySet<EdgeType>;
  directed: boolean;
  view: TraversalView;
  /** The rest of a build a search is doing a batch per step. */
  pending?: Iterator<void>;
}

// Nodes or edges added to a view per batch of its build.
const VIEW_BATCH = 1024;

export function traversalView(graph: KgGraph, options: TraversalOptions): TraversalView {
  const cached = cachedView(graph, options);
  while (addBatch(cached));
  return cached.view;
}

/**
 * traversalView for a search that pauses: a view not built yet (the first "who supports X"
 * after a start, half a second on the 36k-node graph) is built a batch per step, so the
 * search shares its cost with other requests instead of holding the event loop for all of it.
 */
export function* traversalViewSteps(graph: KgGraph, options: TraversalOptions): Steps<TraversalView> {
  const cached = cachedView(graph, options);
  while (addBatch(cached)) yield;
  return cached.view;
}

/** Adds the next batch of a view being built; true while some of it is left. */
function addBatch(cached: CachedView): boolean {
  for (let i = 0; cached.pending && i < VIEW_BATCH; i++) if (cached.pending.next().done) cached.pending = undefined;
  return cached.pending !== undefined;
}

/** The edge types `options` follows, and a key naming the options (the same for the same types in any order). */
export function traversalKey(options: TraversalOptions): { types: Set<EdgeType>; id: string } {
  const types = new Set<EdgeType>(options.edgeTypes?.length ? options.edgeTypes : EDGE_TYPES);
  return { types, id: `${options.directed ? 'd' : 'u'}:${[...types].sort().join(',')}` };
}

function cachedView(graph: KgGraph, options: TraversalOptions): CachedView {
  const { types, id } = traversalKey(options);
  const cache = cacheOf(graph);
  const hit = cache.get(id);
  if (hit) return hit;
  const view = options.directed ? new DirectedGraph() : new UndirectedGraph();
  const cached: CachedView = { types, directed: options.directed, view, pending: fill(graph, view, types, options.directed) };
  cache.set(id, cached);
  return cached;
}

/** Whether an edge of `type` from `source` may be walked towards `target` under `options`. */
export function followsEdge(type: EdgeType, types: ReadonlySet<EdgeType>, directed: boolean, forward: boolean): boolean {
  return types.has(type) && (!directed || forward || type === 'partners_with');
}

// One step per node or edge. Merges, as the graph's events may have added some already.
function* fill(graph: KgGraph, view: TraversalView, types: ReadonlySet<EdgeType>, directed: boolean): Generator<void> {
  for (const node of graph.nodes()) {
    view.mergeNode(node);
    yield;
  }
  for (const { attributes, source, target } of graph.edgeEntries()) {
    addEdge(view, types, directed, attributes, source, target);
    yield;
  }
}

function addEdge(
  view: TraversalView,
  types: ReadonlySet<EdgeType>,
  directed: boolean,
  attributes: EdgeAttributes,
  source: string,
  target: string,
): void {
  if (!types.has(attributes.type) || source === target) return;
  view.mergeEdge(source, target);
  if (directed && attributes.type === 'partners_with') view.mergeEdge(target, source);
}

// Up to 8 views per graph, grown in place with the edges merged into the graph.
const cacheOf = perGraphCache<CachedView>(8, (graph, views) => {
  graph.on('nodeAdded', ({ key }) => {
    for (const { view } of views.values()) view.mergeNode(key);
  });
  graph.on('edgeAdded', ({ source, target, attributes }) => {
    for (const { view, types, directed } of views.values()) addEdge(view, types, directed, attributes, source, target);
  });
});
