// Autocomplete over names and aliases: Simplified or Traditional, pinyin or its initials.
import { DEFAULT_SETTINGS } from '../config.ts';
import type { QueryLimits } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import type { NodeType } from '../types.ts';
import { normaliseQuery } from './normalise-query.ts';
import { getSearchIndex } from './search-index.ts';
import type { MatchKind } from './search-index.ts';
import { checkNodeType } from './node-types.ts';
import { TopHits } from './top-hits.ts';

export interface SearchParams {
  q: string;
  type?: NodeType;
  /** Default `searchLimit`, at most `maxSearchLimit`. */
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

export function search(
  graph: KgGraph,
  params: SearchParams,
  limits: Partial<Pick<QueryLimits, 'searchLimit' | 'maxSearchLimit'>> = {},
): SearchResult[] {
  const { searchLimit, maxSearchLimit } = { ...DEFAULT_SETTINGS, ...limits };
  if (typeof params.q !== 'string') throw new InvalidInputError('search needs a query string');
  const q = normaliseQuery(params.q);
  if (q === '') throw new InvalidInputError('The search query is empty', { hint: 'Type part of a name, e.g. 阿克陶 or akt' });
  const type = params.type === undefined ? undefined : checkNodeType(params.type);
  const limit = params.limit ?? searchLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxSearchLimit)
    throw new InvalidInputError(`limit must be an integer from 1 to ${maxSearchLimit}`);

  const index = getSearchIndex(graph);
  const top = new TopHits(limit, type === undefined ? undefined : (attributes) => attributes.type === type);
  const offer = top.offer.bind(top);
  index.forEachPrefixMatch(q, {}, offer);
  // Substrings rank below every prefix: when prefixes fill the page, they cannot show.
  if (top.size < limit) index.forEachSubstringMatch(q, offer);
  return top.hits().map((hit) => {
    const attributes = graph.getNodeAttributes(hit.node);
    return { node: hit.node, label: attributes.label, type: attributes.type, match: hit.match, matched: hit.matched };
  });
}
