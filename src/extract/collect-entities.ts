// The entities of one article: one per canonical name, with every spelling the
// article used as an alias (the normalised surface and the text as written).

import type { NormalisedText } from '../ingest/normalise.ts';
import type { Entity, NodeType } from '../types.ts';
import { charSet, hasChar } from '../ingest/char-set.ts';
import { type Division, getGazetteer } from './gazetteer.ts';
import type { Mention } from './mention.ts';

export interface EntitySet {
  add(name: string, type: NodeType, mentions: number, aliases?: readonly string[]): void;
  /** `add` of a mention's name with its aliases, surface and written form, quote marks stripped. */
  addMention(name: string, type: NodeType, mentions: number, aliases: readonly string[], surface?: string, written?: string): void;
  has(name: string): boolean;
  values(): Entity[];
}

export function entitySet(): EntitySet {
  return new EntityMap();
}

interface Entry {
  entity: Entity;
  // Long alias lists get a set; short ones are searched (most entities have a few aliases).
  seen: Set<string> | undefined;
}

// A class, not an object of closures: tsx names each closure it creates, per call.
class EntityMap implements EntitySet {
  private readonly entries = new Map<string, Entry>();

  add(name: string, type: NodeType, mentions: number, aliases: readonly string[] = []): void {
    const entry = this.entry(name, type, mentions);
    for (const alias of aliases) addAlias(entry, alias);
  }

  // Spellings one by one: no array built and mapped per mention.
  addMention(name: string, type: NodeType, mentions: number, aliases: readonly string[], surface?: string, written?: string): void {
    const entry = this.entry(name, type, mentions);
    for (const alias of aliases) addAlias(entry, stripQuotes(alias));
    if (surface !== undefined) addAlias(entry, stripQuotes(surface));
    if (written !== undefined) addAlias(entry, stripQuotes(written));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  values(): Entity[] {
    const entities: Entity[] = [];
    for (const entry of this.entries.values()) entities.push(entry.entity);
    return entities;
  }

  private entry(name: string, type: NodeType, mentions: number): Entry {
    let entry = this.entries.get(name);
    if (!entry) {
      entry = { entity: { name, type, aliases: [], mentions: 0 }, seen: undefined };
      this.entries.set(name, entry);
    }
    entry.entity.mentions += mentions;
    return entry;
  }
}

function addAlias(entry: Entry, alias: string): void {
  const { entity } = entry;
  if (!alias || alias === entity.name) return;
  if (!entry.seen && entity.aliases.length >= 8) entry.seen = new Set(entity.aliases);
  if (entry.seen ? entry.seen.has(alias) : entity.aliases.includes(alias)) return;
  entry.seen?.add(alias);
  entity.aliases.push(alias);
}

/** Adds the entities the mentions name, and the places named inside them (阿勒泰地区 in 阿勒泰地区哈巴河县人民医院). */
export function collectEntities(doc: NormalisedText, mentions: Mention[], into: EntitySet): void {
  const gazetteer = getGazetteer();
  for (const m of mentions) {
    const count = m.nested && m.type === 'agency' ? 0 : 1;
    if (m.deictic) into.addMention(m.name, m.type, count, m.aliases);
    else {
      const span = doc.toOriginal(m.start, m.end);
      // The name as the article writes it (Traditional kept), without glosses, invisible marks or quotes.
      into.addMention(m.name, m.type, count, m.aliases, m.surface, doc.writtenForm(span.start, span.end));
    }
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
