// Name lookup in the loaded graph: the search box's fallback when `/api/search` cannot answer
// (a static graph given with `?graph=`, or the server down). No pinyin or Traditional folding here.
import type { ViewGraph } from './load-graph.ts';

export interface SearchHit {
  key: string;
  label: string;
  type: string;
  /** The alias that matched, when it was not the label. */
  matched?: string;
}

/** Exact, then prefix, then substring matches on label and aliases; shorter names first. */
export function localSearch(graph: ViewGraph, query: string, limit = 10): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: Array<{ hit: SearchHit; score: number }> = [];
  graph.forEachNode((key, a) => {
    let best = Infinity;
    let matched: string | undefined;
    for (const name of [a.label, ...a.aliases]) {
      const n = name.toLowerCase();
      const rank = n === q ? 0 : n.startsWith(q) ? 1 : n.includes(q) ? 2 : Infinity;
      const score = rank * 1000 + name.length;
      if (score < best) {
        best = score;
        matched = name === a.label ? undefined : name;
      }
    }
    if (best !== Infinity) scored.push({ hit: { key, label: a.label, type: a.kind, ...(matched ? { matched } : {}) }, score: best });
  });
  return scored
    .sort((x, y) => x.score - y.score || x.hit.label.localeCompare(y.hit.label, 'zh'))
    .slice(0, limit)
    .map((s) => s.hit);
}
