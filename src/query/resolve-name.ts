// Turns what a user typed into a node key: canonical name, alias, Traditional spelling
// or an unambiguous prefix. Unknown names get suggestions; ambiguous ones list candidates.
import { DEFAULT_SETTINGS } from '../config.ts';
import { InvalidInputError, KgError, NotFoundError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import { normaliseQuery } from './normalise-query.ts';
import { getSearchIndex } from './search-index.ts';
import type { IndexHit } from './search-index.ts';
import { rankHits } from './top-hits.ts';

// Names resolve the same way for every caller, so these two caps are read from the defaults.
const { maxSuggestions, maxCandidates } = DEFAULT_SETTINGS;

// `天津` names 天津市 even when 天津食品集团 shares the prefix: a place name plus its
// administrative suffix is what people mean by the short form.
const ADMIN_SUFFIXES = ['省', '市', '县', '区', '地区', '自治区', '自治州', '州', '盟', '旗', '乡', '镇', '村'];

export function resolveName(graph: KgGraph, name: string): string {
  if (typeof name !== 'string' || name.trim() === '') throw new InvalidInputError('An entity name is empty');
  const raw = name.trim();
  if (graph.hasNode(raw)) return raw;

  const q = normaliseQuery(raw);
  const index = getSearchIndex(graph);
  const exact = index.exact(q);
  if (exact.length === 1) return exact[0].node;
  if (exact.length > 1) {
    const byName = exact.filter((hit) => hit.match === 'name');
    if (byName.length === 1) return byName[0].node;
    throw ambiguous(graph, raw, exact);
  }

  const prefixed = index.lookup(q, { substring: false, pinyin: false });
  if (prefixed.length === 1) return prefixed[0].node;
  if (prefixed.length > 1) {
    const places = prefixed.filter((hit) => ADMIN_SUFFIXES.some((suffix) => hit.node === q + suffix));
    if (places.length === 1) return places[0].node;
    throw ambiguous(graph, raw, prefixed);
  }

  const suggestions = suggest(graph, q);
  throw new NotFoundError(`No entity named "${raw}"`, {
    hint: suggestions.length ? `Did you mean: ${suggestions.join(', ')}?` : 'Try /api/search?q= with part of the name',
    details: { name: raw, suggestions },
  });
}

function ambiguous(graph: KgGraph, raw: string, hits: IndexHit[]): KgError {
  const candidates = rankHits(graph, hits)
    .slice(0, maxCandidates)
    .map((hit) => hit.node);
  const more = hits.length > candidates.length ? ` (and ${hits.length - candidates.length} more)` : '';
  return new KgError('AMBIGUOUS', `"${raw}" names ${hits.length} entities`, {
    hint: `Use the full name of one of: ${candidates.join(', ')}${more}`,
    details: { name: raw, candidates },
  });
}

/** Up to `maxSuggestions` names close to `q`: search hits first, else names sharing the most characters. */
export function suggest(graph: KgGraph, q: string): string[] {
  const index = getSearchIndex(graph);
  const hits = rankHits(graph, index.lookup(q));
  if (hits.length) return hits.slice(0, maxSuggestions).map((hit) => hit.node);
  // Dice's coefficient over distinct characters, so long names do not win by size.
  return index.similar(q, maxSuggestions, MIN_SIMILARITY);
}

const MIN_SIMILARITY = 0.4;
