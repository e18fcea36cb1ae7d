// POST /api/query {"q": "console line"} → {kind, rows, paths?, highlight, truncated}
import { Router } from 'express';

import type { QueryResponse, RequestSchemas } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { runQuery } from '../query/console/run-query.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import { requireJson } from './require-json.ts';

export function queryRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  const router = Router();
  router
    .route('/api/query')
    .post(requireJson, (req, res) => {
      const { q } = parseRequest(schemas.query, req.body, 'body');
      res.json(runQuery(graph, q, settings) satisfies QueryResponse);
    })
    .all(methodNotAllowed(['POST']));
  return router;
}
