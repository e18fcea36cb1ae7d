// firstSeen / lastSeen of edges and nodes: the span of dates their evidence covers.
// An evidence item covers its sentence's own time (2023年4月 → from 2023-04-01) up to
// the article's date; without a sentence time, the article's date alone.
import { isoEnd, isoStart } from '../extract/iso-date.ts';
import type { Evidence } from '../types.ts';
import type { KgGraph } from './build.ts';

export interface SeenSpan {
  firstSeen: string;
  lastSeen: string;
}

/** The dates (YYYY-MM-DD) one evidence item covers, or undefined when it has none. */
export function evidenceSpan(e: Evidence): SeenSpan | undefined {
  const time = e.time;
  if (!time && !e.date) return undefined;
  const firstSeen = time ? min(isoStart(time.from), e.date) : e.date!;
  const lastSeen = e.date ?? isoEnd(time!.to ?? time!.from);
  return { firstSeen, lastSeen };
}

/** The span of all of `evidence`, or undefined when none of it is dated. */
export function spanOf(evidence: Evidence[]): SeenSpan | undefined {
  // evidenceSpan's bounds without making a span per item: windows and builds read every sentence.
  let firstSeen: string | undefined;
  let lastSeen = '';
  for (const e of evidence) {
    const { time, date } = e;
    if (!time && !date) continue;
    const first = time ? min(isoStart(time.from), date) : date!;
    const last = date ?? isoEnd(time!.to ?? time!.from);
    if (firstSeen === undefined || first < firstSeen) firstSeen = first;
    if (last > lastSeen) lastSeen = last;
  }
  return firstSeen === undefined ? undefined : { firstSeen, lastSeen };
}

/**
 * Widens the span of a node's or an edge's attributes, in place, to take in `firstSeen`..`lastSeen`
 * (without graphology's setters: a build widens a million times, each setter a lookup and an event).
 */
export function widenSeen(attributes: { firstSeen?: string; lastSeen?: string }, firstSeen: string, lastSeen: string): void {
  if (attributes.firstSeen && attributes.lastSeen) {
    if (firstSeen < attributes.firstSeen) attributes.firstSeen = firstSeen;
    if (lastSeen > attributes.lastSeen) attributes.lastSeen = lastSeen;
  } else {
    attributes.firstSeen = firstSeen;
    attributes.lastSeen = lastSeen;
  }
}

/**
 * Recomputes spans from scratch after evidence was taken out: an edge's from its
 * evidence, a node's from its articles' dates and its edges.
 */
export function recomputeSeen(graph: KgGraph, nodes: Iterable<string>, articleDates: Record<string, string>): void {
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    let span: SeenSpan | undefined;
    graph.forEachEdge(node, (edge, attributes) => {
      const edgeSpan = spanOf(attributes.evidence);
      setSpan(graph, 'edge', edge, edgeSpan);
      span = widen(span, edgeSpan);
    });
    for (const article of graph.getNodeAttribute(node, 'articles')) {
      const date = articleDates[article];
      if (date) span = widen(span, { firstSeen: date, lastSeen: date });
    }
    setSpan(graph, 'node', node, span);
  }
}

export function widen(a: SeenSpan | undefined, b: SeenSpan | undefined): SeenSpan | undefined {
  if (!a) return b && { ...b };
  if (!b) return a;
  return { firstSeen: min(a.firstSeen, b.firstSeen)!, lastSeen: a.lastSeen > b.lastSeen ? a.lastSeen : b.lastSeen };
}

function setSpan(graph: KgGraph, kind: 'node' | 'edge', key: string, span: SeenSpan | undefined): void {
  const update = <A extends { firstSeen?: string; lastSeen?: string }>(attributes: A): A => {
    const { firstSeen: _first, lastSeen: _last, ...rest } = attributes;
    return (span ? { ...rest, ...span } : rest) as A;
  };
  if (kind === 'node') graph.updateNodeAttributes(key, update);
  else graph.updateEdgeAttributes(key, update);
}

function min(a: string, b: string | undefined): string {
  return b !== undefined && b < a ? b : a;
}
