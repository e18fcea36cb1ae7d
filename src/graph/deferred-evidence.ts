// Evidence read on first use. A served 36k-node graph holds ~170,000 evidence sentences,
// about half of what a start parses and a third of its heap, while a request reads a few
// edges' worth. An edge loaded this way has an `evidence` accessor that reads its sentences
// once (from the loader it was given) and then becomes a plain array, so every reader,
// graphology's export and JSON.stringify included, sees the same attributes as before.
// How many sentences an edge has and from which articles stay known without reading them.
import type { EdgeAttributes, Evidence } from '../types.ts';

export interface DeferredEvidence {
  /** Number of evidence items the edge holds. */
  count: number;
  /** The distinct articles of those items. */
  articles: readonly string[];
  read(): Evidence[];
}

const deferred = new WeakMap<object, DeferredEvidence>();

function settle(attributes: object, value: unknown): void {
  deferred.delete(attributes);
  Object.defineProperty(attributes, 'evidence', { value, writable: true, enumerable: true, configurable: true });
}

// One pair for every edge: per-edge closures would cost more than the sentences they defer.
const accessor: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object) {
    const value = deferred.get(this)!.read();
    settle(this, value);
    return value;
  },
  set(this: object, value: unknown) {
    settle(this, value);
  },
};

/**
 * A copy of `attributes` whose `evidence`, at its place among the keys, is read by
 * `evidence.read()` on first use. A new object rather than the property redefined in place:
 * an object whose data property becomes an accessor falls back to a slow dictionary of
 * properties (on a 36k-node graph, 25 MB more and four times slower to read).
 */
export function withDeferredEvidence<T extends object>(attributes: T, evidence: DeferredEvidence): T {
  const copy = {} as Record<string, unknown>;
  for (const key in attributes) {
    if (key === 'evidence') Object.defineProperty(copy, key, accessor);
    else copy[key] = attributes[key];
  }
  deferred.set(copy, evidence);
  return copy as T;
}

/** Whether the edge's evidence is in memory (true for every edge not loaded by deferEvidence). */
export function isEvidenceLoaded(attributes: Pick<EdgeAttributes, 'evidence'>): boolean {
  return !deferred.has(attributes);
}

/** Number of evidence items, without reading deferred ones. */
export function evidenceLengthOf(attributes: Pick<EdgeAttributes, 'evidence'>): number {
  return deferred.get(attributes)?.count ?? attributes.evidence.length;
}

/** The articles of the edge's evidence (possibly repeated), without reading deferred ones. */
export function evidenceArticlesOf(attributes: Pick<EdgeAttributes, 'evidence'>): Iterable<string> {
  const later = deferred.get(attributes);
  return later ? later.articles : attributes.evidence.map((e) => e.article);
}
