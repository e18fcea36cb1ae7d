// Which extraction and graph format a graph.json was built with. A graph folder can outlive
// the code that built it (a committed graph/, a fresh clone with arbitrary mtimes), so the
// start-up rebuilds a graph of another format instead of serving it stale.
import type { KgGraph } from '../graph/build.ts';

/**
 * Bump whenever a build of the same articles would give another graph.json: extraction
 * rules, node or edge attributes, keys. 1: evidence dates, sentence times and figures;
 * 2: evidence one per sentence text of an article; 3: graph.gexf without indentation, JSON
 * values single-quoted.
 */
export const GRAPH_FORMAT_VERSION = 3;

const ATTRIBUTE = 'formatVersion';

/** Marks a graph as built by this version (saved with it as a graph attribute). */
export function stampGraphFormat(graph: KgGraph): void {
  graph.setAttribute(ATTRIBUTE, GRAPH_FORMAT_VERSION);
}

/** The format a graph was built with; null for a graph built before versions were written. */
export function graphFormatOf(graph: KgGraph): number | null {
  const version = graph.getAttribute(ATTRIBUTE);
  return typeof version === 'number' ? version : null;
}
