// GET /api/supporters?of=X[&ofType=T][&type=T] and GET /api/supported?by=Y[&type=T]
import { Router } from 'express';

import type { RequestSchemas, SupportedResponse, SupportersResponse } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { findSupported, findSupporters } from '../query/supporters.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function supportRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  const router = Router();
  router
    .route('/api/supporters')
    .get((req, res) => {
      const { of, ofType, type, limit } = parseRequest(schemas.supporters, req.query, 'query');
      const { answers, truncated } = findSupporters(graph, { of, ofType, type, limit }, settings);
      res.json({ results: answers.map(({ other, ...a }) => ({ ...a, recipient: other })), truncated } satisfies SupportersResponse);
    })
    .all(methodNotAllowed(['GET']));
  router
    .route('/api/supported')
    .get((req, res) => {
      const { by, type, limit } = parseRequest(schemas.supported, req.query, 'query');
      const { answers, truncated } = findSupported(graph, { by, type, limit }, settings);
      res.json({ results: answers.map(({ other, ...a }) => ({ ...a, supporter: other })), truncated } satisfies SupportedResponse);
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
