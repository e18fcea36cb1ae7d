// One settings object: every default and limit of the project, a validator naming the bad
// value, and a resolver merging user input (CLI flags, environment) over the defaults.
// Checked once at start-up; modules read their limits from here and nowhere else. Pure (no
// Node modules), so the API contract and the viewer can read the defaults too.
import { InvalidInputError } from './errors.ts';

export interface Settings {
  host: string;
  port: number;
  /** Where graph.json, graph.gexf, articles/ and journal.jsonl live. */
  graphDir: string;
  /** Source articles; the graph is rebuilt at start when they are newer than graph.json. */
  articlesDir: string;
  /** Static files of the viewer (Vite build). */
  webDir: string;
  /** Bearer token for write endpoints; required when `host` is not a loopback address. */
  token: string | undefined;

  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Whole-request deadline: headers and body must arrive within it. */
  requestTimeoutMs: number;
  /** Deadline for the request headers alone. */
  headersTimeoutMs: number;

  /** Longest accepted console query or search string, in characters. */
  maxQueryLength: number;
  /** Longest accepted article text (posted), in characters. */
  maxArticleLength: number;
  /** Largest article file read by a build, in bytes. */
  maxArticleBytes: number;
  /** Longest title, date and source of a posted article, in characters. */
  maxTitleLength: number;
  maxDateLength: number;
  maxSourceLength: number;
  /** Longest article id, in UTF-8 bytes: ids become file names, and file systems count bytes. */
  maxArticleIdBytes: number;
  /** Evidence sentences kept per edge per article; the edge counts the rest (`evidenceOmitted`, `evidenceCount` in the API). */
  maxEvidencePerArticle: number;

  /** Search hits when none is asked for, and the most that may be asked for. */
  searchLimit: number;
  maxSearchLimit: number;
  /** Suggestions for an unknown name; candidates listed for an ambiguous one. */
  maxSuggestions: number;
  maxCandidates: number;
  /** Hops of a `simple` path query when none is given, and the cap of every path query. */
  defaultHops: number;
  maxHops: number;
  /** Paths returned per query at most. */
  maxPaths: number;
  /** Time budget of one path enumeration; past it the paths found so far are returned. */
  pathTimeoutMs: number;
  /** Rows returned by console queries and supporter searches at most. */
  maxRows: number;
  /** Time budget of one "who supports" search. */
  supportTimeoutMs: number;
  /** Longest supports justification looked for, in hops (village → province on each side plus supports). */
  maxSupportDepth: number;
  /** Evidence sentences listed in a node's details at most, and per edge of a path at most. */
  maxNodeEvidence: number;
  /** Evidence sentences shown per edge of a path or supporter chain when none are asked for; all are counted. */
  pathEvidence: number;
  /** Long searches (paths, supporters, console queries) running at once; one more gets 503. */
  maxLongQueries: number;
  /** Longest stretch of search work before the server answers other requests, in ms. */
  cpuSliceMs: number;
  /** Exports kept ready (whole graph or parts, per format); each is a file in three encodings. */
  maxCachedExports: number;
  /** Bytes of those exports' files also kept in memory, the most recently sent, so that sending one is one write. */
  exportMemoryBytes: number;
  /** Bytes of JSON answers kept per graph version for GET queries asked again (paths). */
  answerCacheBytes: number;
  /** Graphs up to this many nodes are exported on the server's thread; bigger ones by a worker. */
  exportInlineMaxNodes: number;
  /** Quiet time after the last API add before a worker snapshots graph.json, in ms. */
  snapshotDelayMs: number;

  /** Graphs with more nodes than this open in the viewer on an overview, not whole. */
  overviewAbove: number;
  /** Nodes of highest PageRank the overview shows (every province and prefecture besides). */
  overviewNodes: number;
  /** Nodes one neighbourhood request adds at most (centres first, then nearest, highest PageRank). */
  maxNeighborhoodNodes: number;
  /** Nodes a neighbourhood request may start from. */
  maxNeighborhoodCentres: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  host: '127.0.0.1',
  port: 3000,
  graphDir: 'graph',
  articlesDir: 'seeds',
  webDir: 'web/dist',
  token: undefined,

  bodyLimit: 1_000_000,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,

  maxQueryLength: 500,
  maxArticleLength: 200_000,
  maxArticleBytes: 50 * 1024 * 1024,
  maxTitleLength: 500,
  maxDateLength: 40,
  maxSourceLength: 2000,
  maxArticleIdBytes: 200,
  maxEvidencePerArticle: 20,

  searchLimit: 10,
  maxSearchLimit: 100,
  maxSuggestions: 5,
  maxCandidates: 10,
  defaultHops: 4,
  maxHops: 6,
  maxPaths: 50,
  pathTimeoutMs: 500,
  maxRows: 500,
  supportTimeoutMs: 500,
  maxSupportDepth: 12,
  maxNodeEvidence: 200,
  pathEvidence: 3,
  maxLongQueries: 8,
  cpuSliceMs: 5,
  maxCachedExports: 32,
  exportMemoryBytes: 192 * 1024 * 1024,
  answerCacheBytes: 32 * 1024 * 1024,
  exportInlineMaxNodes: 5000,
  snapshotDelayMs: 10_000,

  overviewAbove: 10_000,
  overviewNodes: 1_000,
  maxNeighborhoodNodes: 2_000,
  maxNeighborhoodCentres: 200,
});

/** The limits a query reads; any settings object (or part of one) will do. */
export type QueryLimits = Pick<
  Settings,
  | 'maxQueryLength'
  | 'searchLimit'
  | 'maxSearchLimit'
  | 'maxSuggestions'
  | 'maxCandidates'
  | 'defaultHops'
  | 'maxHops'
  | 'maxPaths'
  | 'pathTimeoutMs'
  | 'maxRows'
  | 'supportTimeoutMs'
  | 'maxSupportDepth'
  | 'maxNodeEvidence'
  | 'pathEvidence'
>;

const POSITIVE_INTEGERS = [
  'bodyLimit',
  'requestTimeoutMs',
  'headersTimeoutMs',
  'maxQueryLength',
  'maxArticleLength',
  'maxArticleBytes',
  'maxTitleLength',
  'maxDateLength',
  'maxSourceLength',
  'maxArticleIdBytes',
  'maxEvidencePerArticle',
  'searchLimit',
  'maxSearchLimit',
  'maxSuggestions',
  'maxCandidates',
  'defaultHops',
  'maxHops',
  'maxPaths',
  'pathTimeoutMs',
  'maxRows',
  'supportTimeoutMs',
  'maxSupportDepth',
  'maxNodeEvidence',
  'pathEvidence',
  'maxLongQueries',
  'cpuSliceMs',
  'maxCachedExports',
  'exportMemoryBytes',
  'answerCacheBytes',
  'exportInlineMaxNodes',
  'snapshotDelayMs',
  'overviewAbove',
  'overviewNodes',
  'maxNeighborhoodNodes',
  'maxNeighborhoodCentres',
] as const satisfies ReadonlyArray<keyof Settings>;

/** Throws an InvalidInputError naming the first bad setting. */
export function validateSettings(settings: Settings): void {
  const bad = (name: keyof Settings, why: string): never => {
    throw new InvalidInputError(`Invalid setting ${name}=${JSON.stringify(settings[name])}: ${why}`);
  };
  for (const name of Object.keys(settings)) if (!(name in DEFAULT_SETTINGS)) bad(name as keyof Settings, 'no such setting');
  if (typeof settings.host !== 'string' || settings.host.trim() === '') bad('host', 'expected a host name or address');
  if (!Number.isInteger(settings.port) || settings.port < 0 || settings.port > 65535) bad('port', 'expected 0–65535');
  for (const name of ['graphDir', 'articlesDir', 'webDir'] as const)
    if (typeof settings[name] !== 'string' || settings[name] === '') bad(name, 'expected a path');
  for (const name of POSITIVE_INTEGERS) {
    const value = settings[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) bad(name, 'expected a positive integer');
  }
  if (settings.defaultHops > settings.maxHops) bad('defaultHops', `must not exceed maxHops (${settings.maxHops})`);
  if (settings.searchLimit > settings.maxSearchLimit) bad('searchLimit', `must not exceed maxSearchLimit (${settings.maxSearchLimit})`);
  if (settings.headersTimeoutMs > settings.requestTimeoutMs)
    bad('headersTimeoutMs', `must not exceed requestTimeoutMs (${settings.requestTimeoutMs})`);
  if (settings.token !== undefined && (typeof settings.token !== 'string' || settings.token.length < 8))
    bad('token', 'use at least 8 characters');
}

/** Merges `overrides` over the defaults, then the environment (PORT, HOST, KG_TOKEN) over both unless given. */
export function resolveSettings(
  overrides: Partial<Settings> = {},
  env: Record<string, string | undefined> = {},
): Settings {
  const fromEnv: Partial<Settings> = {};
  if (env.PORT !== undefined && env.PORT !== '') fromEnv.port = Number(env.PORT);
  if (env.HOST !== undefined && env.HOST !== '') fromEnv.host = env.HOST;
  if (env.KG_TOKEN !== undefined && env.KG_TOKEN !== '') fromEnv.token = env.KG_TOKEN;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const settings: Settings = { ...DEFAULT_SETTINGS, ...fromEnv, ...defined };
  validateSettings(settings);
  return settings;
}

/** Loopback hosts may write without a token; anything else needs KG_TOKEN. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!v4 && v4[1] === '127' && v4.slice(2).every((part) => Number(part) <= 255);
}
