// POST /api/query {"q": "console line"} → {kind, rows, paths?, highlight, truncated}
import { Router } from 'express';

import type { QueryResponse, RequestSchemas } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { queryBudgetMs, runQuerySteps } from '../query/console/run-query.ts';
import type { CpuQueue } from './cpu-queue.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import { requireJson } from './require-json.ts';

export function queryRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings, cpu: CpuQueue): Router {
  const router = Router();
  router
    .route('/api/query')
    .post(requireJson, async (req, res) => {
      const { q } = parseRequest(schemas.query, req.body, 'body');
      res.json((await cpu.run((budget) => runQuerySteps(graph, q, settings, budget), queryBudgetMs(q, settings))) satisfies QueryResponse);
    })
    .all(methodNotAllowed(['POST']));
  return router;
}
