// Autocomplete over names and aliases: Simplified or Traditional, pinyin or its initials.
import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import type { NodeType } from '../types.ts';
import { normaliseQuery } from './normalise-query.ts';
import { getSearchIndex, matchRank } from './search-index.ts';
import type { IndexHit, MatchKind } from './search-index.ts';
import { checkNodeType } from './node-types.ts';

export interface SearchParams {
  q: string;
  type?: NodeType;
  /** Default 10. */
  limit?: number;
}

export interface SearchResult {
  node: string;
  label: string;
  type: NodeType;
  match: MatchKind;
  /** The name or alias that matched. */
  matched: string;
}

export const SEARCH_LIMIT_CAP = 100;

export function search(graph: KgGraph, params: SearchParams): SearchResult[] {
  if (typeof params.q !== 'string') throw new InvalidInputError('search needs a query string');
  const q = normaliseQuery(params.q);
  if (q === '') throw new InvalidInputError('The search query is empty', { hint: 'Type part of a name, e.g. 阿克陶 or akt' });
  const type = params.type === undefined ? undefined : checkNodeType(params.type);
  const limit = params.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMIT_CAP)
    throw new InvalidInputError(`limit must be an integer from 1 to ${SEARCH_LIMIT_CAP}`);

  const index = getSearchIndex(graph);
  const wanted = (hit: IndexHit) => type === undefined || graph.getNodeAttribute(hit.node, 'type') === type;
  // Prefix matches rank above substrings: when they fill the page, skip the linear substring scan.
  let hits = index.lookup(q, { substring: false }).filter(wanted);
  if (hits.length < limit) hits = index.lookup(q).filter(wanted);
  return rankHits(graph, hits)
    .slice(0, limit)
    .map((hit) => {
      const attributes = graph.getNodeAttributes(hit.node);
      return { node: hit.node, label: attributes.label, type: attributes.type, match: hit.match, matched: hit.matched };
    });
}

/** Best match kind first, then the most mentioned, then the shortest name. */
export function rankHits(graph: KgGraph, hits: IndexHit[]): IndexHit[] {
  const mentions = (node: string): number => graph.getNodeAttribute(node, 'mentions') ?? 0;
  return hits.sort(
    (a, b) =>
      matchRank(a.match) - matchRank(b.match) ||
      mentions(b.node) - mentions(a.node) ||
      a.node.length - b.node.length ||
      (a.node < b.node ? -1 : a.node > b.node ? 1 : 0),
  );
}
