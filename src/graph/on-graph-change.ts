// Caches derived from a graph (time windows, the viewer's overview) go stale on any change to it.
import type { AbstractGraph } from 'graphology-types';

/** Every graphology event that changes a graph's nodes, edges or attributes. */
const CHANGE_EVENTS = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'attributesUpdated',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

/** Calls `changed` after any change to `graph`. */
export function onGraphChange(graph: AbstractGraph, changed: () => void): void {
  for (const event of CHANGE_EVENTS) graph.on(event, changed);
}
