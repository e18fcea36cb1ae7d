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
  /** Publication date, YYYY-MM-DD. */
  date?: string;
  /** The dateline gave month and day only; the year was read from the story. */
  dateInferred?: boolean;
  source?: string;
}

/** Where an edge was read: offsets index `Article.text` (the text as written). */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  /** The article's publication date (YYYY-MM-DD), when it has one. */
  date?: string;
  /** The time the sentence itself names for this relation (2023年4月, “十四五”以来, 第十一批). */
  time?: SentenceTime;
}

/**
 * A time as a range of ISO prefixes (YYYY, YYYY-MM or YYYY-MM-DD), both ends included:
 * 2023年4月 → 2023-04..2023-04; “十四五”以来 in a 2025-07-07 article → 2021..2025-07-07.
 * `to` is missing for "since" times in an undated article (still going, end unknown).
 */
export interface SentenceTime {
  from: string;
  to?: string;
  asWritten: string;
}

export const AMOUNT_KINDS = ['money', 'projects', 'people', 'beds', 'students', 'patients', 'jobs'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/** A figure a sentence states about aid: 累计投入援疆资金12.6亿元 → money 1260000000 元. */
export interface Amount {
  kind: AmountKind;
  /** Normalised: money in yuan, counts as counted. */
  value: number;
  /** 元 for money; the counting unit otherwise (个, 名, 张, 人次, 例, 人). */
  unit: string;
  /** The figure as the sentence writes it (12.6亿元, 三百余名). */
  asWritten: string;
  /** Written as approximate: 余, 多, 近, 超, 约, 左右. */
  approx: boolean;
  /** The time the figure covers, when the sentence names one (“十四五”以来, 2023年). */
  period?: SentenceTime;
}

/** An amount on an edge: one fact, however many articles repeat it. */
export interface AmountFact extends Amount {
  evidence: Evidence[];
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
  /** Figures stated in the relation's sentences (only on supports and invests_in). */
  amounts?: AmountFact[];
  /** Distinct evidence sentences in all, when `evidence` holds only the first of them (see `compactEvidence`). */
  evidenceCount?: number;
}

export interface Extraction {
  article: string;
  /** The article's publication date (YYYY-MM-DD), when it has one. */
  date?: string;
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
  /** Earliest and latest date (YYYY-MM-DD) of the articles and evidence that mention the node. */
  firstSeen?: string;
  lastSeen?: string;
}

/** Edge attributes as stored in graphology and graph/graph.json. */
export interface EdgeAttributes {
  type: EdgeType;
  /** The evidence sentences kept: each distinct one, up to a few per article (the `maxEvidencePerArticle` setting). */
  evidence: Evidence[];
  /** Per article past that cap, the sentences read but not kept; absent when every one is kept. */
  evidenceOmitted?: Record<string, number>;
  /** Number of evidence sentences (at least 1 for gazetteer edges, so layouts see them). */
  weight: number;
  /** Earliest and latest date (YYYY-MM-DD) of the evidence: the sentence's own time, else the article's date. */
  firstSeen?: string;
  lastSeen?: string;
  /** Figures the evidence states (supports and invests_in edges). */
  amounts?: AmountFact[];
}
