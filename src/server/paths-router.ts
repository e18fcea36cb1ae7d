// GET /api/path?from=&to=[&via=][&max=][&mode=][&directed=]
import { Router } from 'express';

import type { PathResponse, RequestSchemas } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { findPathsSteps } from '../query/find-paths.ts';
import type { CpuQueue } from './cpu-queue.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function pathsRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings, cpu: CpuQueue): Router {
  const router = Router();
  router
    .route('/api/path')
    .get(async (req, res) => {
      const params = parseRequest(schemas.path, req.query, 'query');
      const query = { from: params.from, to: params.to, via: params.via, maxHops: params.max, mode: params.mode, directed: params.directed, limit: params.limit };
      const result = await cpu.run((budget) => findPathsSteps(graph, query, budget, settings), settings.pathTimeoutMs);
      res.json(result satisfies PathResponse);
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
