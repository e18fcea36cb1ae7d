// Where the page reads its graph: the server's export, or `?graph=/path` for another graph
// file of this same site (the bench's synthetic one). A URL of another site is refused, so a
// shared link cannot show someone else's content under this page's name.
import { GRAPH_URL } from './api.ts';

export type GraphSource = { url: string; refused?: undefined } | { url: string; refused: string };

export function graphSource(search: string, origin: string): GraphSource {
  const asked = new URLSearchParams(search).get('graph');
  if (asked === null || asked === '') return { url: GRAPH_URL };
  let url: URL | null = null;
  try {
    url = new URL(asked, origin);
  } catch {
    url = null;
  }
  // Origins compare scheme, host and port: `//evil.example`, `/\evil.example`, `data:` and
  // `javascript:` all resolve to another origin (or `null`).
  if (!url || url.origin !== origin) return { url: GRAPH_URL, refused: asked };
  return { url: `${url.pathname}${url.search}` };
}
