// Query latency in the engine (no HTTP): shortest path, simple paths ≤ 4 hops (with the
// enumeration cap), "who supports X" and search, on the built graph and on a large synthetic one.
import { loadGraph } from '../src/graph/store.ts';
import type { KgGraph } from '../src/graph/build.ts';
import { graphMetrics } from '../src/graph/metrics.ts';
import { findPaths } from '../src/query/find-paths.ts';
import { resolveName } from '../src/query/resolve-name.ts';
import { search } from '../src/query/search.ts';
import { getSearchIndex } from '../src/query/search-index.ts';
import { findSupporters } from '../src/query/supporters.ts';
import { traversalView } from '../src/query/traversal-view.ts';
import { createRandom } from './random.ts';
import { timeEach } from './stats.ts';
import type { Latency } from './stats.ts';
import { syntheticGraph } from './synthetic-graph.ts';

export interface GraphQueries {
  nodes: number;
  edges: number;
  /** Seconds to load or generate the graph, and to build the search index and traversal view. */
  prepareSeconds: number;
  indexSeconds: number;
  shortestPath: Latency;
  simplePaths: Latency & { truncatedShare: number };
  supporters: Latency;
  search: Latency;
  /** Resolving a name that does not exist: the error with its suggestions. */
  suggestions: Latency;
  /** Degree, PageRank, betweenness and Louvain once (the server's cost per graph version). */
  metricsSeconds: number;
  betweennessSampled: boolean;
}

export interface QueriesOptions {
  graphDir: string;
  samples: number;
  /** Size of the synthetic graph; 0 skips it. */
  syntheticNodes: number;
  syntheticEdges: number;
}

export interface QueriesResult {
  built: GraphQueries;
  synthetic?: GraphQueries;
}

function measureGraph(graph: KgGraph, prepareSeconds: number, samples: number): GraphQueries {
  const t = performance.now();
  // The whole index, character lists included (a server builds those after listening).
  getSearchIndex(graph).warm(Number.POSITIVE_INFINITY);
  traversalView(graph, { directed: false });
  const indexSeconds = (performance.now() - t) / 1000;

  const random = createRandom(11);
  const connected = graph.filterNodes((node) => graph.degree(node) > 0);
  const pairs = Array.from({ length: samples }, () => [random.pick(connected), random.pick(connected)] as const);
  const supported = graph.filterNodes((node) => graph.someInEdge(node, (_e, a) => a.type === 'supports'));
  const recipients = Array.from({ length: samples }, () => random.pick(supported.length ? supported : connected));
  // What a user types into the search box: the first one to three characters of a name.
  const queries = Array.from({ length: samples }, () => {
    const label = random.pick(connected);
    return label.slice(0, 1 + random.int(3));
  });

  const shortestPath = timeEach(pairs, ([from, to]) => findPaths(graph, { from, to, mode: 'shortest' }));
  let truncated = 0;
  let calls = 0;
  const simple = timeEach(pairs, ([from, to]) => {
    calls++;
    if (findPaths(graph, { from, to, mode: 'simple', maxHops: 4 }).truncated) truncated++;
  });
  const supporters = timeEach(recipients, (of) => findSupporters(graph, { of }), { warmup: 2, budgetMs: 10_000 });
  const searchLatency = timeEach(queries, (q) => search(graph, { q, limit: 10 }));
  // Misspellings as people make them: a real name with its head swapped for another's and its
  // last character changed, kept only when no entity has that name.
  const unknown: string[] = [];
  for (let i = 0; unknown.length < samples && i < samples * 20; i++) {
    const q = `${random.pick(connected).slice(0, 2)}${random.pick(connected).slice(2, -1)}县`;
    try {
      resolveName(graph, q);
    } catch {
      unknown.push(q);
    }
  }
  const suggestions = timeEach(unknown, (q) => {
    try {
      resolveName(graph, q);
    } catch {
      // The suggestions are the answer.
    }
  });
  const m = performance.now();
  const metrics = graphMetrics(graph);
  const metricsSeconds = (performance.now() - m) / 1000;
  return {
    metricsSeconds,
    betweennessSampled: metrics.betweennessSampled,
    nodes: graph.order,
    edges: graph.size,
    prepareSeconds,
    indexSeconds,
    shortestPath,
    simplePaths: { ...simple, truncatedShare: truncated / calls },
    supporters,
    search: searchLatency,
    suggestions,
  };
}

export async function measureQueries(options: QueriesOptions): Promise<QueriesResult> {
  let t = performance.now();
  const graph = await loadGraph(options.graphDir);
  const built = measureGraph(graph, (performance.now() - t) / 1000, options.samples);
  if (!options.syntheticNodes) return { built };
  t = performance.now();
  const big = syntheticGraph({ nodes: options.syntheticNodes, edges: options.syntheticEdges });
  const synthetic = measureGraph(big, (performance.now() - t) / 1000, options.samples);
  return { built, synthetic };
}
