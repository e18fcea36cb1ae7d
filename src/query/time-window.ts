// Time windows for queries ("since 2020", "between 2019 and 2023", 2020年以来): the graph
// as its dated evidence shows it in the window. Aid, investment, programme and pairing
// edges stay when some evidence item covers a date in the window, with only that evidence;
// the administrative tree and membership (located_in, part_of) are not events and always stay.
// Undated evidence cannot show that something happened in a window, so it is left out.
import { InvalidInputError } from '../errors.ts';
import { isIsoPrefix, isoEnd, isoStart } from '../extract/iso-date.ts';
import type { KgGraph } from '../graph/build.ts';
import { createGraph } from '../graph/build.ts';
import { evidenceSpan } from '../graph/seen-dates.ts';
import type { SeenSpan } from '../graph/seen-dates.ts';
import type { AmountFact, EdgeAttributes, EdgeType, Evidence } from '../types.ts';
import { graphRevision } from '../graph/on-graph-change.ts';

/** Both ends included, as ISO prefixes (2020, 2020-04, 2020-04-01); an end left out is open. */
export interface TimeWindow {
  since?: string;
  until?: string;
}

/** Edges that say what is, not what happened: kept whatever the window. */
export const TIMELESS_EDGES: ReadonlySet<EdgeType> = new Set(['located_in', 'part_of']);

/** Throws an InvalidInputError naming the bad end; returns the window for chaining. */
export function checkWindow(window: TimeWindow): TimeWindow {
  for (const end of ['since', 'until'] as const) {
    const value = window[end];
    if (value !== undefined && !isIsoPrefix(value))
      throw new InvalidInputError(`${end} "${value}" is not a year or a date`, { hint: 'Use a year (2020), a month (2020-04) or a day (2020-04-01)' });
  }
  if (window.since && window.until && isoStart(window.since) > isoEnd(window.until))
    throw new InvalidInputError(`The window starts (${window.since}) after it ends (${window.until})`);
  return window;
}

export function isOpenWindow(window: TimeWindow | undefined): boolean {
  return !window || (window.since === undefined && window.until === undefined);
}

/** Whether a span of dates meets the window. */
export function spanInWindow(span: SeenSpan | undefined, window: TimeWindow): boolean {
  if (!span) return false;
  if (window.since && span.lastSeen < isoStart(window.since)) return false;
  if (window.until && span.firstSeen > isoEnd(window.until)) return false;
  return true;
}

export function evidenceInWindow(e: Evidence, window: TimeWindow): boolean {
  return spanInWindow(evidenceSpan(e), window);
}

/** A figure is in the window when the period it covers meets it, or (without a period) its evidence does. */
export function amountInWindow(fact: AmountFact, window: TimeWindow): boolean {
  if (fact.period) {
    const period = fact.period;
    const latest = fact.evidence.reduce<string | undefined>((d, e) => (e.date && (!d || e.date > d) ? e.date : d), undefined);
    const lastSeen = period.to ? isoEnd(period.to) : (latest ?? isoEnd(period.from));
    return spanInWindow({ firstSeen: isoStart(period.from), lastSeen }, window);
  }
  return fact.evidence.some((e) => evidenceInWindow(e, window));
}

/** "since 2020", "until 2023", "2019–2023". */
export function windowLabel(window: TimeWindow): string {
  if (window.since && window.until) return window.since === window.until ? `in ${window.since}` : `${window.since}–${window.until}`;
  if (window.since) return `since ${window.since}`;
  if (window.until) return `until ${window.until}`;
  return 'any time';
}

const MAX_WINDOWS_PER_GRAPH = 8;
const caches = new WeakMap<KgGraph, { revision: number; windows: Map<string, KgGraph> }>();

/**
 * The graph in the window: every node, the timeless edges, and each event edge with
 * its evidence and figures in the window (dropped when none is). Cached per graph and
 * window until the graph changes; an open window is the graph itself.
 */
export function graphInWindow(graph: KgGraph, window: TimeWindow | undefined): KgGraph {
  if (!window || isOpenWindow(window)) return graph;
  checkWindow(window);
  const key = `${window.since ?? ''}..${window.until ?? ''}`;
  const cache = cacheOf(graph);
  const hit = cache.get(key);
  if (hit) return hit;
  const view = buildWindow(graph, window);
  cache.set(key, view);
  if (cache.size > MAX_WINDOWS_PER_GRAPH) cache.delete(cache.keys().next().value as string);
  return view;
}

function buildWindow(graph: KgGraph, window: TimeWindow): KgGraph {
  const view = createGraph();
  view.replaceAttributes({ ...graph.getAttributes(), window });
  graph.forEachNode((node, attributes) => {
    view.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const kept = edgeInWindow(attributes, window);
    if (kept) view.addDirectedEdgeWithKey(edge, source, target, kept);
  });
  return view;
}

function edgeInWindow(attributes: EdgeAttributes, window: TimeWindow): EdgeAttributes | null {
  if (TIMELESS_EDGES.has(attributes.type)) return attributes;
  const evidence = attributes.evidence.filter((e) => evidenceInWindow(e, window));
  if (evidence.length === 0) return null;
  const kept: EdgeAttributes = { ...attributes, evidence, weight: evidence.length };
  if (attributes.amounts) {
    const amounts = attributes.amounts.filter((a) => amountInWindow(a, window));
    if (amounts.length > 0) kept.amounts = amounts;
    else delete kept.amounts;
  }
  return kept;
}

function cacheOf(graph: KgGraph): Map<string, KgGraph> {
  const revision = graphRevision(graph);
  let cache = caches.get(graph);
  // Any change to the graph makes its windows stale; merges are rare next to queries.
  if (!cache || cache.revision !== revision) {
    cache = { revision, windows: new Map<string, KgGraph>() };
    caches.set(graph, cache);
  }
  return cache.windows;
}
