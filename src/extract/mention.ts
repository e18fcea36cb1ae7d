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
  /** For townships and villages: the gazetteer unit their chain hangs from (阿克陶县). */
  area?: string;
  /** Canonical name of a larger institution the entity belongs to (…附属医院 → …大学). */
  parentOrg?: string;
  /** For donor aid commands: the donor place they belong to. */
  donor?: string;
  /** Places named inside this name (阿勒泰地区, 哈巴河县 in 阿勒泰地区哈巴河县人民医院): mentions of their own. */
  namedPlaces?: string[];
  /** True when the mention sits inside a longer name and is not a mention of its own. */
  nested?: boolean;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
