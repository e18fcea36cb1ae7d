// GET /api/totals?of=NAME[&since=][&until=]: the figures stated for an entity, and what adds up.
import { Router } from 'express';

import type { RequestSchemas, TotalsResponse } from '../api/contract.ts';
import type { KgGraph } from '../graph/build.ts';
import { isOpenWindow } from '../query/time-window.ts';
import { findTotals } from '../query/totals.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function totalsRouter(graph: KgGraph, schemas: RequestSchemas): Router {
  const router = Router();
  router
    .route('/api/totals')
    .get((req, res) => {
      const { of, since, until } = parseRequest(schemas.totals, req.query, 'query');
      const window = { ...(since ? { since } : {}), ...(until ? { until } : {}) };
      const totals = findTotals(graph, { of, window });
      res.json({ ...totals, ...(isOpenWindow(window) ? {} : { window }) } satisfies TotalsResponse);
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
