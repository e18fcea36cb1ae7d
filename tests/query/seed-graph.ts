// The graph of the five seed articles, built in memory the way `kg build` builds it (no layout).
import { fileURLToPath } from 'node:url';

import { extractArticle } from '../../src/extract/extract-article.ts';
import { buildGraph } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';

const seeds = fileURLToPath(new URL('../../seeds', import.meta.url));
let built: Promise<KgGraph> | undefined;

/** Built once per test file; treat it as read-only. */
export function seedGraph(): Promise<KgGraph> {
  built ??= readArticles(seeds).then(({ articles }) => buildGraph(articles.map(extractArticle)));
  return built;
}
