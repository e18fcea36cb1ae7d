// GET /api/nodes/:id — attributes, neighbours by edge type, evidence sentences.
import { Router } from 'express';

import type { NodeResponse } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { nodeDetails } from '../query/node-details.ts';
import { methodNotAllowed } from './method-not-allowed.ts';

export function nodesRouter(graph: KgGraph, settings: Settings): Router {
  const router = Router();
  router
    .route('/api/nodes/:id')
    .get((req, res) => {
      // Names resolve like anywhere else: /api/nodes/天津 answers for 天津市.
      res.json(nodeDetails(graph, req.params.id, settings.maxNodeEvidence) satisfies NodeResponse);
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
