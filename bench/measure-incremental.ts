// Adding one article to the built graph through the API (POST /api/articles): the time
// until the answer, by which the article is in the journal and graph/articles/ (persisted)
// and merged into the served graph — no rebuild. Also the time of a full graph.json snapshot.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadGraph } from '../src/graph/store.ts';
import { createArticleStore } from '../src/pipeline/article-store.ts';
import { writeGraphSnapshot } from '../src/pipeline/graph-folder.ts';
import { createApp } from '../src/server/create-app.ts';
import { listenLoopback } from './listen.ts';
import { makeArticle } from './make-corpus.ts';
import { median } from './stats.ts';

export interface IncrementalResult {
  graphNodes: number;
  adds: number;
  p50Ms: number;
  maxMs: number;
  created: number;
  newNodesPerAdd: number;
  snapshotSeconds: number;
  loadSeconds: number;
}

export async function measureIncremental(options: { graphDir: string; count: number; seed: number; adds: number }): Promise<IncrementalResult> {
  // A scratch copy of graph.json: the journal and article files of the adds go there.
  const scratch = mkdtempSync(join(tmpdir(), 'kg-bench-add-'));
  try {
    const graphDir = join(scratch, 'graph');
    mkdirSync(graphDir);
    copyFileSync(join(options.graphDir, 'graph.json'), join(graphDir, 'graph.json'));
    let t = performance.now();
    const graph = await loadGraph(graphDir);
    const loadSeconds = (performance.now() - t) / 1000;
    const nodesBefore = graph.order;
    const articles = createArticleStore({ graph, graphDir });
    const app = createApp({ graph, articles, settings: { graphDir, webDir: join(scratch, 'web') } });
    const server = await listenLoopback(app);
    const times: number[] = [];
    let created = 0;
    try {
      // Articles past the end of the corpus: new text, names partly new to the graph.
      for (let i = 0; i <= options.adds; i++) {
        const article = makeArticle(options.count + 1000 + i, { count: options.count, seed: options.seed });
        const started = performance.now();
        const response = await fetch(`${server.url}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: article.text }),
        });
        const body = (await response.json()) as { created?: boolean; error?: string };
        const ms = performance.now() - started;
        if (!response.ok) throw new Error(`POST /api/articles answered ${response.status}: ${body.error}`);
        // The first add warms the code paths up; it is not counted.
        if (i > 0) {
          times.push(ms);
          if (body.created) created++;
        }
      }
    } finally {
      await server.close();
    }
    t = performance.now();
    await writeGraphSnapshot(graph, graphDir);
    const snapshotSeconds = (performance.now() - t) / 1000;
    return {
      graphNodes: nodesBefore,
      adds: times.length,
      p50Ms: median(times),
      maxMs: Math.max(...times),
      created,
      newNodesPerAdd: (graph.order - nodesBefore) / (options.adds + 1),
      snapshotSeconds,
      loadSeconds,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
