// Node metrics for sizing, colouring and ranking: degree, PageRank, betweenness and Louvain
// communities. Computed once per graph version: the result is cached per graph and dropped
// when an edge or node is added, removed or reweighted (graphology's events).
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

import type { KgGraph } from './build.ts';

// CommonJS packages typed with `export default`: at run time the default import is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

export interface NodeMetrics {
  /** Edges of any type, both directions. */
  degree: number;
  /** On the directed graph, edges weighted by their evidence: what much points at ranks high. */
  pagerank: number;
  /** Normalised, on the undirected graph: how often the node lies on shortest paths. */
  betweenness: number;
  /** Louvain community on the undirected graph; 0 is the largest community, 1 the next… */
  community: number;
}

export interface GraphMetrics {
  nodes: ReadonlyMap<string, NodeMetrics>;
  /** Communities found, and whether betweenness was estimated from a sample of sources. */
  communities: number;
  betweennessSampled: boolean;
}

export interface MetricsOptions {
  /** Sources of the betweenness estimate past which sampling starts; default by graph size. */
  betweennessSources?: number;
  /** Seed of Louvain's random walk, so the same graph gets the same communities. */
  seed?: number;
}

/**
 * Exact betweenness costs one breadth-first search per node; past this much work
 * (sources × (nodes + edges)) it is estimated from evenly spread sources instead,
 * as Brandes and Pich do: a 35,000-node graph then takes about a second.
 */
export const BETWEENNESS_WORK_BUDGET = 5_000_000;
const MIN_BETWEENNESS_SOURCES = 50;

const cache = new WeakMap<KgGraph, GraphMetrics>();
const watched = new WeakSet<KgGraph>();

/** The metrics of the graph as it is now; computed on first use after each change. */
export function graphMetrics(graph: KgGraph, options: MetricsOptions = {}): GraphMetrics {
  const cached = options.betweennessSources === undefined && options.seed === undefined ? cache.get(graph) : undefined;
  if (cached) return cached;
  const metrics = computeMetrics(graph, options);
  if (options.betweennessSources === undefined && options.seed === undefined) {
    watch(graph);
    cache.set(graph, metrics);
  }
  return metrics;
}

/**
 * Takes `metrics` as the graph's own, computed elsewhere for the graph as it is now (saved by
 * the build, or by a snapshot's worker); dropped on the next change as computed ones are.
 */
export function rememberMetrics(graph: KgGraph, metrics: GraphMetrics): void {
  watch(graph);
  cache.set(graph, metrics);
}

/** Metrics as flat arrays, cheap to send to another thread: four numbers per key. */
export interface MetricsColumns {
  keys: string[];
  /** degree, PageRank, betweenness and community of `keys[i]` at 4i … 4i + 3. */
  values: Float64Array;
  communities: number;
  betweennessSampled: boolean;
}

export function metricsToColumns(metrics: GraphMetrics): MetricsColumns {
  const keys = [...metrics.nodes.keys()];
  const values = new Float64Array(keys.length * 4);
  keys.forEach((key, i) => {
    const m = metrics.nodes.get(key)!;
    values.set([m.degree, m.pagerank, m.betweenness, m.community], i * 4);
  });
  return { keys, values, communities: metrics.communities, betweennessSampled: metrics.betweennessSampled };
}

export function metricsFromColumns({ keys, values, communities, betweennessSampled }: MetricsColumns): GraphMetrics {
  const nodes = new Map<string, NodeMetrics>();
  keys.forEach((key, i) => nodes.set(key, { degree: values[i * 4]!, pagerank: values[i * 4 + 1]!, betweenness: values[i * 4 + 2]!, community: values[i * 4 + 3]! }));
  return { nodes, communities, betweennessSampled };
}

/** Whether the graph's metrics are at hand, so reading them computes nothing. */
export function hasMetrics(graph: KgGraph): boolean {
  return cache.has(graph);
}

/** Metrics of one node; zeros for a node the graph does not have. */
export function nodeMetrics(graph: KgGraph, node: string): NodeMetrics {
  return graphMetrics(graph).nodes.get(node) ?? { degree: 0, pagerank: 0, betweenness: 0, community: 0 };
}

function watch(graph: KgGraph): void {
  if (watched.has(graph)) return;
  watched.add(graph);
  const drop = () => cache.delete(graph);
  for (const event of ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const) graph.on(event, drop);
  // Merging evidence reweights an edge; positions and sizes change nothing here.
  graph.on('edgeAttributesUpdated', drop);
}

/** What the metrics read of a graph: its nodes, and its edges (ends as node indexes) and their weights, in order. */
export interface GraphShape {
  keys: string[];
  sources: Int32Array<ArrayBuffer>;
  targets: Int32Array<ArrayBuffer>;
  weights: Float64Array<ArrayBuffer>;
}

export function shapeOf(graph: KgGraph): GraphShape {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[i] = index.get(source)!;
    targets[i] = index.get(target)!;
    weights[i++] = attributes.weight;
  });
  return { keys, sources, targets, weights };
}

function computeMetrics(graph: KgGraph, options: MetricsOptions): GraphMetrics {
  return metricsOfShape(shapeOf(graph), options);
}

/**
 * The metrics of the graph `shape` was taken from: a worker thread sent the shape computes
 * the graph's own (graphMetrics keeps them with the graph only where it computes them).
 */
export function metricsOfShape(shape: GraphShape, options: MetricsOptions = {}): GraphMetrics {
  const { directed, undirected } = simpleProjections(shape);

  const ranks = directed.order ? pagerank(directed, { getEdgeWeight: 'weight' }) : {};
  const { values: between, sampled } = betweenness(undirected, options.betweennessSources);
  const communities = communitiesOf(undirected, options.seed ?? 1);

  // Edges of any type, both directions (a self-loop twice), as graph.degree counts them.
  const degrees = new Int32Array(shape.keys.length);
  for (let i = 0; i < shape.sources.length; i++) {
    degrees[shape.sources[i]!]!++;
    degrees[shape.targets[i]!]!++;
  }
  const nodes = new Map<string, NodeMetrics>();
  shape.keys.forEach((node, i) => {
    nodes.set(node, {
      degree: degrees[i]!,
      pagerank: ranks[node] ?? 0,
      betweenness: between[node] ?? 0,
      community: communities.ids.get(node) ?? 0,
    });
  });
  return { nodes, communities: communities.count, betweennessSampled: sampled };
}

/**
 * Simple graphs with parallel edges merged, their weights summed, and self-loops left out.
 * Each pair's weight is summed first, in edge order, and its edge added once, at the place its
 * first edge stands: the same graphs as adding each edge and updating the weight (same edge
 * order, same sums), without two edge lookups and an attribute update per edge.
 */
function simpleProjections({ keys, sources, targets, weights }: GraphShape): { directed: DirectedGraph; undirected: UndirectedGraph } {
  const directed = new DirectedGraph();
  const undirected = new UndirectedGraph();
  for (const node of keys) {
    directed.addNode(node);
    undirected.addNode(node);
  }
  // By source, by target: [source, target, weight], in the order of their first edge.
  type Pair = [source: number, target: number, weight: number];
  const directedPairs = new Map<number, Map<number, Pair>>();
  const undirectedPairs = new Map<number, Map<number, Pair>>();
  const directedList: Pair[] = [];
  const undirectedList: Pair[] = [];
  const add = (pairs: Map<number, Map<number, Pair>>, list: Pair[], source: number, target: number, weight: number) => {
    let ends = pairs.get(source);
    if (!ends) pairs.set(source, (ends = new Map()));
    const pair: Pair = [source, target, weight];
    ends.set(target, pair);
    list.push(pair);
  };
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!;
    const target = targets[i]!;
    if (source === target) continue;
    const weight = weights[i]!;
    const one = directedPairs.get(source)?.get(target);
    if (one) one[2] = one[2] + weight;
    else add(directedPairs, directedList, source, target, weight);
    // Undirected: the pair either way round, kept as its first edge has it.
    const either = undirectedPairs.get(source)?.get(target) ?? undirectedPairs.get(target)?.get(source);
    if (either) either[2] = either[2] + weight;
    else add(undirectedPairs, undirectedList, source, target, weight);
  }
  for (const [source, target, weight] of directedList) directed.addEdge(keys[source]!, keys[target]!, { weight });
  for (const [source, target, weight] of undirectedList) undirected.addEdge(keys[source]!, keys[target]!, { weight });
  return { directed, undirected };
}

function betweenness(graph: UndirectedGraph, sources?: number): { values: Record<string, number>; sampled: boolean } {
  const n = graph.order;
  // graphology-metrics sizes a stack by the order, and a stack of zero throws.
  if (n === 0) return { values: {}, sampled: false };
  const budget = sources ?? Math.max(MIN_BETWEENNESS_SOURCES, Math.floor(BETWEENNESS_WORK_BUDGET / Math.max(1, n + graph.size)));
  if (budget >= n) return { values: betweennessCentrality(graph, { getEdgeWeight: null }), sampled: false };
  return { values: sampledBetweenness(graph, budget), sampled: true };
}

/**
 * Brandes' algorithm from `k` sources spread evenly over the nodes, scaled by n / k: an unbiased
 * estimate of the exact, normalised value (Brandes and Pich). Adjacency in flat typed arrays and
 * predecessors found by distance, so a source costs one pass over the graph and no allocation:
 * graphology-metrics' routine allocates a list per node per source, which dominates on big graphs.
 */
export function sampledBetweenness(graph: UndirectedGraph, k: number): Record<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  const offsets = new Int32Array(n + 1);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    offsets[index.get(source)! + 1]!++;
    offsets[index.get(target)! + 1]!++;
  });
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const adjacent = new Int32Array(offsets[n]!);
  const filled = offsets.slice(0, n);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    adjacent[filled[s]!++] = t;
    adjacent[filled[t]!++] = s;
  });

  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const centralities = new Float64Array(n);
  const count = Math.min(k, n);
  for (let c = 0; c < count; c++) {
    const source = Math.floor((c * n) / count);
    distance.fill(-1);
    paths.fill(0);
    delta.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = adjacent[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) paths[w]! += paths[v]!;
      }
    }
    // Farthest first: each node hands its dependency to the neighbours one step nearer the source.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / paths[w]!;
      const previous = distance[w]! - 1;
      for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
        const v = adjacent[j]!;
        if (distance[v] === previous) delta[v]! += paths[v]! * share;
      }
      centralities[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / count / ((n - 1) * (n - 2));
  const values: Record<string, number> = {};
  nodes.forEach((node, i) => (values[node] = centralities[i]! * scale));
  return values;
}

/** Louvain communities numbered by size, largest first, ties by their first node's key. */
function communitiesOf(graph: UndirectedGraph, seed: number): { ids: Map<string, number>; count: number } {
  if (graph.order === 0) return { ids: new Map(), count: 0 };
  const raw = louvain(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(raw)) {
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const ordered = [...members.values()]
    .map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const ids = new Map<string, number>();
  ordered.forEach((list, id) => list.forEach((node) => ids.set(node, id)));
  return { ids, count: ordered.length };
}

/** A small seeded generator, so Louvain's random walk is the same run after run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
