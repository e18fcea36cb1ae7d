// The server's JSON API as the viewer uses it. Every answer is parsed with the API contract's
// schema, so a shape the server does not send is an error here rather than a blank later.
import { z } from 'zod';

import {
  articleResponseSchema,
  errorResponseSchema,
  exportFileName,
  neighborhoodResponseSchema,
  nodeResponseSchema,
  overviewResponseSchema,
  queryResponseSchema,
  searchResponseSchema,
} from '../../src/api/contract.ts';
import type {
  ArticleResponse,
  ErrorResponse,
  ExportPartRequest,
  NeighborhoodRequestBody,
  NeighborhoodResponse,
  NodeResponse,
  QueryResponse,
  SearchResultItem,
} from '../../src/api/contract.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    /** The error body as the server sent it (English; the page words it in Chinese). */
    readonly body: ErrorResponse | null = null,
  ) {
    super(message);
  }
  get hint(): string | undefined {
    return this.body?.hint;
  }
}

async function request(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorResponseSchema.safeParse(body);
  if (parsed.success) throw new ApiError(parsed.data.error, response.status, parsed.data);
  throw new ApiError(`${response.status} ${response.statusText}`, response.status);
}

/** Fetches `url` and parses its JSON with `schema`; a different shape is an ApiError. */
export async function getJson<S extends z.ZodType>(url: string, schema: S, init?: RequestInit): Promise<z.output<S>> {
  const response = await request(url, init);
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(`${url} answered an unexpected shape (${issue?.path.join('.') || 'body'}: ${issue?.message})`, response.status);
  }
  return parsed.data;
}

const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** `GET /api/search` */
export async function searchNames(q: string, limit = 10): Promise<SearchResultItem[]> {
  const url = `/api/search?${new URLSearchParams({ q, limit: String(limit) })}`;
  return (await getJson(url, searchResponseSchema)).results;
}

/** `POST /api/query` */
export function runQuery(q: string): Promise<QueryResponse> {
  return getJson('/api/query', queryResponseSchema, postJson({ q }));
}

/** `GET /api/nodes/:id` */
export function getNode(id: string): Promise<NodeResponse> {
  return getJson(`/api/nodes/${encodeURIComponent(id)}`, nodeResponseSchema);
}

/** `GET /api/articles/:id` */
export function getArticle(id: string): Promise<ArticleResponse> {
  return getJson(`/api/articles/${encodeURIComponent(id)}`, articleResponseSchema);
}

// The overview's graph is checked by `loadGraph`, as the export is: zod over its 12,000 items
// would cost the page more than drawing them.
const [wholeGraphAnswer, overviewAnswer] = overviewResponseSchema.options;
const overviewEnvelopeSchema = z.discriminatedUnion('overview', [
  wholeGraphAnswer,
  overviewAnswer.extend({ graph: z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) }) }),
]);
export type OverviewEnvelope = z.output<typeof overviewEnvelopeSchema>;

/** `GET /api/overview`: a big graph's overview, or word that the graph is small enough to load whole. */
export function getOverview(): Promise<OverviewEnvelope> {
  return getJson(OVERVIEW_URL, overviewEnvelopeSchema);
}
export const OVERVIEW_URL = '/api/overview';

/** `POST /api/neighborhood`: what the page lacks around some nodes, whole. */
export function getNeighborhood(body: NeighborhoodRequestBody): Promise<NeighborhoodResponse> {
  return getJson('/api/neighborhood', neighborhoodResponseSchema, postJson(body));
}

/** The server's graph (`GET /api/export?format=json`), or a graph file given with `?graph=`. */
export const GRAPH_URL = '/api/export?format=json';

/** Raw JSON: `loadGraph` checks it, since `?graph=` may name a graph file made elsewhere. */
export async function getGraph(url = GRAPH_URL): Promise<unknown> {
  return (await request(url)).json();
}

/** `POST /api/export`: the part of the graph the page shows, as a file to save. */
export async function exportPart(part: ExportPartRequest): Promise<{ blob: Blob; fileName: string }> {
  const response = await request('/api/export', postJson(part));
  const format = part.format ?? 'gexf';
  return { blob: await response.blob(), fileName: exportFileName(format, { part: true, table: part.table }) };
}
