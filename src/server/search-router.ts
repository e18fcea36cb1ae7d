// GET /api/search?q=&type=&limit=
import { Router } from 'express';

import type { RequestSchemas, SearchResponse } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { search } from '../query/search.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function searchRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  const router = Router();
  router
    .route('/api/search')
    .get((req, res) => {
      const { q, type, limit } = parseRequest(schemas.search, req.query, 'query');
      res.json({ q, results: search(graph, { q, type, limit }, settings) } satisfies SearchResponse);
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
