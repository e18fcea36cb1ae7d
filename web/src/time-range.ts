// The viewer's time slicer (like Neo4j Bloom's): which nodes and edges the evidence shows within
// a range of years. A node or edge is in the range when its firstSeen–lastSeen span meets it;
// undated ones (the administrative tree, undated articles) stay unless the user hides them.
// Pure, so it is tested in Node.

export interface YearRange {
  from: number;
  to: number;
}

/** The slicer's setting: a range of years (null: all time) and whether undated items show. */
export interface TimeFilter {
  range: YearRange | null;
  undated: boolean;
}

export interface Dated {
  firstSeen?: string;
  lastSeen?: string;
}

interface GraphLike {
  forEachNode(callback: (node: string, attributes: Dated) => void): void;
  forEachEdge(callback: (edge: string, attributes: Dated) => void): void;
}

export const ALL_TIME: TimeFilter = { range: null, undated: true };

/** Whether the filter keeps anything out. */
export function isTimeFiltered(filter: TimeFilter): boolean {
  return filter.range !== null || !filter.undated;
}

/** The first and last year any node or edge is seen; null for an undated graph. */
export function yearBounds(graph: GraphLike): YearRange | null {
  let from = Infinity;
  let to = -Infinity;
  const see = (a: Dated) => {
    if (a.firstSeen) from = Math.min(from, yearOf(a.firstSeen));
    if (a.lastSeen) to = Math.max(to, yearOf(a.lastSeen));
  };
  graph.forEachNode((_node, a) => see(a));
  graph.forEachEdge((_edge, a) => see(a));
  return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null;
}

/** Whether an item shows under the filter. */
export function inTime(a: Dated, filter: TimeFilter): boolean {
  if (!a.firstSeen || !a.lastSeen) return filter.undated;
  if (!filter.range) return true;
  return yearOf(a.firstSeen) <= filter.range.to && yearOf(a.lastSeen) >= filter.range.from;
}

/** Edges first seen in each year of `bounds` (new aid per year), for the slicer's bars. */
export function yearHistogram(graph: GraphLike, bounds: YearRange): number[] {
  const counts = new Array<number>(bounds.to - bounds.from + 1).fill(0);
  graph.forEachEdge((_edge, a) => {
    if (!a.firstSeen) return;
    const i = yearOf(a.firstSeen) - bounds.from;
    if (i >= 0 && i < counts.length) counts[i]!++;
  });
  return counts;
}

/** `2019-2023` for the URL; `2023` for one year. */
export function formatYears(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

/** Reads what formatYears wrote; null for anything else. */
export function parseYears(text: string | null): YearRange | null {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text ?? '');
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  return from <= to ? { from, to } : null;
}

/** Keeps a range inside the graph's years; null when it covers them all (no filter). */
export function clampYears(range: YearRange, bounds: YearRange): YearRange | null {
  const from = Math.min(Math.max(range.from, bounds.from), bounds.to);
  const to = Math.max(Math.min(range.to, bounds.to), from);
  return from === bounds.from && to === bounds.to ? null : { from, to };
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
