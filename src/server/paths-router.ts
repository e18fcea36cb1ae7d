// GET /api/path?from=&to=[&via=][&max=][&mode=][&directed=]
import { Router } from 'express';

import type { PathResponse, RequestSchemas } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { findPaths } from '../query/find-paths.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function pathsRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  const router = Router();
  router
    .route('/api/path')
    .get((req, res) => {
      const params = parseRequest(schemas.path, req.query, 'query');
      const result = findPaths(
        graph,
        { from: params.from, to: params.to, via: params.via, maxHops: params.max, mode: params.mode, directed: params.directed, limit: params.limit },
        settings,
      );
      res.json(result satisfies PathResponse);
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
