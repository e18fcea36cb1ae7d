// The HTTP API's contract: every request and response shape as a zod schema, with the
// TypeScript types inferred from it. The server validates requests with these schemas and
// types its answers with them; the viewer imports the same module and parses what it receives.
// Imports only zod and pure modules (types, the article-id rule, the export registry's data),
// so the browser bundle carries no server code.
import { z } from 'zod';

import type { Settings } from '../config.ts';
import { CSV_TABLES, EXPORT_FORMAT_NAMES, GEXF_VERSIONS } from '../export/export-formats.ts';
import { isArticleId } from '../ingest/article-id.ts';
import { hopsProblem } from '../query/check-hops.ts';
import { AMOUNT_KINDS, EDGE_TYPES, NODE_TYPES, PATH_MODES, SUPPORT_REACHES } from '../types.ts';

export { AMOUNT_KINDS, EDGE_TYPES, NODE_TYPES, PATH_MODES, SUPPORT_REACHES };
export type { AmountKind, EdgeType, NodeType, PathMode, SupportReach } from '../types.ts';

// ---------------------------------------------------------------- vocabulary

export const nodeTypeSchema = z.enum(NODE_TYPES);
export const edgeTypeSchema = z.enum(EDGE_TYPES);
export const amountKindSchema = z.enum(AMOUNT_KINDS);

/** What each kind of figure is called in the viewer. */
export const AMOUNT_KIND_LABELS: Record<(typeof AMOUNT_KINDS)[number], string> = {
  money: '资金',
  projects: '项目',
  people: '援派人员',
  beds: '床位',
  students: '学生',
  patients: '患者',
  jobs: '就业',
};

/** A year (2020), a month (2020-04) or a day (2020-04-01): the ends of a time window. */
export const timePrefixSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u, 'expected a year (2020), a month (2020-04) or a day (2020-04-01)');

/** Formats of GET/POST /api/export: the export registry (src/export/export-formats.ts). */
export { CSV_TABLES, EXPORT_FORMAT_NAMES, EXPORT_FORMATS, exportFileName, GEXF_VERSIONS } from '../export/export-formats.ts';
export type { CsvTable, ExportFormatInfo, ExportFormatName, GexfVersionName } from '../export/export-formats.ts';

// ---------------------------------------------------------------- requests

/** The limits requests are checked against; the server passes its settings. */
export type RequestLimits = Pick<
  Settings,
  | 'maxQueryLength'
  | 'maxArticleLength'
  | 'maxHops'
  | 'maxPaths'
  | 'maxNodeEvidence'
  | 'pathEvidence'
  | 'maxRows'
  | 'searchLimit'
  | 'maxSearchLimit'
  | 'maxTitleLength'
  | 'maxDateLength'
  | 'maxSourceLength'
  | 'maxNeighborhoodNodes'
  | 'maxNeighborhoodCentres'
>;

const commaList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)));

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const neighborhoodHops = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: 'hops must be 0, 1, 2 or 3' });

export function requestSchemas(limits: RequestLimits) {
  const text = (what: string) =>
    z
      .string({ error: `${what} is required` })
      .trim()
      .min(1, `${what} is empty`)
      .max(limits.maxQueryLength, `${what} is longer than ${limits.maxQueryLength} characters`);
  const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
  const exportOptions = {
    format: z.enum(EXPORT_FORMAT_NAMES).default('gexf'),
    table: z.enum(CSV_TABLES).default('edges'),
    version: z.enum(GEXF_VERSIONS).default('1.2'),
  };

  // A time window: what the dated evidence shows between `since` and `until` (both included).
  const window = { since: timePrefixSchema.optional(), until: timePrefixSchema.optional() };
  const inOrder = (w: { since?: string; until?: string }) => !w.since || !w.until || w.since.slice(0, 4) <= w.until.slice(0, 4);
  const windowOrder = { message: 'since must not be after until', path: ['since'] };

  return {
    search: z.object({ q: text('q'), type: nodeTypeSchema.optional(), limit: limit(limits.maxSearchLimit, limits.searchLimit) }),
    path: z.object({
      from: text('from'),
      to: text('to'),
      via: commaList(EDGE_TYPES).optional(),
      max: z.coerce
        .number()
        .superRefine((hops, ctx) => {
          const problem = hopsProblem(hops, limits.maxHops);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
      mode: z.enum(PATH_MODES).default('all-shortest'),
      directed: flag.default(false),
      limit: limit(limits.maxPaths, limits.maxPaths),
      evidence: z.coerce.number().int().min(0).max(limits.maxNodeEvidence).default(limits.pathEvidence),
      ...window,
    }).refine(inOrder, windowOrder),
    supporters: z.object({
      of: text('of'),
      ofType: nodeTypeSchema.optional(),
      type: nodeTypeSchema.optional(),
      limit: limit(limits.maxRows, limits.maxRows),
      ...window,
    }).refine(inOrder, windowOrder),
    supported: z
      .object({ by: text('by'), type: nodeTypeSchema.optional(), limit: limit(limits.maxRows, limits.maxRows), ...window })
      .refine(inOrder, windowOrder),
    /** GET /api/totals: stated figures of an entity, as donor and as recipient. */
    totals: z.object({ of: text('of'), ...window }).refine(inOrder, windowOrder),
    query: z.object({ q: z.string({ error: 'q is required: {"q": "help"}' }) }),
    /** GET /api/export: the whole graph or the part with these types, or that a query highlights. */
    export: z.object({
      ...exportOptions,
      types: commaList(NODE_TYPES).optional(),
      edges: commaList(EDGE_TYPES).optional(),
      q: text('q').optional(),
      /** The graph as its dated evidence shows it in this window (GEXF stays dynamic either way). */
      ...window,
    }).refine(inOrder, windowOrder),
    /** POST /api/export: an explicit part, such as what the viewer shows. */
    exportPart: z.object({
      ...exportOptions,
      nodes: z.array(z.string()).min(1, 'nodes is empty').optional(),
      types: z.array(nodeTypeSchema).optional(),
      edges: z.array(edgeTypeSchema).optional(),
    }),
    article: z.object({
      text: z
        .string({ error: 'text is required' })
        .refine((s) => s.trim().length > 0, 'text is empty')
        .refine((s) => s.length <= limits.maxArticleLength, `text is longer than ${limits.maxArticleLength} characters`),
      title: z.string().max(limits.maxTitleLength).optional(),
      date: z.string().max(limits.maxDateLength).optional(),
      source: z.string().max(limits.maxSourceLength).optional(),
    }),
    articleId: z.string().refine(isArticleId, 'an article id is letters, digits, _ - and . (not first)'),
    /** GET /api/overview: `force` gives the overview even of a graph small enough to show whole. */
    overview: z.object({ force: flag.default(false) }),
    /** POST /api/neighborhood: what a partial view lacks around some nodes. */
    neighborhood: z.object({
      nodes: z
        .array(text('a node'))
        .min(1, 'nodes is empty')
        .max(limits.maxNeighborhoodCentres, `nodes lists more than ${limits.maxNeighborhoodCentres}`),
      hops: neighborhoodHops.default(1),
      via: z.array(edgeTypeSchema).optional(),
      limit: z.number().int().min(0).max(limits.maxNeighborhoodNodes).default(limits.maxNeighborhoodNodes),
      have: z.array(z.string()).optional(),
    }),
    /** GET /api/neighborhood: the same for one node, for a client without a view. */
    neighborhoodQuery: z.object({
      node: text('node'),
      hops: z.coerce.number().pipe(neighborhoodHops).default(1),
      via: commaList(EDGE_TYPES).optional(),
      limit: z.coerce.number().int().min(0).max(limits.maxNeighborhoodNodes).default(limits.maxNeighborhoodNodes),
    }),
  };
}

export type RequestSchemas = ReturnType<typeof requestSchemas>;
/** What a client sends to POST /api/export. */
export type ExportPartRequest = z.input<RequestSchemas['exportPart']>;
export type QueryRequest = z.input<RequestSchemas['query']>;
export type NeighborhoodRequestBody = z.input<RequestSchemas['neighborhood']>;

// ---------------------------------------------------------------- responses

/** Every error: `{error, hint?}` plus what a client can act on. */
export const errorResponseSchema = z.object({
  error: z.string(),
  hint: z.string().optional(),
  /** Names close to an unknown one. */
  suggestions: z.array(z.string()).optional(),
  /** Entities an ambiguous name could mean. */
  candidates: z.array(z.string()).optional(),
  /** The word of a console line that is wrong, with its offsets in the line. */
  at: z.object({ word: z.string(), start: z.number().int(), end: z.number().int() }).optional(),
  allowed: z.array(z.string()).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** A time a sentence names, as ISO prefixes; `to` is missing for "since" in an undated article. */
export const sentenceTimeSchema = z.object({ from: z.string(), to: z.string().optional(), asWritten: z.string() });

export const evidenceSchema = z.object({
  article: z.string(),
  sentence: z.string(),
  /** Offsets into the article as written. */
  start: z.number().int(),
  end: z.number().int(),
  /** The article's publication date, YYYY-MM-DD. */
  date: z.string().optional(),
  /** The time the sentence names for the relation (2023年4月, “十四五”以来). */
  time: sentenceTimeSchema.optional(),
});
export type EvidenceItem = z.infer<typeof evidenceSchema>;

export const nodeAttributesSchema = z.object({
  label: z.string(),
  type: nodeTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.number(),
  articles: z.array(z.string()),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  color: z.string(),
  /** Earliest and latest date (YYYY-MM-DD) its articles and evidence cover; missing when undated. */
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
});
export type NodeAttributesBody = z.infer<typeof nodeAttributesSchema>;

/** A figure an aid or investment edge carries: one fact however many articles state it. */
export const amountFactSchema = z.object({
  kind: amountKindSchema,
  /** Money in yuan; counts as counted. */
  value: z.number(),
  unit: z.string(),
  asWritten: z.string(),
  approx: z.boolean(),
  period: sentenceTimeSchema.optional(),
  evidence: z.array(evidenceSchema),
});
export type AmountFactBody = z.infer<typeof amountFactSchema>;

export const edgeAttributesSchema = z.object({
  type: edgeTypeSchema,
  /** The sentences kept: each distinct one, a few per article at most. */
  evidence: z.array(evidenceSchema),
  /** Per article past the cap, sentences read but not kept: evidence in all = evidence.length + these. */
  evidenceOmitted: z.record(z.string(), z.number().int()).optional(),
  weight: z.number(),
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
  amounts: z.array(amountFactSchema).optional(),
});

/** Computed on the server once per graph version; also in the exports. */
export const nodeMetricsSchema = z.object({
  /** Edges of any type, both directions. */
  degree: z.number().int(),
  pagerank: z.number(),
  /** Normalised to [0, 1]; estimated from a sample of sources on big graphs. */
  betweenness: z.number(),
  /** Louvain community id: nodes with the same id form one community. */
  community: z.number().int(),
});
export type NodeMetrics = z.infer<typeof nodeMetricsSchema>;
export const METRIC_NAMES = ['degree', 'pagerank', 'betweenness', 'community'] as const;

/** GET /api/export?format=json: graphology's `export()`, node attributes extended with the metrics. */
export const graphExportSchema = z.object({
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }).optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributesSchema.extend(nodeMetricsSchema.shape) })),
  edges: z.array(
    z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: edgeAttributesSchema, undirected: z.boolean().optional() }),
  ),
});
export type GraphExport = z.infer<typeof graphExportSchema>;

const countsSchema = z.object({ nodes: z.number().int(), edges: z.number().int() });

/**
 * A node or edge of an overview, without what makes big graphs heavy: a node's article list and
 * an edge's evidence and figures, with their counts instead (a neighbourhood gives them whole).
 */
export const summaryNodeSchema = z.object({
  key: z.string(),
  attributes: nodeAttributesSchema.omit({ articles: true }).extend(nodeMetricsSchema.shape).extend({ articleCount: z.number().int() }),
});
export const summaryEdgeSchema = z.object({
  /** Missing when it is `source|type|target`. */
  key: z.string().optional(),
  source: z.string(),
  target: z.string(),
  attributes: edgeAttributesSchema
    .omit({ evidence: true, evidenceOmitted: true, amounts: true })
    .extend({ evidenceCount: z.number().int(), articleCount: z.number().int(), amountCount: z.number().int() }),
});

/**
 * GET /api/overview: a graph past `above` nodes opens on its overview, the `topNodes` of highest
 * PageRank and every province and prefecture with the edges among them; a smaller one whole.
 */
export const overviewResponseSchema = z.discriminatedUnion('overview', [
  z.object({ overview: z.literal(false), above: z.number().int(), total: countsSchema }),
  z.object({
    overview: z.literal(true),
    above: z.number().int(),
    topNodes: z.number().int(),
    /** Node types shown whatever their rank. */
    types: z.array(nodeTypeSchema),
    total: countsSchema,
    shown: countsSchema,
    hidden: countsSchema,
    graph: z.object({ nodes: z.array(summaryNodeSchema), edges: z.array(summaryEdgeSchema) }),
  }),
]);
export type OverviewResponse = z.infer<typeof overviewResponseSchema>;
export type SummaryGraph = Extract<OverviewResponse, { overview: true }>['graph'];

/** POST and GET /api/neighborhood: nodes and edges whole, as the JSON export gives them. */
export const neighborhoodResponseSchema = z.object({
  centres: z.array(z.string()),
  hops: z.number().int(),
  /** Nodes within `hops` of the centres, the centres included, whether the view has them or not. */
  reached: z.number().int(),
  /** New nodes within reach that the limit left out. */
  left: z.number().int(),
  graph: graphExportSchema.pick({ nodes: true, edges: true }),
});
export type NeighborhoodResponse = z.infer<typeof neighborhoodResponseSchema>;

/** GET /api/search */
export const searchResponseSchema = z.object({
  q: z.string(),
  results: z.array(
    z.object({
      node: z.string(),
      label: z.string(),
      type: nodeTypeSchema,
      /** How the query met the name: name, alias, prefix, pinyin, substring… */
      match: z.string(),
      /** The name or alias that matched. */
      matched: z.string(),
    }),
  ),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type SearchResultItem = SearchResponse['results'][number];

const neighborRefSchema = z.object({ node: z.string(), label: z.string(), weight: z.number() });

/** GET /api/nodes/:id */
export const nodeResponseSchema = z.object({
  id: z.string(),
  attributes: nodeAttributesSchema,
  metrics: nodeMetricsSchema,
  /** Per edge type: neighbours the entity points to (`out`) and that point to it (`in`). */
  neighbors: z.partialRecord(edgeTypeSchema, z.object({ out: z.array(neighborRefSchema), in: z.array(neighborRefSchema) })),
  evidence: z.array(evidenceSchema.extend({ source: z.string(), type: edgeTypeSchema, target: z.string() })),
  /** Evidence sentences in all; `evidence` holds the first of them. */
  evidenceTotal: z.number().int(),
});
export type NodeResponse = z.infer<typeof nodeResponseSchema>;

/** GET /api/articles/:id: the article as written, and how the extractor reads each sentence. */
export const articleResponseSchema = z.object({
  id: z.string(),
  text: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  /**
   * Each sentence's clean reading (Simplified, glosses dropped, rewriting repaired) with the
   * span of the sentence as written; an evidence item's `start`/`end` is one of these spans.
   */
  readings: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});
export type ArticleResponse = z.infer<typeof articleResponseSchema>;

/** POST /api/articles */
export const addedArticleResponseSchema = z.object({
  id: z.string(),
  created: z.boolean(),
  nodes: z.array(z.string()),
  edges: z.array(z.string()),
  skipped: z.number().int(),
});
export type AddedArticleResponse = z.infer<typeof addedArticleResponseSchema>;

export const pathEdgeSchema = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  type: edgeTypeSchema,
  /** `forward` when the edge points along the path, `backward` when against it. */
  direction: z.enum(['forward', 'backward']),
  weight: z.number(),
  /** A few of its sentences (`evidence=N` asks for up to N, one per article first)… */
  evidence: z.array(evidenceSchema),
  /** …and how many there are in all (the server always sends it). */
  evidenceCount: z.number().int().optional(),
  /** Earliest and latest date of all its evidence; missing when undated. */
  firstSeen: z.string().optional(),
  lastSeen: z.string().optional(),
});
export type PathEdgeBody = z.infer<typeof pathEdgeSchema>;

export const graphPathSchema = z.object({
  nodes: z.array(z.string()),
  edges: z.array(pathEdgeSchema),
  length: z.number().int(),
  weight: z.number(),
});
export type GraphPathBody = z.infer<typeof graphPathSchema>;

/** GET /api/path */
export const pathResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  mode: z.enum(PATH_MODES),
  directed: z.boolean(),
  via: z.array(edgeTypeSchema),
  paths: z.array(graphPathSchema),
  truncated: z.boolean(),
});
export type PathResponse = z.infer<typeof pathResponseSchema>;

const supportAnswerFields = {
  node: z.string(),
  label: z.string(),
  type: nodeTypeSchema,
  direct: z.boolean(),
  reach: z.enum(SUPPORT_REACHES),
  /** Oriented from supporter to recipient. */
  path: graphPathSchema,
};

/** GET /api/supporters */
export const supportersResponseSchema = z.object({
  results: z.array(z.object({ ...supportAnswerFields, recipient: z.string() })),
  truncated: z.boolean(),
});
export type SupportersResponse = z.infer<typeof supportersResponseSchema>;

/** GET /api/supported */
export const supportedResponseSchema = z.object({
  results: z.array(z.object({ ...supportAnswerFields, supporter: z.string() })),
  truncated: z.boolean(),
});
export type SupportedResponse = z.infer<typeof supportedResponseSchema>;

/** POST /api/query: rows for a table, the paths behind them, and what to highlight. */
export const timeWindowSchema = z.object({ since: z.string().optional(), until: z.string().optional() });

export const queryResponseSchema = z.object({
  kind: z.enum(['path', 'supporters', 'supported', 'neighbors', 'find', 'totals', 'help']),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  /** For path and support answers: `paths[i]` is the path behind `rows[i]`. */
  paths: z.array(graphPathSchema).optional(),
  highlight: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
  /** More rows exist than were returned. */
  truncated: z.boolean(),
  /** The time window the answer is limited to, when the line gave one. */
  window: timeWindowSchema.optional(),
  /** Lines to show under the table: what totals add up, and why not. */
  notes: z.array(z.string()).optional(),
});
export type QueryResponse = z.infer<typeof queryResponseSchema>;
export type QueryKind = QueryResponse['kind'];

/** GET /api/export/formats: the export registry as data. */
export const exportFormatsResponseSchema = z.object({
  formats: z.array(
    z.object({
      name: z.enum(EXPORT_FORMAT_NAMES),
      label: z.string(),
      mediaType: z.string(),
      extension: z.string(),
      options: z.array(z.enum(['table', 'gexfVersion'])),
    }),
  ),
});
export type ExportFormatsResponse = z.input<typeof exportFormatsResponseSchema>;

/** GET /api/stats */
export const statsResponseSchema = z.object({
  nodes: z.number().int(),
  edges: z.number().int(),
  articles: z.number().int(),
  nodeTypes: z.partialRecord(nodeTypeSchema, z.number().int()),
  edgeTypes: z.partialRecord(edgeTypeSchema, z.number().int()),
  evidence: z.number().int(),
});
export type StatsResponse = z.infer<typeof statsResponseSchema>;

/** GET /api/totals: every stated figure, then per kind what adds up and why not. */
export const totalsResponseSchema = z.object({
  of: z.string(),
  window: timeWindowSchema.optional(),
  facts: z.array(
    amountFactSchema.omit({ evidence: true }).extend({
      role: z.enum(['donor', 'recipient']),
      donors: z.array(z.string()),
      recipients: z.array(z.string()),
      edges: z.array(z.string()),
      evidence: z.array(evidenceSchema),
    }),
  ),
  summary: z.array(
    z.object({
      kind: amountKindSchema,
      unit: z.string(),
      count: z.number().int(),
      /** Only when no two figures can overlap. */
      total: z.number().optional(),
      approx: z.boolean(),
      note: z.string(),
    }),
  ),
});
export type TotalsResponse = z.infer<typeof totalsResponseSchema>;
