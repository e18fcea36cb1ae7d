// Builds the knowledge graph by merging per-article extractions (pure: no I/O).
import { MultiDirectedGraph } from 'graphology';

import { InvalidInputError } from '../errors.ts';
import { EDGE_TYPES, NODE_TYPES } from '../types.ts';
import type { AmountFact, EdgeAttributes, EdgeType, Entity, Evidence, Extraction, NodeAttributes, NodeType, Relation } from '../types.ts';
import { edgeEnds, edgeKey, nodeKey } from './keys.ts';
import { mergeAmounts, withoutArticle } from './merge-amounts.ts';
import { NODE_COLORS } from './palette.ts';
import { recomputeSeen, spanOf, widenEdgeSeen, widenNodeSeen } from './seen-dates.ts';

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface MergeReport {
  /** Relations not added: an endpoint is neither an entity of the extraction nor already a node, or source = target. */
  skipped: Relation[];
}

export interface RemoveReport {
  edgesRemoved: number;
  nodesRemoved: number;
}

// When two extractions disagree on a type, the more specific one wins: the gazetteer
// knows administrative units for sure, recognisers know institutions, and `program`
// and `facility` are what a vague name falls back to. Ties keep the first type.
const TYPE_RANK: Record<NodeType, number> = {
  province: 3,
  prefecture: 3,
  county: 3,
  township: 3,
  village: 3,
  hospital: 2,
  school: 2,
  company: 2,
  agency: 2,
  program: 1,
  facility: 0,
};

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 20;

export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

/**
 * Adds one article's extraction to the graph, merging with what is there.
 * Relations whose endpoints are unknown are skipped and reported rather than
 * invented as typeless nodes. Merging the same article twice counts its
 * mentions twice: call `removeArticle` first when re-ingesting.
 */
export function mergeExtraction(graph: KgGraph, extraction: Extraction, options: { sizes?: boolean } = {}): MergeReport {
  checkExtraction(extraction);
  const touched = new Set<string>();
  if (extraction.date) articleDatesOf(graph)[extraction.article] = extraction.date;
  for (const entity of extraction.entities) {
    const key = mergeEntity(graph, entity, extraction.article);
    touched.add(key);
    if (entity.mentions > 0) widenNodeSeen(graph, key, extraction.date);
  }

  const skipped: Relation[] = [];
  for (const relation of extraction.relations) {
    const ends = edgeEnds(relation.source, relation.type, relation.target);
    if (ends.source === ends.target || !graph.hasNode(ends.source) || !graph.hasNode(ends.target)) {
      skipped.push(relation);
      continue;
    }
    mergeRelation(graph, ends.source, relation.type, ends.target, relation.evidence, relation.amounts);
    touched.add(ends.source).add(ends.target);
  }
  if (options.sizes !== false) for (const node of touched) graph.setNodeAttribute(node, 'size', nodeSize(graph, node));
  return { skipped };
}

export function buildGraph(extractions: Extraction[]): KgGraph {
  const graph = createGraph();
  // Sizes once at the end: per merge, a hub's size would be recomputed over all its edges each time.
  for (const extraction of extractions) mergeExtraction(graph, extraction, { sizes: false });
  applySizes(graph);
  return graph;
}

/**
 * Takes one article out of the graph: its evidence, its entry in `articles`, and
 * its mentions. Mentions are stored summed, so they are subtracted exactly only
 * when the article's `previous` extraction is given; without it a node keeps its
 * count until its last article goes (then 0). An edge whose evidence all came from
 * this article is removed; gazetteer edges (never any evidence) stay. A node is
 * removed when it is left with no article and no edge.
 */
export function removeArticle(graph: KgGraph, articleId: string, previous?: Extraction): RemoveReport {
  if (typeof articleId !== 'string' || articleId === '') throw new InvalidInputError('removeArticle needs an article id');
  const touched = new Set<string>();

  const doomedEdges: string[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!attributes.evidence.some((e) => e.article === articleId)) return;
    const evidence = attributes.evidence.filter((e) => e.article !== articleId);
    touched.add(source).add(target);
    if (evidence.length === 0) doomedEdges.push(edge);
    else graph.mergeEdgeAttributes(edge, { evidence, weight: evidence.length });
    if (evidence.length > 0 && attributes.amounts) graph.setEdgeAttribute(edge, 'amounts', withoutArticle(attributes.amounts, articleId));
  });
  for (const edge of doomedEdges) graph.dropEdge(edge);

  const previousMentions = new Map<string, number>();
  if (previous && previous.article === articleId) {
    for (const entity of previous.entities) {
      const key = nodeKey(entity.name);
      previousMentions.set(key, (previousMentions.get(key) ?? 0) + entity.mentions);
    }
  }
  graph.forEachNode((node, attributes) => {
    if (!attributes.articles.includes(articleId)) return;
    const articles = attributes.articles.filter((a) => a !== articleId);
    const mentions = articles.length === 0 ? 0 : Math.max(0, attributes.mentions - (previousMentions.get(node) ?? 0));
    graph.mergeNodeAttributes(node, { articles, mentions });
    touched.add(node);
  });

  const dates = articleDatesOf(graph);
  delete dates[articleId];
  recomputeSeen(graph, touched, dates);
  let nodesRemoved = 0;
  for (const node of touched) {
    if (graph.getNodeAttribute(node, 'articles').length === 0 && graph.degree(node) === 0) {
      graph.dropNode(node);
      nodesRemoved++;
    } else {
      graph.setNodeAttribute(node, 'size', nodeSize(graph, node));
    }
  }
  return { edgesRemoved: doomedEdges.length, nodesRemoved };
}

/** Sets every node's size from its weighted degree and its colour from the palette. */
export function applySizes(graph: KgGraph): void {
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    size: nodeSize(graph, node),
    color: NODE_COLORS[attributes.type],
  }));
}

/** 3 + 2·√(weighted degree), capped so hubs such as 新疆维吾尔自治区 do not cover the map. */
export function nodeSize(graph: KgGraph, node: string): number {
  let weighted = 0;
  graph.forEachEdge(node, (_edge, attributes) => {
    weighted += attributes.weight;
  });
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 2 * Math.sqrt(weighted));
}

function mergeEntity(graph: KgGraph, entity: Entity, article: string): string {
  const key = nodeKey(entity.name);
  const aliases = entity.aliases.map((a) => a.trim()).filter((a) => a !== '' && a !== key);
  const articles = entity.mentions > 0 ? [article] : [];

  if (!graph.hasNode(key)) {
    graph.addNode(key, {
      label: key,
      type: entity.type,
      aliases: [...new Set(aliases)],
      mentions: entity.mentions,
      articles,
      x: 0,
      y: 0,
      size: MIN_NODE_SIZE,
      color: NODE_COLORS[entity.type],
    });
    return key;
  }

  // In place: copying a hub's article list on every merge makes a build quadratic.
  const old = graph.getNodeAttributes(key);
  const type = TYPE_RANK[entity.type] > TYPE_RANK[old.type] ? entity.type : old.type;
  for (const alias of aliases) if (!old.aliases.includes(alias)) old.aliases.push(alias);
  for (const a of articles) if (old.articles[old.articles.length - 1] !== a && !old.articles.includes(a)) old.articles.push(a);
  graph.mergeNodeAttributes(key, { type, color: NODE_COLORS[type], mentions: old.mentions + entity.mentions });
  return key;
}

function mergeRelation(graph: KgGraph, source: string, type: EdgeType, target: string, evidence: Evidence[], amounts?: AmountFact[]): void {
  const key = edgeKey(source, type, target);
  if (!graph.hasEdge(key)) {
    const unique = dedupeEvidence(evidence);
    graph.addDirectedEdgeWithKey(key, source, target, { type, evidence: unique, weight: Math.max(1, unique.length) });
  } else {
    // Append in place what is new; only evidence of the same article can repeat.
    const existing = graph.getEdgeAttribute(key, 'evidence');
    const seen = new Set(existing.filter((e) => evidence.some((n) => n.article === e.article)).map(evidenceId));
    for (const e of dedupeEvidence(evidence)) if (!seen.has(evidenceId(e))) existing.push(e);
    graph.setEdgeAttribute(key, 'weight', Math.max(1, existing.length));
  }
  mergeWhenAndHowMuch(graph, key, source, target, evidence, amounts);
}

// firstSeen/lastSeen of the edge and its ends, and the figures it carries.
function mergeWhenAndHowMuch(graph: KgGraph, key: string, source: string, target: string, evidence: Evidence[], amounts?: AmountFact[]): void {
  const span = spanOf(evidence);
  if (span) {
    widenEdgeSeen(graph, key, evidence);
    widenNodeSeen(graph, source, span);
    widenNodeSeen(graph, target, span);
  }
  if (amounts?.length) graph.setEdgeAttribute(key, 'amounts', mergeAmounts(graph.getEdgeAttribute(key, 'amounts') ?? [], amounts));
}

/** Publication dates of the articles merged, by id (a graph attribute, saved with graph.json). */
export function articleDatesOf(graph: KgGraph): Record<string, string> {
  let dates = graph.getAttribute('articleDates') as Record<string, string> | undefined;
  if (!dates) {
    dates = {};
    graph.setAttribute('articleDates', dates);
  }
  return dates;
}

const evidenceId = (e: Evidence): string => `${e.article}\u0000${e.start}\u0000${e.end}`;

function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of evidence) {
    const id = evidenceId(e);
    if (!seen.has(id)) seen.set(id, { ...e });
  }
  return [...seen.values()];
}

const nodeTypes = new Set<string>(NODE_TYPES);
const edgeTypes = new Set<string>(EDGE_TYPES);

// Extractions may come over the API, so check the shape before touching the graph.
function checkExtraction(extraction: Extraction): void {
  if (!extraction || typeof extraction.article !== 'string' || extraction.article === '')
    throw new InvalidInputError('An extraction needs an article id');
  if (!Array.isArray(extraction.entities) || !Array.isArray(extraction.relations))
    throw new InvalidInputError(`Extraction ${extraction.article}: entities and relations must be arrays`);
  for (const entity of extraction.entities) {
    if (!nodeTypes.has(entity.type))
      throw new InvalidInputError(`Extraction ${extraction.article}: unknown node type "${entity.type}" for ${entity.name}`);
    if (!Number.isInteger(entity.mentions) || entity.mentions < 0)
      throw new InvalidInputError(`Extraction ${extraction.article}: bad mention count for ${entity.name}`);
    if (!Array.isArray(entity.aliases))
      throw new InvalidInputError(`Extraction ${extraction.article}: aliases of ${entity.name} must be an array`);
  }
  for (const relation of extraction.relations) {
    if (!edgeTypes.has(relation.type))
      throw new InvalidInputError(`Extraction ${extraction.article}: unknown edge type "${relation.type}"`);
    if (!Array.isArray(relation.evidence))
      throw new InvalidInputError(`Extraction ${extraction.article}: evidence must be an array`);
  }
}
