// Builds the knowledge graph by merging per-article extractions (pure: no I/O).
import { MultiDirectedGraph } from 'graphology';

import { DEFAULT_SETTINGS } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import { EDGE_TYPES, NODE_TYPES } from '../types.ts';
import type { EdgeAttributes, Entity, Evidence, Extraction, NodeAttributes, NodeType, Relation } from '../types.ts';
import { evidenceArticlesOf, evidenceLengthOf } from './deferred-evidence.ts';
import { edgeEnds, nodeKey } from './keys.ts';
import { EvidenceSet, evidenceOfArticles, hasArticle, pushArticle, pushEvidence } from './merge-lookups.ts';
import { mergeAmounts, withoutArticle } from './merge-amounts.ts';
import { NODE_COLORS } from './palette.ts';
import { evidenceSpan, recomputeSeen, spanOf, widenSeen } from './seen-dates.ts';

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

/** Evidence sentences of an edge in all: those kept and those past the per-article cap. */
export function evidenceCountOf(attributes: Pick<EdgeAttributes, 'evidence' | 'evidenceOmitted'>): number {
  let count = evidenceLengthOf(attributes);
  if (attributes.evidenceOmitted) for (const omitted of Object.values(attributes.evidenceOmitted)) count += omitted;
  return count;
}

export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

/**
 * Adds one article's extraction to the graph, merging with what is there.
 * Relations whose endpoints are unknown are skipped and reported rather than
 * invented as typeless nodes. Merging the same article twice counts its
 * mentions twice: call `removeArticle` first when re-ingesting.
 */
export interface MergeOptions {
  /** Recompute the sizes of the nodes touched (default true). */
  sizes?: boolean;
  /** Evidence sentences kept per edge per article; default the `maxEvidencePerArticle` setting. */
  maxEvidencePerArticle?: number;
}

export function mergeExtraction(graph: KgGraph, extraction: Extraction, options: MergeOptions = {}): MergeReport {
  const cap = options.maxEvidencePerArticle ?? DEFAULT_SETTINGS.maxEvidencePerArticle;
  checkExtraction(extraction);
  const { article, date } = extraction;
  const touched = options.sizes === false ? undefined : new Set<string>();
  if (date) articleDatesOf(graph)[article] = date;
  for (const entity of extraction.entities) {
    const key = mergeEntity(graph, entity, article, date);
    touched?.add(key);
  }

  const skipped: Relation[] = [];
  const kept: EdgeMerge[] = [];
  for (const relation of extraction.relations) {
    const { source, target } = edgeEnds(relation.source, relation.type, relation.target);
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) skipped.push(relation);
    else kept.push({ relation, source, target });
  }
  // One merge per edge, so a sentence two relations share counts once even when not kept.
  for (const edge of groupByEdge(kept)) {
    const { relation } = edge;
    const beyond = relation.evidenceCount === undefined ? 0 : Math.max(0, relation.evidenceCount - relation.evidence.length);
    mergeRelation(graph, edge, cap, { article, count: beyond });
    touched?.add(relation.source).add(relation.target);
  }
  if (touched) for (const node of touched) graph.setNodeAttribute(node, 'size', nodeSize(graph, node));
  return { skipped };
}

export function buildGraph(extractions: Extraction[], options: Omit<MergeOptions, 'sizes'> = {}): KgGraph {
  const graph = createGraph();
  // Sizes once at the end: per merge, a hub's size would be recomputed over all its edges each time.
  for (const extraction of extractions) mergeExtraction(graph, extraction, { ...options, sizes: false });
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
    if (![...evidenceArticlesOf(attributes)].includes(articleId)) return;
    const evidence = attributes.evidence.filter((e) => e.article !== articleId);
    touched.add(source).add(target);
    if (evidence.length === 0) {
      doomedEdges.push(edge);
      return;
    }
    const { [articleId]: _gone, ...otherOmitted } = attributes.evidenceOmitted ?? {};
    const evidenceOmitted = Object.keys(otherOmitted).length ? otherOmitted : undefined;
    graph.mergeEdgeAttributes(edge, { evidence, weight: Math.max(1, evidenceCountOf({ evidence, evidenceOmitted })) });
    if (evidenceOmitted) graph.setEdgeAttribute(edge, 'evidenceOmitted', evidenceOmitted);
    else graph.removeEdgeAttribute(edge, 'evidenceOmitted');
    if (attributes.amounts) graph.setEdgeAttribute(edge, 'amounts', withoutArticle(attributes.amounts, articleId));
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

function mergeEntity(graph: KgGraph, entity: Entity, article: string, date: string | undefined): string {
  const key = nodeKey(entity.name);
  const mentioned = entity.mentions > 0;

  if (!graph.hasNode(key)) {
    graph.addNode(key, {
      label: key,
      type: entity.type,
      aliases: addAliases([], entity.aliases, key),
      mentions: entity.mentions,
      articles: mentioned ? [article] : [],
      x: 0,
      y: 0,
      size: MIN_NODE_SIZE,
      color: NODE_COLORS[entity.type],
    });
    if (mentioned && date) widenSeen(graph.getNodeAttributes(key), date, date);
    return key;
  }

  // In place: copying a hub's article list on every merge makes a build quadratic.
  const old = graph.getNodeAttributes(key);
  const type = TYPE_RANK[entity.type] > TYPE_RANK[old.type] ? entity.type : old.type;
  addAliases(old.aliases, entity.aliases, key);
  if (mentioned && old.articles[old.articles.length - 1] !== article && !hasArticle(old.articles, article)) pushArticle(old.articles, article);
  old.type = type;
  old.color = NODE_COLORS[type];
  if (mentioned && date) widenSeen(old, date, date);
  // One setter, so that listeners hear of the change (graphology's event).
  graph.setNodeAttribute(key, 'mentions', old.mentions + entity.mentions);
  return key;
}

/** Appends to `aliases` the spellings, trimmed, that are neither there, nor empty, nor `name`. */
function addAliases(aliases: string[], spellings: string[], name: string): string[] {
  for (const spelling of spellings) {
    const alias = spelling.trim();
    if (alias !== '' && alias !== name && !aliases.includes(alias)) aliases.push(alias);
  }
  return aliases;
}

/**
 * Adds the distinct evidence sentences of one edge's relations (one sentence = one article
 * and the sentence's text, the first place it stands kept) to the edge, keeping at most `cap` per article: one long article cannot flood an
 * edge. `evidenceOmitted` remembers, per article, those not kept; the weight counts them all.
 */
function mergeRelation(graph: KgGraph, edge: EdgeGroup, cap: number, beyond: { article: string; count: number }): void {
  const { key, relation } = edge;
  const { source, type, target, evidence, amounts } = relation;
  const added = !graph.hasEdge(key);
  if (added) graph.addDirectedEdgeWithKey(key, source, target, { type, evidence: [], weight: 1 });
  const attributes = graph.getEdgeAttributes(key);
  let count = evidenceCountOf(attributes);
  let omitted: Record<string, number> | undefined;
  if (evidence.length > 0) {
    // Appended in place: copying a hub's evidence on every merge makes a build quadratic.
    const existing = attributes.evidence;
    const present = evidenceOfArticles(existing, articlesOf(evidence));
    const kept = new Map<string, number>();
    // The sentences are distinct (groupByEdge); those kept before are in `present`.
    for (const e of evidence) {
      if (present.sentences.get(e.article)?.has(e.sentence)) continue;
      count++;
      const n = kept.get(e.article) ?? present.items.get(e.article) ?? 0;
      if (n < cap) {
        pushEvidence(existing, { ...e });
        kept.set(e.article, n + 1);
      } else omitted = omit(omitted ?? { ...attributes.evidenceOmitted }, e.article, 1);
    }
  }
  // Sentences a compacted extraction counted but did not carry.
  if (beyond.count > 0) {
    count += beyond.count;
    omitted = omit(omitted ?? { ...attributes.evidenceOmitted }, beyond.article, beyond.count);
  }
  const weight = Math.max(1, count);
  // Attributes change in place; one setter at the end tells listeners (graphology's event) of a changed edge.
  const changed = !added && (weight !== attributes.weight || evidence.length > 0 || beyond.count > 0 || Boolean(amounts?.length));
  attributes.weight = weight;
  if (omitted) attributes.evidenceOmitted = omitted;
  // firstSeen/lastSeen of the edge and its ends, and the figures it carries.
  const span = evidence.length > 0 ? spanOf(evidence) : undefined;
  if (span) {
    widenSeen(attributes, span.firstSeen, span.lastSeen);
    widenSeen(graph.getNodeAttributes(source), span.firstSeen, span.lastSeen);
    widenSeen(graph.getNodeAttributes(target), span.firstSeen, span.lastSeen);
  }
  if (amounts?.length) attributes.amounts = mergeAmounts(attributes.amounts ?? [], amounts);
  if (changed) graph.setEdgeAttribute(key, 'weight', weight);
}

function omit(omitted: Record<string, number>, article: string, n: number): Record<string, number> {
  omitted[article] = (omitted[article] ?? 0) + n;
  return omitted;
}

function articlesOf(evidence: Evidence[]): Set<string> {
  const articles = new Set<string>();
  for (const e of evidence) articles.add(e.article);
  return articles;
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


/**
 * The extraction with one relation per edge, its evidence made distinct and cut to the first
 * `cap` sentences (plus any that widen the dates they cover), `evidenceCount` saying how many
 * there were: a size fit for a journal line. Merging it gives the same edge as the whole
 * extraction: the same sentences kept, the same count, dates and figures.
 */
export function compactEvidence(extraction: Extraction, cap: number = DEFAULT_SETTINGS.maxEvidencePerArticle): Extraction {
  const relations = relationsByEdge(extraction.relations).map((relation) => {
    if (relation.evidence.length <= cap) return relation;
    const head = relation.evidence.slice(0, cap);
    const evidence = [...head, ...spanKeepers(head, relation.evidence.slice(cap))];
    return { ...relation, evidence, evidenceCount: relation.evidenceCount ?? relation.evidence.length };
  });
  return { ...extraction, relations };
}

/** Of `rest`, the items with the earliest start and the latest end, when they reach beyond `head`. */
function spanKeepers(head: Evidence[], rest: Evidence[]): Evidence[] {
  const span = spanOf(head);
  let first: Evidence | undefined;
  let last: Evidence | undefined;
  for (const e of rest) {
    const own = evidenceSpan(e);
    if (!own) continue;
    if (own.firstSeen < (first ? evidenceSpan(first)!.firstSeen : (span?.firstSeen ?? '\uffff'))) first = e;
    if (own.lastSeen > (last ? evidenceSpan(last)!.lastSeen : (span?.lastSeen ?? ''))) last = e;
  }
  return [...new Set([first, last].filter((e): e is Evidence => e !== undefined))];
}

/**
 * One relation per edge, ends as the edge stores them, with the distinct evidence and the
 * figures of all the relations it stands for, in order; `evidenceCount` only where a
 * compacted one carried it.
 */
function relationsByEdge(relations: Relation[]): Relation[] {
  return groupByEdge(relations.map((relation) => ({ relation, ...edgeEnds(relation.source, relation.type, relation.target) }))).map((edge) => edge.relation);
}

/** A relation with the ends its edge is stored with (`edgeEnds`). */
interface EdgeMerge {
  relation: Relation;
  source: string;
  target: string;
}

/** The relation standing for all of one edge's, and the edge's key. */
interface EdgeGroup {
  key: string;
  relation: Relation;
}

// Up to this many sentences an edge's are told apart by a scan, which allocates nothing.
const SCAN_EVIDENCE = 16;

function groupByEdge(relations: EdgeMerge[]): EdgeGroup[] {
  const edges = new Map<string, { key: string; relation: Relation; seen?: EvidenceSet; beyond: number; compacted: boolean }>();
  for (const { relation, source, target } of relations) {
    const key = `${source}|${relation.type}|${target}`;
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { key, relation: { source, target, type: relation.type, evidence: [] }, beyond: 0, compacted: false }));
    for (const e of relation.evidence) if (addDistinct(edge, e)) edge.relation.evidence.push(e);
    if (relation.amounts?.length) edge.relation.amounts = [...(edge.relation.amounts ?? []), ...relation.amounts];
    if (relation.evidenceCount !== undefined) {
      const own = new EvidenceSet();
      for (const e of relation.evidence) own.add(e);
      edge.compacted = true;
      edge.beyond += Math.max(0, relation.evidenceCount - own.size);
    }
  }
  return [...edges.values()].map(({ key, relation, beyond, compacted }) => ({
    key,
    relation: compacted ? { ...relation, evidenceCount: relation.evidence.length + beyond } : relation,
  }));
}

/** Whether `e` is a sentence the edge's evidence does not hold yet (then counted as held). */
function addDistinct(edge: { relation: Relation; seen?: EvidenceSet }, e: Evidence): boolean {
  const { evidence } = edge.relation;
  if (edge.seen) return edge.seen.add(e);
  for (const held of evidence) if (held.article === e.article && held.sentence === e.sentence) return false;
  if (evidence.length === SCAN_EVIDENCE) {
    edge.seen = new EvidenceSet();
    for (const held of evidence) edge.seen.add(held);
    edge.seen.add(e);
  }
  return true;
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
