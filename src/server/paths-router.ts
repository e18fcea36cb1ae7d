// GET /api/path?from=&to=[&via=][&max=][&mode=][&directed=][&since=][&until=]
// Names resolve in the whole graph; paths follow what the time window shows. Answers are
// kept per graph version: a path asked again is sent as it was made.
import { Router } from 'express';

import type { PathResponse, RequestSchemas } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { findPathsSteps } from '../query/find-paths.ts';
import { resolveName } from '../query/resolve-name.ts';
import { graphInWindow } from '../query/time-window.ts';
import type { AnswerCache } from './answer-cache.ts';
import type { CpuQueue } from './cpu-queue.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function pathsRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings, cpu: CpuQueue, answers: AnswerCache): Router {
  const router = Router();
  router
    .route('/api/path')
    .get(
      answers.handler(
        async (req): Promise<PathResponse> => {
          const params = parseRequest(schemas.path, req.query, 'query');
          const view = graphInWindow(graph, { since: params.since, until: params.until });
          const from = resolveName(graph, params.from);
          const to = resolveName(graph, params.to);
          const query = { from, to, via: params.via, maxHops: params.max, mode: params.mode, directed: params.directed, limit: params.limit, evidence: params.evidence };
          return cpu.run((budget) => findPathsSteps(view, query, budget, settings), settings.pathTimeoutMs);
        },
        (result) => !result.truncated,
      ),
    )
    .all(methodNotAllowed(['GET']));
  return router;
}
