// A traversal view's adjacency as integer arrays (compressed sparse rows): node i's outbound
// neighbours are out[outStart[i] … outStart[i + 1]), inbound likewise. Searches that walk
// most of a 36k-node graph (the rings around a hub) keep their state in typed arrays by
// node index: with string-keyed Maps the walk cost ten times more, and its garbage made the
// collections that held the server's event loop.
import { runInSlices } from './cpu-budget.ts';
import type { Steps } from './cpu-budget.ts';
import type { TraversalView } from './traversal-view.ts';

export interface IndexedView {
  /** Node keys by index. */
  keys: string[];
  indexOf: Map<string, number>;
  outStart: Int32Array;
  out: Int32Array;
  /** The same arrays as `out…` on an undirected view. */
  inStart: Int32Array;
  in: Int32Array;
}

// Nodes whose neighbours are listed between pauses.
const NODES_PER_PAUSE = 512;

interface Entry {
  /** The view's order and size when the index was begun: a view only grows, so a change shows in one of them. */
  order: number;
  size: number;
  pending?: Steps<IndexedView>;
  built?: IndexedView;
}

const entries = new WeakMap<TraversalView, Entry>();

/**
 * The index of `view` as it is now, built in steps that pause (shared by every search that
 * asks while it is being built) and built again once the view has grown.
 */
export function* indexedViewSteps(view: TraversalView): Steps<IndexedView> {
  for (;;) {
    let entry = entries.get(view);
    if (!entry || entry.order !== view.order || entry.size !== view.size) {
      entry = { order: view.order, size: view.size };
      entry.pending = build(view);
      entries.set(view, entry);
    }
    while (!entry.built) {
      const step = entry.pending!.next();
      if (step.done) {
        entry.built = step.value;
        entry.pending = undefined;
      } else yield;
    }
    // Edges merged while it was built (an upload) are not in it: build it again.
    if (entry.order === view.order && entry.size === view.size) return entry.built;
  }
}

/** `indexedViewSteps` run to the end. */
export function indexedView(view: TraversalView): IndexedView {
  const steps = indexedViewSteps(view);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds the index of `view` in slices of about `sliceMs` (see runInSlices), so a server has it before the first search. */
export function warmIndexedView(view: TraversalView, sliceMs: number, holdOff?: () => boolean): Promise<void> {
  const steps = indexedViewSteps(view);
  return runInSlices(() => steps.next().done === true, sliceMs, holdOff);
}

function* build(view: TraversalView): Steps<IndexedView> {
  const keys = view.nodes();
  const indexOf = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    indexOf.set(keys[i]!, i);
    if ((i + 1) % (NODES_PER_PAUSE * 8) === 0) yield;
  }
  const outward = yield* rows(view, keys, indexOf, 'out');
  const inward = view.type === 'undirected' ? outward : yield* rows(view, keys, indexOf, 'in');
  return { keys, indexOf, outStart: outward.start, out: outward.list, inStart: inward.start, in: inward.list };
}

// Neighbours in graphology's own order, so a search walks them as it walked the view.
function* rows(view: TraversalView, keys: string[], indexOf: Map<string, number>, side: 'out' | 'in'): Steps<{ start: Int32Array; list: Int32Array }> {
  const start = new Int32Array(keys.length + 1);
  const list: number[] = [];
  const push = (neighbor: string): void => void list.push(indexOf.get(neighbor)!);
  for (let i = 0; i < keys.length; i++) {
    if (side === 'out') view.forEachOutboundNeighbor(keys[i]!, push);
    else view.forEachInboundNeighbor(keys[i]!, push);
    start[i + 1] = list.length;
    if ((i + 1) % NODES_PER_PAUSE === 0) yield;
  }
  return { start, list: Int32Array.from(list) };
}
