// Evidence as the reader wants it: one card per distinct sentence, listing every relation the
// sentence gives (江西省 supports three counties in one sentence: one card, three relations).
import type { ViewGraph } from './load-graph.ts';

export interface EvidenceRelation {
  edge: string;
  source: string;
  kind: string;
  target: string;
}

export interface EvidenceCard {
  article: string;
  /** Offsets into the article as written. */
  start: number;
  end: number;
  /** The sentence as written. */
  sentence: string;
  relations: EvidenceRelation[];
}

/** Cards for the evidence of `edges`, in article order, then by position in the article. */
export function evidenceCards(graph: ViewGraph, edges: Iterable<string>): EvidenceCard[] {
  const cards = new Map<string, EvidenceCard>();
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const a = graph.getEdgeAttributes(edge);
    const relation = { edge, source: graph.source(edge), kind: a.kind, target: graph.target(edge) };
    for (const e of a.evidence) {
      const id = `${e.article}\u0000${e.start}\u0000${e.end}\u0000${e.start < 0 ? e.sentence : ''}`;
      let card = cards.get(id);
      if (!card) cards.set(id, (card = { article: e.article, start: e.start, end: e.end, sentence: e.sentence, relations: [] }));
      if (!card.relations.some((r) => r.edge === edge)) card.relations.push(relation);
    }
  }
  return [...cards.values()].sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start));
}

/** The evidence of every edge of `node`. */
export function nodeEvidenceCards(graph: ViewGraph, node: string): EvidenceCard[] {
  return graph.hasNode(node) ? evidenceCards(graph, graph.edges(node)) : [];
}

export interface Reading {
  start: number;
  end: number;
  text: string;
}

/** The clean reading of the sentence at `start`–`end`: the one with that span, else the first overlapping it. */
export function readingOf(readings: readonly Reading[], start: number, end: number): string | null {
  const exact = readings.find((r) => r.start === start && r.end === end);
  if (exact) return exact.text;
  const overlapping = readings.filter((r) => r.start < end && r.end > start);
  return overlapping.length ? overlapping.map((r) => r.text).join('') : null;
}
