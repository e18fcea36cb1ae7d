// The one place that decides node and edge keys (graph.json, the API and the viewer all use them).
import { InvalidInputError } from '../errors.ts';
import type { EdgeType } from '../types.ts';

/** A node's key is its canonical name, trimmed. */
export function nodeKey(canonicalName: string): string {
  const key = typeof canonicalName === 'string' ? canonicalName.trim() : '';
  if (key === '') throw new InvalidInputError('A node needs a non-empty canonical name');
  return key;
}

/**
 * The direction an edge is stored in. `partners_with` is symmetric, so its ends
 * are sorted: A→B and B→A become one edge.
 */
export function edgeEnds(source: string, type: EdgeType, target: string): { source: string; target: string } {
  const s = nodeKey(source);
  const t = nodeKey(target);
  if (type === 'partners_with' && t < s) return { source: t, target: s };
  return { source: s, target: t };
}

/** `source|type|target`, with the ends ordered as `edgeEnds` stores them. */
export function edgeKey(source: string, type: EdgeType, target: string): string {
  const ends = edgeEnds(source, type, target);
  return `${ends.source}|${type}|${ends.target}`;
}
