// Turns the server's graph export (graphology `export()` JSON, node attributes extended with
// the server's metrics) into the graph the viewer renders. Pure: no DOM, no sigma, so it is
// tested in Node.
import { MultiDirectedGraph } from 'graphology';

import type { AmountFactBody, EdgeType, EvidenceItem, NodeType } from '../../src/api/contract.ts';
import { EDGE_COLORS, NODE_COLORS, communityColor } from '../../src/graph/palette.ts';
import { isBigGraph } from './big-graph.ts';
import { SIZE_BYS } from './view-state.ts';
import type { ColorBy, SizeBy } from './view-state.ts';

/**
 * Sigma reads `type` as the name of its rendering program, so the knowledge-graph type moves to
 * `kind`; `degree`, the metrics and every candidate size and colour are precomputed, so the
 * size and colour switches only pick.
 */
export interface ViewNodeAttributes {
  label: string;
  kind: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  x: number;
  y: number;
  color: string;
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
  size: number;
  sizes: Record<SizeBy, number>;
  colors: Record<ColorBy, string>;
  /** Dates (YYYY-MM-DD) the evidence covers; missing when undated. */
  firstSeen?: string;
  lastSeen?: string;
  /** Articles that mention it: `articles.length` once the node is whole. */
  articleCount: number;
  /** False for a node of an overview, sent without its article list until it is asked for. */
  whole: boolean;
}

export interface ViewEdgeAttributes {
  kind: string;
  evidence: EvidenceItem[];
  weight: number;
  color: string;
  size: number;
  firstSeen?: string;
  lastSeen?: string;
  /** Figures the evidence states (aid and investment edges). */
  amounts?: AmountFactBody[];
  /** Evidence sentences in all (kept and omitted), articles they come from, figures stated. */
  evidenceCount: number;
  articleCount: number;
  amountCount: number;
  /** False for an edge of an overview, sent without its evidence and figures until they are asked for. */
  whole: boolean;
}

/** The scale node sizes were drawn with, so nodes added later are sized alike. */
export interface ViewGraphAttributes {
  sizeMax: Record<SizeBy, number>;
  sizeRange: [number, number];
}

export type ViewGraph = MultiDirectedGraph<ViewNodeAttributes, ViewEdgeAttributes, ViewGraphAttributes>;

const FALLBACK_NODE_COLOR = '#999999';
const FALLBACK_EDGE_COLOR = '#cccccc';

export class GraphDataError extends Error {
  override name = 'GraphDataError';
}

interface SerializedNode {
  key: unknown;
  attributes?: Record<string, unknown>;
}
interface SerializedEdge {
  key?: unknown;
  source: unknown;
  target: unknown;
  attributes?: Record<string, unknown>;
}

/**
 * Throws GraphDataError naming what is wrong; missing optional attributes get defaults (a graph
 * file given with `?graph=` may lack positions or metrics: degree is then counted here). Nodes
 * and edges of an overview (article counts instead of lists, evidence counts instead of
 * sentences) load as not whole.
 */
export function loadGraph(data: unknown, view: { sizeBy?: SizeBy; colorBy?: ColorBy } = {}): ViewGraph {
  const { nodes, edges } = checkedShape(data);
  const graph: ViewGraph = new MultiDirectedGraph();
  nodes.forEach((node, index) => {
    const key = nodeKey(node, index);
    if (graph.hasNode(key)) throw new GraphDataError(`node "${key}" appears twice`);
    graph.addNode(key, nodeAttributes(key, node, index));
  });
  edges.forEach((edge, index) => addEdge(graph, edge, index));
  graph.forEachNode((node, a) => {
    if (a.degree < 0) a.degree = graph.degree(node);
  });
  applySizes(graph, view.sizeBy ?? 'degree');
  setColors(graph, view.colorBy ?? 'type');
  return graph;
}

export interface Merged {
  /** Nodes and edges the graph did not have. */
  nodes: string[];
  edges: string[];
}

/**
 * Adds to `graph` what `data` has that it lacks (a neighbourhood from the server), sized on the
 * graph's own scale and coloured as it is; nodes and edges it had without their articles or
 * evidence take them from `data`. Positions already on screen stay.
 */
export function mergeGraph(graph: ViewGraph, data: unknown, view: { sizeBy: SizeBy; colorBy: ColorBy }): Merged {
  const { nodes, edges } = checkedShape(data);
  const merged: Merged = { nodes: [], edges: [] };
  nodes.forEach((node, index) => {
    const key = nodeKey(node, index);
    const incoming = nodeAttributes(key, node, graph.order + index);
    if (!graph.hasNode(key)) {
      if (incoming.degree < 0) incoming.degree = 0;
      graph.addNode(key, sized(graph, incoming, view));
      merged.nodes.push(key);
    } else if (incoming.whole && !graph.getNodeAttribute(key, 'whole')) {
      graph.mergeNodeAttributes(key, { articles: incoming.articles, articleCount: incoming.articleCount, whole: true });
    }
  });
  edges.forEach((edge, index) => {
    const key = edge.key !== undefined && edge.key !== null ? String(edge.key) : undefined;
    if (key !== undefined && graph.hasEdge(key)) {
      const incoming = edgeAttributes(isObject(edge.attributes) ? edge.attributes : {});
      if (incoming.whole && !graph.getEdgeAttribute(key, 'whole')) {
        const { evidence, amounts, evidenceCount, articleCount, amountCount } = incoming;
        graph.mergeEdgeAttributes(key, { evidence, evidenceCount, articleCount, amountCount, whole: true, ...(amounts ? { amounts } : {}) });
      }
      return;
    }
    merged.edges.push(addEdge(graph, edge, index));
  });
  return merged;
}

function checkedShape(data: unknown): { nodes: SerializedNode[]; edges: SerializedEdge[] } {
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges))
    throw new GraphDataError('graph data must be an object with `nodes` and `edges` arrays');
  return { nodes: data.nodes as SerializedNode[], edges: data.edges as SerializedEdge[] };
}

function nodeKey(node: SerializedNode, index: number): string {
  if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number'))
    throw new GraphDataError(`node #${index} has no key`);
  return String(node.key);
}

function nodeAttributes(key: string, node: SerializedNode, index: number): ViewNodeAttributes {
  const a = isObject(node.attributes) ? node.attributes : {};
  const kind = typeof a.type === 'string' ? a.type : 'unknown';
  const [fx, fy] = spiralPosition(index);
  const community = finiteOr(a.community, 0);
  const typeColor = NODE_COLORS[kind as NodeType] ?? (typeof a.color === 'string' ? a.color : FALLBACK_NODE_COLOR);
  const whole = Array.isArray(a.articles) || !('articleCount' in a);
  const articles = stringArray(a.articles);
  return {
    label: typeof a.label === 'string' && a.label !== '' ? a.label : key,
    kind,
    aliases: stringArray(a.aliases),
    mentions: finiteOr(a.mentions, 0),
    articles,
    articleCount: whole ? articles.length : finiteOr(a.articleCount, 0),
    whole,
    x: finiteOr(a.x, fx),
    y: finiteOr(a.y, fy),
    color: typeColor,
    // -1 until the edges are in: then the server's degree, or the count here.
    degree: finiteOr(a.degree, -1),
    pagerank: finiteOr(a.pagerank, 0),
    betweenness: finiteOr(a.betweenness, 0),
    community,
    size: 0,
    sizes: { degree: 0, mentions: 0, pagerank: 0, betweenness: 0 },
    colors: { type: typeColor, community: communityColor(community) },
    ...seenOf(a),
  };
}

function edgeAttributes(a: Record<string, unknown>): ViewEdgeAttributes {
  const kind = typeof a.type === 'string' ? a.type : 'unknown';
  const whole = Array.isArray(a.evidence) || !('evidenceCount' in a);
  const evidence = evidenceArray(a.evidence);
  const amounts = Array.isArray(a.amounts) && a.amounts.length ? (a.amounts as AmountFactBody[]) : undefined;
  const omitted = isObject(a.evidenceOmitted) ? a.evidenceOmitted : {};
  const articles = new Set([...evidence.map((e) => e.article), ...Object.keys(omitted)]);
  return {
    kind,
    evidence,
    weight: finiteOr(a.weight, 1),
    color: EDGE_COLORS[kind as EdgeType] ?? FALLBACK_EDGE_COLOR,
    size: 1,
    ...seenOf(a),
    ...(amounts ? { amounts } : {}),
    evidenceCount: whole ? evidence.length + Object.values(omitted).reduce<number>((n, v) => n + finiteOr(v, 0), 0) : finiteOr(a.evidenceCount, 0),
    articleCount: whole ? articles.size : finiteOr(a.articleCount, 0),
    amountCount: whole ? (amounts?.length ?? 0) : finiteOr(a.amountCount, 0),
    whole,
  };
}

function addEdge(graph: ViewGraph, edge: SerializedEdge, index: number): string {
  if (!isObject(edge)) throw new GraphDataError(`edge #${index} is not an object`);
  const source = String(edge.source);
  const target = String(edge.target);
  if (!graph.hasNode(source) || !graph.hasNode(target))
    throw new GraphDataError(`edge #${index} joins unknown node "${graph.hasNode(source) ? target : source}"`);
  const attributes = edgeAttributes(isObject(edge.attributes) ? edge.attributes : {});
  let key = edge.key !== undefined && edge.key !== null ? String(edge.key) : `${source}|${attributes.kind}|${target}`;
  for (let n = 2; graph.hasEdge(key); n++) key = `${source}|${attributes.kind}|${target}#${n}`;
  attributes.size = edgeSize(attributes.weight);
  graph.addDirectedEdgeWithKey(key, source, target, attributes);
  return key;
}

/**
 * Node radii grow with the square root of the measure, so hubs do not swallow the picture;
 * big graphs get smaller dots.
 */
function applySizes(graph: ViewGraph, sizeBy: SizeBy): void {
  const big = isBigGraph(graph);
  const minSize = big ? 1.5 : 3;
  const maxSize = big ? 10 : 16;
  const max: Record<SizeBy, number> = { degree: 0, mentions: 0, pagerank: 0, betweenness: 0 };
  graph.forEachNode((_node, a) => {
    for (const by of SIZE_BYS) max[by] = Math.max(max[by], measure(a, by));
  });
  graph.replaceAttributes({ sizeMax: max, sizeRange: [minSize, maxSize] });
  graph.forEachNode((_node, a) => {
    sizeNode(graph, a, sizeBy);
  });
}

function sizeNode(graph: ViewGraph, a: ViewNodeAttributes, sizeBy: SizeBy): void {
  const max = graph.getAttribute('sizeMax');
  const [minSize, maxSize] = graph.getAttribute('sizeRange');
  // A node added later may outrank every node loaded first: it gets the largest size.
  for (const by of SIZE_BYS) a.sizes[by] = minSize + (maxSize - minSize) * Math.sqrt(max[by] > 0 ? Math.min(1, measure(a, by) / max[by]) : 0);
  a.size = a.sizes[sizeBy];
}

function sized(graph: ViewGraph, a: ViewNodeAttributes, view: { sizeBy: SizeBy; colorBy: ColorBy }): ViewNodeAttributes {
  sizeNode(graph, a, view.sizeBy);
  a.color = a.colors[view.colorBy];
  return a;
}

function edgeSize(weight: number): number {
  return Math.min(4, 0.8 + Math.log2(1 + weight) * 0.6);
}

function measure(a: ViewNodeAttributes, by: SizeBy): number {
  return Math.max(0, a[by]);
}

/** Switches which precomputed size is drawn; changes `size`, so the caller re-indexes. */
export function setSizes(graph: ViewGraph, sizeBy: SizeBy): void {
  graph.forEachNode((_node, a) => {
    a.size = a.sizes[sizeBy];
  });
}

/** Switches which precomputed colour is drawn. */
export function setColors(graph: ViewGraph, colorBy: ColorBy): void {
  graph.forEachNode((_node, a) => {
    a.color = a.colors[colorBy];
  });
}

/** Node and edge types present in the graph, known types first in ontology order, with counts. */
export function typeCounts(graph: ViewGraph): { nodes: Array<[string, number]>; edges: Array<[string, number]> } {
  const nodeCounts = new Map<string, number>();
  const edgeCounts = new Map<string, number>();
  graph.forEachNode((_n, a) => nodeCounts.set(a.kind, (nodeCounts.get(a.kind) ?? 0) + 1));
  graph.forEachEdge((_e, a) => edgeCounts.set(a.kind, (edgeCounts.get(a.kind) ?? 0) + 1));
  return {
    nodes: orderByKnown(nodeCounts, Object.keys(NODE_COLORS)),
    edges: orderByKnown(edgeCounts, Object.keys(EDGE_COLORS)),
  };
}

function orderByKnown(counts: Map<string, number>, known: string[]): Array<[string, number]> {
  const rank = (type: string) => {
    const i = known.indexOf(type);
    return i === -1 ? known.length : i;
  };
  return [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}

// firstSeen/lastSeen when both are dates; anything else leaves the item undated.
function seenOf(a: Record<string, unknown>): { firstSeen?: string; lastSeen?: string } {
  const date = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
  return date(a.firstSeen) && date(a.lastSeen) ? { firstSeen: a.firstSeen as string, lastSeen: a.lastSeen as string } : {};
}

// Golden-angle spiral: a readable fallback for nodes without positions.
function spiralPosition(index: number): [number, number] {
  const r = 10 * Math.sqrt(index + 1);
  const theta = index * 2.399963229728653;
  return [r * Math.cos(theta), r * Math.sin(theta)];
}

function evidenceArray(value: unknown): EvidenceItem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is EvidenceItem => isObject(e) && typeof e.article === 'string' && typeof e.sentence === 'string')
    .map((e) => ({ article: e.article, sentence: e.sentence, start: finiteOr(e.start, -1), end: finiteOr(e.end, -1) }));
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
