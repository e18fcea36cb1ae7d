// Caches derived from a graph (time windows, the viewer's overview, kept answers) go stale on
// any change to it. They compare a revision number instead of each adding listeners: a process
// that makes many apps on one graph (the tests do) would otherwise pile up listeners per app.
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

const revisions = new WeakMap<AbstractGraph, { value: number }>();

/** A number that changes on every change to `graph` (its listeners are added once per graph). */
export function graphRevision(graph: AbstractGraph): number {
  let revision = revisions.get(graph);
  if (!revision) {
    const counter = { value: 0 };
    for (const event of CHANGE_EVENTS) graph.on(event, () => counter.value++);
    revisions.set(graph, counter);
    revision = counter;
  }
  return revision.value;
}
