// The server's JSON API, as the viewer uses it. Errors come back as `{error, hint?}`.

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = isObject(body) && typeof body.error === 'string' ? body.error : `${response.status} ${response.statusText}`;
    const hint = isObject(body) && typeof body.hint === 'string' ? body.hint : undefined;
    throw new ApiError(error, response.status, hint);
  }
  if (body === null) throw new ApiError(`${url} did not answer JSON`, response.status);
  return body as T;
}

export interface SearchItem {
  key: string;
  label: string;
  type: string;
  matched?: string;
}

/** `GET /api/search`; accepts `{results}` or a bare list, and `node` or `key` for the node key. */
export async function searchNames(q: string, limit = 10): Promise<SearchItem[]> {
  const body = await getJson<unknown>(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`);
  const list = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.results) ? body.results : [];
  return list.filter(isObject).flatMap((item) => {
    const key = typeof item.node === 'string' ? item.node : typeof item.key === 'string' ? item.key : null;
    if (key === null) return [];
    return [
      {
        key,
        label: typeof item.label === 'string' ? item.label : key,
        type: typeof item.type === 'string' ? item.type : '',
        ...(typeof item.matched === 'string' ? { matched: item.matched } : {}),
      },
    ];
  });
}

export function runQuery(q: string): Promise<unknown> {
  return getJson('/api/query', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ q }),
  });
}

export interface ArticleText {
  id: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
}

/** `GET /api/articles/:id`; accepts the Article itself or `{article}`. */
export async function getArticle(id: string): Promise<ArticleText> {
  const body = await getJson<unknown>(`/api/articles/${encodeURIComponent(id)}`);
  const article = isObject(body) && isObject(body.article) ? body.article : body;
  if (!isObject(article) || typeof article.text !== 'string') throw new ApiError(`article ${id} has no text`, 500);
  const optional = (name: string) => (typeof article[name] === 'string' ? { [name]: article[name] as string } : {});
  return { id, text: article.text, ...optional('title'), ...optional('date'), ...optional('source') };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
