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
  const entities = new Map<string, Entity>();
  // Long alias lists get a set; short ones are searched (most entities have a few aliases).
  const aliasSets = new Map<string, Set<string>>();
  return {
    add(name, type, mentions, aliases = []) {
      let entity = entities.get(name);
      if (!entity) {
        entity = { name, type, aliases: [], mentions: 0 };
        entities.set(name, entity);
      }
      entity.mentions += mentions;
      for (const alias of aliases) {
        if (!alias || alias === name) continue;
        let seen = aliasSets.get(name);
        if (!seen && entity.aliases.length >= 8) aliasSets.set(name, (seen = new Set(entity.aliases)));
        if (seen ? seen.has(alias) : entity.aliases.includes(alias)) continue;
        seen?.add(alias);
        entity.aliases.push(alias);
      }
    },
    has: (name) => entities.has(name),
    values: () => [...entities.values()],
  };
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
