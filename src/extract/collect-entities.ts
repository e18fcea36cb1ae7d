// The entities of one article: one per canonical name, with every spelling the
// article used as an alias (the normalised surface and the text as written).

import type { NormalisedText } from '../ingest/normalise.ts';
import type { Entity, NodeType } from '../types.ts';
import { charSet, hasChar } from '../ingest/char-set.ts';
import { type Division, getGazetteer } from './gazetteer.ts';
import type { Mention } from './mention.ts';

export interface EntitySet {
  add(name: string, type: NodeType, mentions: number, aliases?: string[]): void;
  has(name: string): boolean;
  values(): Entity[];
}

export function entitySet(): EntitySet {
  return new EntityMap();
}

// A class, not an object of closures: tsx names each closure it creates, per call.
class EntityMap implements EntitySet {
  private readonly entities = new Map<string, Entity>();
  // Long alias lists get a set; short ones are searched (most entities have a few aliases).
  private readonly aliasSets = new Map<string, Set<string>>();

  add(name: string, type: NodeType, mentions: number, aliases: string[] = []): void {
    let entity = this.entities.get(name);
    if (!entity) {
      entity = { name, type, aliases: [], mentions: 0 };
      this.entities.set(name, entity);
    }
    entity.mentions += mentions;
    if (aliases.length === 0) return;
    let seen = this.aliasSets.get(name);
    for (const alias of aliases) {
      if (!alias || alias === name) continue;
      if (!seen && entity.aliases.length >= 8) this.aliasSets.set(name, (seen = new Set(entity.aliases)));
      if (seen ? seen.has(alias) : entity.aliases.includes(alias)) continue;
      seen?.add(alias);
      entity.aliases.push(alias);
    }
  }

  has(name: string): boolean {
    return this.entities.has(name);
  }

  values(): Entity[] {
    return [...this.entities.values()];
  }
}

/** Adds the entities the mentions name, and the places named inside them (阿勒泰地区 in 阿勒泰地区哈巴河县人民医院). */
export function collectEntities(doc: NormalisedText, mentions: Mention[], into: EntitySet): void {
  const gazetteer = getGazetteer();
  for (const m of mentions) {
    const span = doc.toOriginal(m.start, m.end);
    // The name as the article writes it (Traditional kept), without glosses, invisible marks or quotes.
    const asWritten = doc.writtenForm(span.start, span.end);
    const spellings = m.deictic ? m.aliases : [...m.aliases, m.surface, asWritten];
    into.add(m.name, m.type, m.nested && m.type === 'agency' ? 0 : 1, spellings.map(stripQuotes));
    for (const placeName of m.namedPlaces ?? []) addPlace(into, gazetteer.get(placeName));
    if (m.donor) addPlace(into, gazetteer.get(m.donor));
  }
}

function addPlace(into: EntitySet, division: Division | undefined): void {
  if (division) into.add(division.name, division.type, 1);
}

/** Quote marks belong to no name (“蒲公英”计划 → 蒲公英计划). */
const QUOTE = /[“”"「」『』‘’《》]/gu;
const QUOTE_CHARS = charSet('“”"「」『』‘’《》');
function stripQuotes(s: string): string {
  for (let i = 0; i < s.length; i++) if (hasChar(QUOTE_CHARS, s.charCodeAt(i))) return s.replace(QUOTE, '');
  return s;
}
