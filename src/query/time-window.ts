// Time windows for queries ("since 2020", "between 2019 and 2023", 2020年以来): the graph
// as its dated evidence shows it in the window. Aid, investment, programme and pairing
// edges stay when some evidence item covers a date in the window, with only that evidence;
// the administrative tree and membership (located_in, part_of) are not events and always stay.
// Undated evidence cannot show that something happened in a window, so it is left out.
// Dates (firstSeen/lastSeen) in a window are those of what is in it: an edge's from its
// evidence in the window, a node's from its edges' and its articles' dates in it.
import { InvalidInputError } from '../errors.ts';
import { isIsoPrefix, isoEnd, isoStart } from '../extract/iso-date.ts';
import type { KgGraph } from '../graph/build.ts';
import { createGraph } from '../graph/build.ts';
import { spanOf, widenSeen } from '../graph/seen-dates.ts';
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
  return evidenceMeets(e, boundsOf(window));
}

/** A window as its first and last day ('' and '\uffff' when open): compared with dates as they are. */
interface Bounds {
  start: string;
  end: string;
}

function boundsOf(window: TimeWindow): Bounds {
  return { start: window.since ? isoStart(window.since) : '', end: window.until ? isoEnd(window.until) : '\uffff' };
}

/** evidenceSpan(e) meets the bounds, without making the span (a window reads every sentence of the graph). */
function evidenceMeets(e: Evidence, bounds: Bounds): boolean {
  const { time, date } = e;
  if (!time) return date !== undefined && date >= bounds.start && date <= bounds.end;
  const lastSeen = date ?? isoEnd(time.to ?? time.from);
  if (lastSeen < bounds.start) return false;
  const start = isoStart(time.from);
  return (date !== undefined && date < start ? date : start) <= bounds.end;
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
  const bounds = boundsOf(window);
  // A node's dates in the window: its articles' dates and its edges' evidence in it.
  const spans = new Map<string, SeenSpan>();
  const widenNode = (node: string, span: SeenSpan | undefined): void => {
    if (!span) return;
    const own = spans.get(node);
    if (own) widenSeen(own, span.firstSeen, span.lastSeen);
    else spans.set(node, { ...span });
  };
  const datesInWindow = new Map<string, SeenSpan>();
  for (const [article, date] of Object.entries((graph.getAttribute('articleDates') ?? {}) as Record<string, string>))
    if (date >= bounds.start && date <= bounds.end) datesInWindow.set(article, { firstSeen: date, lastSeen: date });
  // A node whose dates all lie in the window keeps them (and is not worth a look at its articles).
  const whole = new Set<string>();
  graph.forEachNode((node, attributes) => {
    const { firstSeen, lastSeen } = attributes;
    if (!firstSeen || !lastSeen || (firstSeen >= bounds.start && lastSeen <= bounds.end)) whole.add(node);
    else for (const article of attributes.articles) widenNode(node, datesInWindow.get(article));
  });
  const edges: Array<[string, string, string, EdgeAttributes]> = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    const kept = edgeInWindow(attributes, window, bounds);
    if (!kept) return;
    edges.push([edge, source, target, kept]);
    if (whole.has(source) && whole.has(target)) return;
    const span = TIMELESS_EDGES.has(kept.type) ? spanOf(kept.evidence.filter((e) => evidenceMeets(e, bounds))) : seenOf(kept);
    widenNode(source, span);
    widenNode(target, span);
  });
  graph.forEachNode((node, attributes) => view.addNode(node, whole.has(node) ? attributes : withSpan(attributes, spans.get(node))));
  for (const [edge, source, target, attributes] of edges) view.addDirectedEdgeWithKey(edge, source, target, attributes);
  return view;
}

/** An event edge's evidence and figures in the window, dated by that evidence alone; null when none is in it. */
function edgeInWindow(attributes: EdgeAttributes, window: TimeWindow, bounds: Bounds): EdgeAttributes | null {
  if (TIMELESS_EDGES.has(attributes.type)) return attributes;
  const evidence = attributes.evidence.filter((e) => evidenceMeets(e, bounds));
  if (evidence.length === 0) return null;
  // Every sentence in a window is dated, so the kept ones have a span.
  const { firstSeen, lastSeen } = spanOf(evidence)!;
  const kept: EdgeAttributes = { ...attributes, evidence, weight: evidence.length, firstSeen, lastSeen };
  // Sentences past an article's cap count where that article's kept ones are in the window.
  if (attributes.evidenceOmitted) {
    const articles = new Set(evidence.map((e) => e.article));
    const omitted = Object.entries(attributes.evidenceOmitted).filter(([article]) => articles.has(article));
    if (omitted.length > 0) {
      kept.evidenceOmitted = Object.fromEntries(omitted);
      kept.weight += omitted.reduce((sum, [, n]) => sum + n, 0);
    } else delete kept.evidenceOmitted;
  }
  if (attributes.amounts) {
    const amounts = attributes.amounts.filter((a) => amountInWindow(a, window));
    if (amounts.length > 0) kept.amounts = amounts;
    else delete kept.amounts;
  }
  return kept;
}

function seenOf(attributes: { firstSeen?: string; lastSeen?: string }): SeenSpan | undefined {
  return attributes.firstSeen && attributes.lastSeen ? { firstSeen: attributes.firstSeen, lastSeen: attributes.lastSeen } : undefined;
}

/** `attributes` with `span` as its dates (none when undefined); the same object when they are already so. */
function withSpan<A extends { firstSeen?: string; lastSeen?: string }>(attributes: A, span: SeenSpan | undefined): A {
  if (attributes.firstSeen === span?.firstSeen && attributes.lastSeen === span?.lastSeen) return attributes;
  const { firstSeen: _first, lastSeen: _last, ...rest } = attributes;
  return (span ? { ...rest, ...span } : rest) as A;
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
