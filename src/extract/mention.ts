import type { NodeType } from '../types.ts';

/** One occurrence of an entity in normalised text. */
export interface Mention {
  start: number;
  end: number;
  /** The text as it stands in the normalised (Simplified, repaired) text. */
  surface: string;
  /** Canonical name: the node key. */
  name: string;
  type: NodeType;
  /** Other names this mention establishes (the surface, "A（B）" partners, short forms). */
  aliases: string[];
  /** Canonical name of the administrative unit the entity lies in, when its name says so. */
  place?: string;
  /** A government or party body of `place` (克州科技局): part of it, not only located there. */
  governing?: boolean;
  /** For townships and villages: the gazetteer unit their chain hangs from (阿克陶县). */
  area?: string;
  /** Canonical name of a larger institution the entity belongs to (…附属医院 → …大学). */
  parentOrg?: string;
  /** For donor aid bodies: the donor place they belong to and act for. */
  donor?: string;
  /** Further donors an aid body names (无锡市(江阴市)援霍工作组: 江阴市). */
  coDonors?: string[];
  /** Recipients an aid body's name names (对口支援阿合奇县前方工作组: 阿合奇县). */
  aids?: string[];
  /** The one-character recipient in an aid body's name (援霍), resolved against the article's places. */
  aidsAbbreviated?: string;
  /** A mention whose name the article's context gives (援疆前指, 省人社厅, 我省), filled in by resolveReferences. */
  pending?: { kind: 'command' | 'body' | 'deictic' | 'institution'; level?: string; full?: string };
  /** Places named inside this name (阿勒泰地区, 哈巴河县 in 阿勒泰地区哈巴河县人民医院): mentions of their own. */
  namedPlaces?: string[];
  /** A deictic mention (我省): it names the entity but is no alias of it. */
  deictic?: boolean;
  /** True when the mention sits inside a longer name and is not a mention of its own. */
  nested?: boolean;
}

/**
 * The same mention as an object with every field in one order (absent ones undefined):
 * code that reads many mentions then meets one object shape, not dozens.
 */
export function uniformMention(m: Mention): Mention {
  return {
    start: m.start,
    end: m.end,
    surface: m.surface,
    name: m.name,
    type: m.type,
    aliases: m.aliases,
    place: m.place,
    governing: m.governing,
    area: m.area,
    parentOrg: m.parentOrg,
    donor: m.donor,
    coDonors: m.coDonors,
    aids: m.aids,
    aidsAbbreviated: m.aidsAbbreviated,
    pending: m.pending,
    namedPlaces: m.namedPlaces,
    deictic: m.deictic,
    nested: m.nested,
  };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A stretch of normalised text. */
export interface Span {
  start: number;
  end: number;
}
