// GET /api/search?q=&type=&limit= — answers kept per graph version.
import { Router } from 'express';

import type { RequestSchemas, SearchResponse } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { search } from '../query/search.ts';
import type { AnswerCache } from './answer-cache.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function searchRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings, answers: AnswerCache): Router {
  const router = Router();
  router
    .route('/api/search')
    .get(
      answers.handler(
        async (req): Promise<SearchResponse> => {
          const { q, type, limit } = parseRequest(schemas.search, req.query, 'query');
          return { q, results: search(graph, { q, type, limit }, settings) };
        },
        () => true,
      ),
    )
    .all(methodNotAllowed(['GET']));
  return router;
}
