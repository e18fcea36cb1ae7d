// An app over the tiny graph with its own temporary graph folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Settings } from '../../src/config.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { createArticleStore } from '../../src/pipeline/article-store.ts';
import type { ArticleStore } from '../../src/pipeline/article-store.ts';
import { createApp } from '../../src/server/create-app.ts';
import { tinyGraph } from '../query/tiny-graph.ts';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  graph: KgGraph;
  articles: ArticleStore;
  graphDir: string;
  cleanup(): Promise<void>;
}

export async function testApp(settings: Partial<Settings> = {}, graph: KgGraph = tinyGraph()): Promise<TestApp> {
  const graphDir = await mkdtemp(join(tmpdir(), 'kg-server-'));
  const articles = createArticleStore({ graph, graphDir });
  const app = createApp({ graph, articles, settings: { graphDir, webDir: join(graphDir, 'no-viewer'), ...settings } });
  return { app, graph, articles, graphDir, cleanup: () => rm(graphDir, { recursive: true, force: true }) };
}
