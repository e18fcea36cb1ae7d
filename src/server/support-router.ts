// GET /api/supporters?of=X[&ofType=T][&type=T][&since=][&until=] and GET /api/supported?by=Y[&type=T][&since=][&until=]
// Names resolve in the whole graph; the answer comes from what the time window shows.
import { Router } from 'express';

import type { RequestSchemas, SupportedResponse, SupportersResponse } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { resolveName } from '../query/resolve-name.ts';
import { findSupportedSteps, findSupportersSteps } from '../query/supporters.ts';
import { graphInWindow } from '../query/time-window.ts';
import type { CpuQueue } from './cpu-queue.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function supportRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings, cpu: CpuQueue): Router {
  const router = Router();
  router
    .route('/api/supporters')
    .get(async (req, res) => {
      const { of, ofType, type, limit, since, until } = parseRequest(schemas.supporters, req.query, 'query');
      const view = graphInWindow(graph, { since, until });
      const recipient = resolveName(graph, of);
      const { answers, truncated } = await cpu.run(
        (budget) => findSupportersSteps(view, { of: recipient, ofType, type, limit }, budget, settings),
        settings.supportTimeoutMs,
      );
      res.json({ results: answers.map(({ other, ...a }) => ({ ...a, recipient: other })), truncated } satisfies SupportersResponse);
    })
    .all(methodNotAllowed(['GET']));
  router
    .route('/api/supported')
    .get(async (req, res) => {
      const { by, type, limit, since, until } = parseRequest(schemas.supported, req.query, 'query');
      const view = graphInWindow(graph, { since, until });
      const supporter = resolveName(graph, by);
      const { answers, truncated } = await cpu.run(
        (budget) => findSupportedSteps(view, { by: supporter, type, limit }, budget, settings),
        settings.supportTimeoutMs,
      );
      res.json({ results: answers.map(({ other, ...a }) => ({ ...a, supporter: other })), truncated } satisfies SupportedResponse);
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
