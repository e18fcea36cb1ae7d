// GET /api/supporters?of=X[&ofType=T][&type=T][&since=][&until=] and GET /api/supported?by=Y[&type=T][&since=][&until=]
// Names resolve in the whole graph; the answer comes from what the time window shows. Answers
// are kept per graph version unless their CPU budget cut them short.
import { Router } from 'express';

import type { RequestSchemas, SupportedResponse, SupportersResponse } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { resolveName } from '../query/resolve-name.ts';
import { findSupportedSteps, findSupportersSteps } from '../query/supporters.ts';
import { graphInWindow } from '../query/time-window.ts';
import type { AnswerCache } from './answer-cache.ts';
import type { CpuQueue } from './cpu-queue.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';

export function supportRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings, cpu: CpuQueue, kept: AnswerCache): Router {
  const complete = (answer: { truncated: boolean }) => !answer.truncated;
  const router = Router();
  router
    .route('/api/supporters')
    .get(
      kept.handler(async (req): Promise<SupportersResponse> => {
        const { of, ofType, type, limit, since, until } = parseRequest(schemas.supporters, req.query, 'query');
        const view = graphInWindow(graph, { since, until });
        const recipient = resolveName(graph, of);
        const { answers, truncated } = await cpu.run(
          (budget) => findSupportersSteps(view, { of: recipient, ofType, type, limit }, budget, settings),
          settings.supportTimeoutMs,
        );
        return { results: answers.map(({ other, ...a }) => ({ ...a, recipient: other })), truncated };
      }, complete),
    )
    .all(methodNotAllowed(['GET']));
  router
    .route('/api/supported')
    .get(
      kept.handler(async (req): Promise<SupportedResponse> => {
        const { by, type, limit, since, until } = parseRequest(schemas.supported, req.query, 'query');
        const view = graphInWindow(graph, { since, until });
        const supporter = resolveName(graph, by);
        const { answers, truncated } = await cpu.run(
          (budget) => findSupportedSteps(view, { by: supporter, type, limit }, budget, settings),
          settings.supportTimeoutMs,
        );
        return { results: answers.map(({ other, ...a }) => ({ ...a, supporter: other })), truncated };
      }, complete),
    )
    .all(methodNotAllowed(['GET']));
  return router;
}
