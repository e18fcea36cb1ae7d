// What a graph's searches derive from it (views, path rows), kept per graph and by key: the
// least recently used dropped past `max`, and all of it dropped when the graph loses a node or
// an edge. Removals are rare (re-ingesting an article): rebuilding beats tracking them.
import { LRUCache } from 'lru-cache';

import type { KgGraph } from '../graph/build.ts';

/**
 * The cache of each graph, made on first use; `onCreate` may add the graph listeners that keep
 * its entries current as the graph grows.
 */
export function perGraphCache<T extends object>(max: number, onCreate?: (graph: KgGraph, cache: LRUCache<string, T>) => void): (graph: KgGraph) => LRUCache<string, T> {
  const caches = new WeakMap<KgGraph, LRUCache<string, T>>();
  return (graph) => {
    let cache = caches.get(graph);
    if (!cache) {
      const made = new LRUCache<string, T>({ max });
      for (const event of ['nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const) graph.on(event, () => made.clear());
      onCreate?.(graph, made);
      caches.set(graph, (cache = made));
    }
    return cache;
  };
}
