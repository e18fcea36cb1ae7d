// Scores a built graph against gold annotations by the rules of ../shared/eval/README.md:
// a node matches a gold entity by its key, label or an alias, and counts when its type is
// one the gold accepts; relations are matched by type and direction (partners_with either
// way); nodes known only from the gazetteer (mentions 0) and edges without evidence are
// never counted against precision. Pure: the caller reads the files.
import type { SerializedGraph } from 'graphology-types';
import { z } from 'zod';

import { NODE_TYPES } from '../../src/types.ts';

export const SCORED_ENTITY_TYPES = ['province', 'prefecture', 'county', 'hospital', 'school', 'company', 'program', 'agency'] as const;
export const SCORED_RELATION_TYPES = ['supports', 'invests_in', 'runs', 'part_of', 'partners_with'] as const;

const nodeType = z.enum(NODE_TYPES);
const goldEntity = z.object({
  name: z.string().min(1),
  type: z.union([nodeType, z.array(nodeType).min(1)]),
  aliases: z.array(z.string().min(1)),
  /** Noisy spellings of the text, for the reader: they never match. */
  surface: z.array(z.string()).optional(),
});
const goldRelation = z.object({
  source: z.string().min(1),
  type: z.enum(['supports', 'located_in', 'invests_in', 'runs', 'part_of', 'partners_with']),
  target: z.string().min(1),
  quote: z.string().optional(),
});
const goldSchema = z.object({
  articles: z.array(z.object({ file: z.string().min(1), entities: z.array(goldEntity), relations: z.array(goldRelation) })),
});

export type Gold = z.infer<typeof goldSchema>;

/** The gold file's content, checked: every relation names an entity of its article. */
export function parseGold(json: unknown): Gold {
  const gold = goldSchema.parse(json);
  for (const article of gold.articles) {
    const names = new Set(article.entities.map((e) => e.name));
    for (const r of article.relations)
      for (const end of [r.source, r.target])
        if (!names.has(end)) throw new Error(`${article.file}: relation ${r.source} -${r.type}-> ${r.target} names no entity "${end}"`);
  }
  return gold;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface Score {
  entities: Counts;
  relations: Counts;
  supports: Counts;
  byType: Record<string, Counts>;
  byRelation: Record<string, Counts>;
  /** `type:name` of gold entities no node matched. */
  missedEntities: string[];
  /** `type:key` of counted nodes that match no gold entity of their type. */
  spuriousEntities: string[];
  /** `type:key` of second nodes for one gold entity. */
  duplicateEntities: string[];
  /** `source -type-> target`, with gold names where a node matched one. */
  missedRelations: string[];
  spuriousRelations: string[];
}

interface Entity {
  name: string;
  types: string[];
  aliases: Set<string>;
}

const isScoredType = (type: string): boolean => (SCORED_ENTITY_TYPES as readonly string[]).includes(type);
const isScoredRelation = (type: string): boolean => (SCORED_RELATION_TYPES as readonly string[]).includes(type);

/** One entity per gold name over all articles, its aliases merged. */
function goldEntities(gold: Gold): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  for (const article of gold.articles)
    for (const e of article.entities) {
      const known = entities.get(e.name);
      if (known) for (const a of e.aliases) known.aliases.add(a);
      else entities.set(e.name, { name: e.name, types: Array.isArray(e.type) ? e.type : [e.type], aliases: new Set(e.aliases) });
    }
  return entities;
}

/** Which gold entity a spelling names: a gold name before an alias. */
function nameIndex(entities: Map<string, Entity>): Map<string, Entity> {
  const index = new Map<string, Entity>();
  for (const e of entities.values()) index.set(e.name, e);
  for (const e of entities.values()) for (const a of e.aliases) if (!index.has(a)) index.set(a, e);
  return index;
}

function relationKey(source: string, type: string, target: string): string {
  if (type === 'partners_with' && target < source) [source, target] = [target, source];
  return `${source}\u0000${type}\u0000${target}`;
}

const showRelation = (key: string): string => {
  const [source, type, target] = key.split('\u0000');
  return `${source} -${type}-> ${target}`;
};

function counts(tp: number, fp: number, fn: number): Counts {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p: round(p), r: round(r), f1: round(f1) };
}

export function scoreGraph(graph: SerializedGraph, gold: Gold): Score {
  const entities = goldEntities(gold);
  const index = nameIndex(entities);
  const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

  // Node → the gold entity its key, label or first matching alias names (in that order).
  const goldOf = new Map<string, Entity>();
  for (const { key, attributes = {} } of graph.nodes) {
    const spellings = [key, str(attributes.label), ...(Array.isArray(attributes.aliases) ? attributes.aliases.map(str) : [])];
    const found = spellings.map((s) => (s === undefined ? undefined : index.get(s))).find((e) => e !== undefined);
    if (found) goldOf.set(key, found);
  }

  const tally = new Map<string, { tp: number; fp: number; fn: number }>(SCORED_ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const matched = new Set<Entity>();
  // Gold entities a node of an unscored type (a facility for a facility-or-company) matched.
  const settled = new Set<Entity>();
  const spuriousEntities: string[] = [];
  const duplicateEntities: string[] = [];
  for (const { key, attributes = {} } of graph.nodes) {
    const type = String(attributes.type);
    const e = goldOf.get(key);
    if (!isScoredType(type)) {
      if (e?.types.includes(type)) settled.add(e);
      continue;
    }
    if (attributes.mentions === 0) continue;
    if (e && e.types.includes(type)) {
      if (matched.has(e)) {
        tally.get(type)!.fp++;
        duplicateEntities.push(`${type}:${key} (gold ${e.types.join('/')}:${e.name})`);
      } else {
        matched.add(e);
        tally.get(type)!.tp++;
      }
    } else {
      tally.get(type)!.fp++;
      spuriousEntities.push(e ? `${type}:${key} (gold ${e.types.join('/')}:${e.name})` : `${type}:${key}`);
    }
  }
  const missedEntities: string[] = [];
  for (const e of entities.values()) {
    const scoredType = e.types.find(isScoredType);
    if (!scoredType || matched.has(e) || settled.has(e)) continue;
    tally.get(scoredType)!.fn++;
    missedEntities.push(`${e.types.join('/')}:${e.name}`);
  }

  const goldRelations = new Set<string>();
  for (const article of gold.articles)
    for (const r of article.relations) if (isScoredRelation(r.type)) goldRelations.add(relationKey(r.source, r.type, r.target));
  const found = new Set<string>();
  for (const { source, target, attributes = {} } of graph.edges) {
    const type = String(attributes.type);
    if (!isScoredRelation(type)) continue;
    if (!Array.isArray(attributes.evidence) || attributes.evidence.length === 0) continue;
    found.add(relationKey(goldOf.get(source)?.name ?? source, type, goldOf.get(target)?.name ?? target));
  }
  const byRelation: Record<string, Counts> = {};
  const relTotals = { tp: 0, fp: 0, fn: 0 };
  const missedRelations: string[] = [];
  const spuriousRelations: string[] = [];
  for (const type of SCORED_RELATION_TYPES) {
    const ofType = (key: string) => key.split('\u0000')[1] === type;
    const missed = [...goldRelations].filter((k) => ofType(k) && !found.has(k));
    const spurious = [...found].filter((k) => ofType(k) && !goldRelations.has(k));
    const tp = [...found].filter((k) => ofType(k) && goldRelations.has(k)).length;
    byRelation[type] = counts(tp, spurious.length, missed.length);
    relTotals.tp += tp;
    relTotals.fp += spurious.length;
    relTotals.fn += missed.length;
    missedRelations.push(...missed.map(showRelation));
    spuriousRelations.push(...spurious.map(showRelation));
  }

  const byType: Record<string, Counts> = {};
  const entTotals = { tp: 0, fp: 0, fn: 0 };
  for (const [type, c] of tally) {
    byType[type] = counts(c.tp, c.fp, c.fn);
    entTotals.tp += c.tp;
    entTotals.fp += c.fp;
    entTotals.fn += c.fn;
  }
  return {
    entities: counts(entTotals.tp, entTotals.fp, entTotals.fn),
    relations: counts(relTotals.tp, relTotals.fp, relTotals.fn),
    supports: byRelation.supports!,
    byType,
    byRelation,
    missedEntities,
    spuriousEntities,
    duplicateEntities,
    missedRelations,
    spuriousRelations,
  };
}

/** The per-type table; with `verbose`, every miss and spurious item under it. */
export function formatScore(score: Score, { verbose = false } = {}): string {
  const row = (label: string, c: Counts) =>
    `${label.padEnd(14)} P ${c.p.toFixed(3)}  R ${c.r.toFixed(3)}  F1 ${c.f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  const lines = [row('entities', score.entities)];
  for (const [type, c] of Object.entries(score.byType)) lines.push(row(`  ${type}`, c));
  lines.push(row('relations', score.relations));
  for (const [type, c] of Object.entries(score.byRelation)) lines.push(row(`  ${type}`, c));
  if (verbose) {
    const list = (title: string, items: string[]) => {
      if (items.length) lines.push('', `${title} (${items.length}):`, ...items.map((x) => `  ${x}`));
    };
    list('missed entities', score.missedEntities);
    list('spurious entities', score.spuriousEntities);
    list('duplicate nodes of one gold entity', score.duplicateEntities);
    list('missed relations', score.missedRelations);
    list('spurious relations', score.spuriousRelations);
  }
  return lines.join('\n');
}
