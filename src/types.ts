// Entity and edge types shared by every stage. Imports nothing.

export const NODE_TYPES = [
  'province',
  'prefecture',
  'county',
  'township',
  'village',
  'hospital',
  'school',
  'company',
  'program',
  'agency',
  'facility',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_TYPES = ['supports', 'located_in', 'invests_in', 'runs', 'part_of', 'partners_with'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** How a path query enumerates: one shortest path, all shortest ones, or all simple paths up to N hops. */
export const PATH_MODES = ['shortest', 'all-shortest', 'simple'] as const;
export type PathMode = (typeof PATH_MODES)[number];

/**
 * How the aid behind a "who supports" answer reaches the recipient, best first: one supports
 * edge (`direct`); support of a unit below prefecture level that the recipient lies in, its
 * own county (`county`); a member of the supporter supporting the recipient (`member`);
 * support of a prefecture the recipient lies in (`wider`).
 */
export const SUPPORT_REACHES = ['direct', 'county', 'member', 'wider'] as const;
export type SupportReach = (typeof SUPPORT_REACHES)[number];

/** An article as read from disk (or posted to the API): text already decoded, as written. */
export interface Article {
  id: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
}

/** Where an edge was read: offsets index `Article.text` (the text as written). */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
}

export interface Entity {
  /** Canonical name: Simplified, full official form. Also the node key. */
  name: string;
  type: NodeType;
  /** Every other spelling met (short forms, Traditional, repaired noisy forms). */
  aliases: string[];
  /** Text mentions in this article; 0 = known only from the gazetteer. */
  mentions: number;
}

export interface Relation {
  source: string;
  target: string;
  type: EdgeType;
  /** Empty for relations that come from the gazetteer rather than from text. */
  evidence: Evidence[];
}

export interface Extraction {
  article: string;
  entities: Entity[];
  relations: Relation[];
}

/** Node attributes as stored in graphology and graph/graph.json. */
export interface NodeAttributes {
  label: string;
  type: NodeType;
  aliases: string[];
  mentions: number;
  articles: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Edge attributes as stored in graphology and graph/graph.json. */
export interface EdgeAttributes {
  type: EdgeType;
  evidence: Evidence[];
  /** Number of evidence sentences (at least 1 for gazetteer edges, so layouts see them). */
  weight: number;
}
