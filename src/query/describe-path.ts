// Path results: a node sequence made concrete with the edges that join it.
import { evidenceCountOf } from '../graph/build.ts';
import type { KgGraph } from '../graph/build.ts';
import { EDGE_TYPES } from '../types.ts';
import type { EdgeType, Evidence } from '../types.ts';

export interface PathEdge {
  key: string;
  source: string;
  target: string;
  type: EdgeType;
  /** `forward` when the edge points along the path, `backward` when against it. */
  direction: 'forward' | 'backward';
  weight: number;
  /** A few of the edge's sentences (see pickEvidence)… */
  evidence: Evidence[];
  /** …and how many there are in all. */
  evidenceCount: number;
  /** Earliest and latest date of all its evidence; missing when none is dated. */
  firstSeen?: string;
  lastSeen?: string;
}

export interface GraphPath {
  nodes: string[];
  edges: PathEdge[];
  /** Hops. */
  length: number;
  /** Sum of the edges' weights (evidence sentences). */
  weight: number;
}

const TYPE_ORDER = new Map<EdgeType, number>(EDGE_TYPES.map((t, i) => [t, i]));

/**
 * Picks, for each hop, the best-evidenced edge that `accept` allows (ties: the
 * earlier edge type in EDGE_TYPES, so `supports` first). Returns null when a hop
 * has no such edge.
 */
export function describePath(
  graph: KgGraph,
  nodes: string[],
  accept: (type: EdgeType, forward: boolean) => boolean,
  maxEvidence = Number.POSITIVE_INFINITY,
): GraphPath | null {
  const chosen = chooseEdges(graph, nodes, accept);
  return chosen && pathOf(nodes, chosen.map((edge, i) => edgeStep(graph, edge.key, nodes[i]!, maxEvidence)));
}

/**
 * The edges `describePath` shows for each hop, with their weights, or null when a hop has
 * none; no evidence is read (a served graph reads an edge's sentences from disk).
 */
export function chooseEdges(
  graph: KgGraph,
  nodes: string[],
  accept: (type: EdgeType, forward: boolean) => boolean,
): Array<{ key: string; weight: number }> | null {
  const chosen: Array<{ key: string; weight: number }> = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i];
    const to = nodes[i + 1];
    let best: { key: string; weight: number; order: number } | undefined;
    const consider = (key: string, forward: boolean): void => {
      const { type, weight } = graph.getEdgeAttributes(key);
      if (!accept(type, forward)) return;
      const order = TYPE_ORDER.get(type)!;
      if (!best || weight > best.weight || (weight === best.weight && order < best.order)) best = { key, weight, order };
    };
    for (const key of graph.outEdges(from, to)) consider(key, true);
    for (const key of graph.outEdges(to, from)) consider(key, false);
    if (!best) return null;
    chosen.push(best);
  }
  return chosen;
}

/** A path from nodes and the edges already chosen between them. */
export function pathOf(nodes: string[], edges: PathEdge[]): GraphPath {
  return { nodes, edges, length: edges.length, weight: edges.reduce((sum, e) => sum + e.weight, 0) };
}

/** The hop along `key` from `from`, with up to `maxEvidence` of its sentences. */
export function edgeStep(graph: KgGraph, key: string, from: string, maxEvidence = Number.POSITIVE_INFINITY): PathEdge {
  const attributes = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const { firstSeen, lastSeen } = attributes;
  return {
    key,
    source,
    target: graph.target(key),
    type: attributes.type,
    direction: source === from ? 'forward' : 'backward',
    weight: attributes.weight,
    evidence: pickEvidence(attributes.evidence, maxEvidence),
    evidenceCount: evidenceCountOf(attributes),
    // The dates of all its sentences, those past the evidence kept included (a window's view dates its own).
    ...(firstSeen && lastSeen ? { firstSeen, lastSeen } : {}),
  };
}

/**
 * Up to `max` of `evidence`, in its order: the first sentence of each article first, then the
 * next ones. A hub's edge holds thousands of sentences; a path shows a few from as many
 * sources as it can, and counts the rest.
 */
export function pickEvidence(evidence: Evidence[], max: number): Evidence[] {
  if (evidence.length <= max) return evidence;
  const chosen = new Set<number>();
  const articles = new Set<string>();
  for (let i = 0; i < evidence.length && chosen.size < max; i++) {
    if (articles.has(evidence[i]!.article)) continue;
    articles.add(evidence[i]!.article);
    chosen.add(i);
  }
  for (let i = 0; i < evidence.length && chosen.size < max; i++) chosen.add(i);
  return [...chosen].sort((a, b) => a - b).map((i) => evidence[i]!);
}

/** Shorter first, then better evidenced, then by names so the order is stable. */
export function comparePaths(a: Pick<GraphPath, 'length' | 'weight' | 'nodes'>, b: Pick<GraphPath, 'length' | 'weight' | 'nodes'>): number {
  if (a.length !== b.length) return a.length - b.length;
  if (a.weight !== b.weight) return b.weight - a.weight;
  const ka = a.nodes.join('\u0000');
  const kb = b.nodes.join('\u0000');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
