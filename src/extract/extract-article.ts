// Article → Extraction: normalise, find mentions, read relations, and keep
// every relation's evidence as the sentence as written in the article.

import { normalise } from '../ingest/normalise.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { InvalidInputError } from '../errors.ts';
import type { Article, Entity, Evidence, Extraction, Relation } from '../types.ts';
import { findMentions } from './find-mentions.ts';
import { findRelations, mainDonor } from './find-relations.ts';
import { getGazetteer, type Division } from './gazetteer.ts';
import type { Mention } from './mention.ts';

export function extractArticle(article: Article): Extraction {
  if (!article || typeof article.text !== 'string' || !article.id) {
    throw new InvalidInputError('an article needs an id and a text');
  }
  const doc = normalise(article);
  const mentions = findMentions(doc.text);
  resolveBareCommands(doc.text, mentions);
  const named = mentions.filter((m) => m.name);
  const sentences = boundSentences(doc.text, splitSentences(doc.text));
  const found = findRelations(doc.text, sentences, named);

  const entities = new Map<string, Entity>();
  const aliasSets = new Map<string, Set<string>>();
  const addEntity = (name: string, type: Entity['type'], mentionsCount: number, aliases: string[] = []) => {
    let entity = entities.get(name);
    if (!entity) {
      entity = { name, type, aliases: [], mentions: 0 };
      entities.set(name, entity);
      aliasSets.set(name, new Set());
    }
    entity.mentions += mentionsCount;
    const seen = aliasSets.get(name)!;
    for (const alias of aliases) {
      if (alias && alias !== name && !seen.has(alias)) {
        seen.add(alias);
        entity.aliases.push(alias);
      }
    }
  };
  for (const m of named) {
    const span = doc.toOriginal(m.start, m.end);
    const written = article.text.slice(span.start, span.end);
    const asWritten = /\s/u.test(written) ? written.replace(/\s+/gu, '') : written;
    addEntity(m.name, m.type, m.nested && m.type === 'agency' ? 0 : 1, [...m.aliases, m.surface, asWritten].map(stripQuotes));
    // The donor in 山东援疆指挥部 and the places in 阿勒泰地区哈巴河县人民医院 are mentioned too.
    for (const placeName of [...(m.namedPlaces ?? []), ...(m.donor ? [m.donor] : [])]) {
      const division = getGazetteer().get(placeName);
      if (division) addEntity(placeName, division.type, 1);
    }
  }

  const relations = new Map<string, Relation>();
  const addRelation = (source: string, type: Relation['type'], target: string, evidence?: Evidence) => {
    const key = `${source}|${type}|${target}`;
    const relation = relations.get(key) ?? { source, target, type, evidence: [] };
    if (evidence && !relation.evidence.some((e) => e.start === evidence.start)) relation.evidence.push(evidence);
    relations.set(key, relation);
  };
  // One evidence object per sentence: a sentence often gives several relations.
  const evidenceAt = new Map<number, Evidence>();
  for (const r of found) {
    let evidence = evidenceAt.get(r.sentence.start);
    if (!evidence) {
      const span = doc.toOriginal(r.sentence.start, r.sentence.end);
      evidence = { article: article.id, sentence: article.text.slice(span.start, span.end).trim(), start: span.start, end: span.end };
      evidenceAt.set(r.sentence.start, evidence);
    }
    addRelation(r.source, r.type, r.target, evidence);
  }

  // Endpoints that only the gazetteer or a name knows (南昌市 in 南昌大学), and
  // the administrative tree above every place: located_in without evidence.
  const gazetteer = getGazetteer();
  for (const r of relations.values()) {
    for (const end of [r.source, r.target]) {
      if (!entities.has(end)) {
        const division = gazetteer.get(end);
        addEntity(end, division?.type ?? 'agency', 0);
      }
    }
  }
  const linked = new Set<string>();
  for (const entity of [...entities.values()]) {
    let child = entity.name;
    for (const ancestor of ancestorsOf(entity.name)) {
      if (linked.has(child)) break; // the rest of this chain is in already
      linked.add(child);
      addEntity(ancestor.name, ancestor.type, 0);
      addRelation(child, 'located_in', ancestor.name);
      child = ancestor.name;
    }
  }
  // Places also answer to the short forms the gazetteer knows (天津, 津, 克州), so users can type them.
  for (const entity of entities.values()) {
    const division = gazetteer.get(entity.name);
    if (!division || division.type !== entity.type) continue;
    const shared = new Set(division.ambiguous ?? []);
    for (const alias of [...division.aliases, ...(division.abbr ?? [])]) {
      if (!shared.has(alias) && alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
    }
  }
  return { article: article.id, entities: [...entities.values()], relations: [...relations.values()] };
}

// "援疆前指" without a donor belongs to the article's donor, if it has one.
function resolveBareCommands(text: string, mentions: Mention[]): void {
  const donor = mainDonor(text, mentions);
  for (const m of mentions) {
    if (m.type === 'agency' && !m.name && m.donor === undefined && donor && /指挥部|前指/u.test(m.surface)) {
      m.name = `${donor}对口支援新疆工作前方指挥部`;
      m.donor = donor;
    }
  }
}

// Relation rules compare the mentions of a sentence pairwise; a "sentence" of
// thousands of characters (text without punctuation) would make that quadratic.
const MAX_SENTENCE = 400;
function boundSentences(text: string, sentences: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const bounded: Array<{ start: number; end: number }> = [];
  for (const s of sentences) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','), window.lastIndexOf('、'), window.lastIndexOf(' '));
      const end = start + (comma > MAX_SENTENCE / 2 ? comma + 1 : MAX_SENTENCE);
      bounded.push({ start, end });
      start = end;
    }
    bounded.push({ start, end: s.end });
  }
  return bounded;
}

// The gazetteer never changes while the process runs: each unit's chain is read once.
const ancestorChains = new Map<string, Division[]>();
function ancestorsOf(name: string): Division[] {
  let chain = ancestorChains.get(name);
  if (!chain) {
    chain = getGazetteer().ancestors(name);
    if (ancestorChains.size < 200_000) ancestorChains.set(name, chain);
  }
  return chain;
}

function stripQuotes(s: string): string {
  return s.replace(/^[“"「『‘《]|[”"」』’》]$/gu, '');
}
