// Builds the Express app around a graph; src/server/start-server.ts listens.
import express from 'express';
import type { Express } from 'express';

import { resolveSettings } from '../config.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { warmPathIndex } from '../query/path-index.ts';
import { warmSearchIndex } from '../query/search-index.ts';
import type { ArticleStore } from '../pipeline/article-store.ts';
import { createAnswerCache } from './answer-cache.ts';
import { articlesRouter } from './articles-router.ts';
import { createCpuQueue } from './cpu-queue.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { createExportCache } from './export-cache.ts';
import type { ExportCache } from './export-cache.ts';
import { exportRouter } from './export-router.ts';
import { nodesRouter } from './nodes-router.ts';
import { overviewRouter } from './overview-router.ts';
import { pathsRouter } from './paths-router.ts';
import { queryRouter } from './query-router.ts';
import { requestSchemas } from '../api/contract.ts';
import { requireLoopbackHost } from './require-loopback-host.ts';
import { requireToken } from './require-token.ts';
import { searchRouter } from './search-router.ts';
import { securityHeaders } from './security-headers.ts';
import { statsRouter } from './stats-router.ts';
import { supportRouter } from './support-router.ts';
import { totalsRouter } from './totals-router.ts';
import { viewerRouter } from './viewer-router.ts';

export interface AppOptions {
  graph: KgGraph;
  /** Reads and adds articles; without it the article endpoints answer 404 / 503. */
  articles?: ArticleStore;
  settings?: Partial<Settings>;
  /** Made and kept exports; by default one that writes them in this process. */
  exports?: ExportCache;
  /** Settles once the saved name keys are read (a start reads them after listening): the name index is built after. */
  searchKeys?: Promise<unknown>;
}

export function createApp(options: AppOptions): Express {
  const settings = resolveSettings(options.settings);
  const { graph } = options;
  const schemas = requestSchemas(settings);
  const cpu = createCpuQueue({ maxActive: settings.maxLongQueries, sliceMs: settings.cpuSliceMs });
  const answers = createAnswerCache(graph, settings.answerCacheBytes);
  // Built now rather than on the first request, so no request pays for them: the name index
  // and its character lists (for substring search and suggestions), then the integer rows
  // path queries walk, after listening, in slices. Names first: a new visitor
  // searches before asking for a path. All wait while long searches run: a turn of the loop
  // then holds one search slice, not a warm-up slice too, and the searches build what they need.
  // They wait for requests under way too: an article posted meanwhile awaits a hundred
  // writes and reads, and each await gave a warm-up slice its turn (adds in a server's first
  // seconds took 300-500 ms instead of 40). Warm-ups are the least urgent work, in half a
  // search's slice (on 2 busy cores a slice takes 2-3 times its CPU time).
  let requestsUnderWay = 0;
  const busy = () => cpu.active() > 0 || requestsUnderWay > 0;
  const warmSliceMs = settings.cpuSliceMs / 2;
  void Promise.resolve(options.searchKeys)
    .then(() => warmSearchIndex(graph, warmSliceMs, busy))
    .then(() => warmPathIndex(graph, { directed: false }, warmSliceMs, busy));

  const app = express();
  app.disable('x-powered-by');
  // How many long searches hold a slot now: for operators and tests that must know one started.
  app.locals.longQueriesActive = () => cpu.active();
  app.set('query parser', 'simple');
  app.use((_req, res, next) => {
    requestsUnderWay++;
    res.once('close', () => requestsUnderWay--);
    next();
  });
  app.use(securityHeaders());
  // A query asked again is answered before body parsing and routing, which it needs neither of.
  app.use(answers.lookup);
  app.use(express.json({ limit: settings.bodyLimit, strict: false }));
  app.use(searchRouter(graph, schemas, settings, answers));
  app.use(nodesRouter(graph, settings));
  app.use(overviewRouter(graph, schemas, settings));
  app.use(pathsRouter(graph, schemas, settings, cpu, answers));
  app.use(supportRouter(graph, schemas, settings, cpu, answers));
  app.use(totalsRouter(graph, schemas));
  app.use(queryRouter(graph, schemas, settings, cpu));
  const exports = options.exports ?? createExportCache({ graph, inlineMaxNodes: Number.POSITIVE_INFINITY, maxEntries: settings.maxCachedExports, memoryBytes: settings.exportMemoryBytes });
  app.use(exportRouter(graph, schemas, settings, exports));
  app.use(statsRouter(graph));
  if (options.articles) app.use(articlesRouter(options.articles, schemas, [requireLoopbackHost(settings), requireToken(settings)]));
  app.use(viewerRouter(settings.webDir));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
