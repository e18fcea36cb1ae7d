// A simple graph holding only the edges a search may follow, so graphology's own
// traversals can run on it unchanged ("who supports X", what lies within a place). Views
// are cached per graph and options, grown in place as edges are merged, and dropped on
// removals. Path queries walk integer rows instead (path-index.ts).
import { DirectedGraph, UndirectedGraph } from 'graphology';

import type { KgGraph } from '../graph/build.ts';
import { EDGE_TYPES } from '../types.ts';
import type { EdgeAttributes, EdgeType } from '../types.ts';

export interface TraversalOptions {
  /** Edge types to follow; all when empty or undefined. */
  edgeTypes?: readonly EdgeType[];
  /** Follow edges only from source to target (`partners_with` counts both ways). */
  directed: boolean;
}

export type TraversalView = DirectedGraph | UndirectedGraph;

interface CachedView {
  types: ReadonlySet<EdgeType>;
  directed: boolean;
  view: TraversalView;
}

const MAX_VIEWS_PER_GRAPH = 8;
const caches = new WeakMap<KgGraph, Map<string, CachedView>>();

export function traversalView(graph: KgGraph, options: TraversalOptions): TraversalView {
  return cachedView(graph, options).view;
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
  if (hit) {
    // Refresh recency: Map keeps insertion order, the first entry is the eldest.
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const view = options.directed ? new DirectedGraph() : new UndirectedGraph();
  fill(graph, view, types, options.directed);
  const cached: CachedView = { types, directed: options.directed, view };
  cache.set(id, cached);
  if (cache.size > MAX_VIEWS_PER_GRAPH) cache.delete(cache.keys().next().value as string);
  return cached;
}

/** Whether an edge of `type` from `source` may be walked towards `target` under `options`. */
export function followsEdge(type: EdgeType, types: ReadonlySet<EdgeType>, directed: boolean, forward: boolean): boolean {
  return types.has(type) && (!directed || forward || type === 'partners_with');
}

function fill(graph: KgGraph, view: TraversalView, types: ReadonlySet<EdgeType>, directed: boolean): void {
  graph.forEachNode((node) => view.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => addEdge(view, types, directed, attributes, source, target));
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

function cacheOf(graph: KgGraph): Map<string, CachedView> {
  let cache = caches.get(graph);
  if (cache) return cache;
  const views = new Map<string, CachedView>();
  caches.set(graph, views);
  graph.on('nodeAdded', ({ key }) => {
    for (const { view } of views.values()) view.mergeNode(key);
  });
  graph.on('edgeAdded', ({ source, target, attributes }) => {
    for (const { view, types, directed } of views.values()) addEdge(view, types, directed, attributes, source, target);
  });
  // Removals are rare (re-ingesting an article): rebuild lazily instead of tracking them.
  for (const event of ['nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const) graph.on(event, () => views.clear());
  cache = views;
  return cache;
}
