// GET /api/stats, GET /healthz, GET /api (the list of endpoints).
import { Router } from 'express';

import type { StatsResponse } from '../api/contract.ts';
import { EXPORT_FORMAT_NAMES } from '../export/export-formats.ts';
import type { KgGraph } from '../graph/build.ts';
import { graphStats } from '../query/graph-stats.ts';
import { methodNotAllowed } from './method-not-allowed.ts';

export const ENDPOINTS = [
  'GET /api/search?q=&type=&limit=',
  'GET /api/nodes/:id',
  'GET /api/overview?force=',
  'POST /api/neighborhood {nodes, hops?, via?, limit?, have?}',
  'GET /api/neighborhood?node=&hops=&via=&limit=',
  'GET /api/articles/:id',
  'POST /api/articles {text, title?, date?, source?}',
  'GET /api/path?from=&to=&via=&max=&mode=shortest|all-shortest|simple&directed=&since=&until=',
  'GET /api/supporters?of=&ofType=&type=&since=&until=',
  'GET /api/supported?by=&type=&since=&until=',
  'GET /api/totals?of=&since=&until=',
  'POST /api/query {q}',
  `GET /api/export?format=${EXPORT_FORMAT_NAMES.join('|')}&table=nodes|edges&version=1.2|1.3&types=&edges=&q=&since=&until=`,
  'POST /api/export {format, nodes?, types?, edges?, table?, version?}',
  'GET /api/export/formats',
  'GET /api/stats',
  'GET /healthz',
];

export function statsRouter(graph: KgGraph): Router {
  const router = Router();
  router.route('/api').get((_req, res) => {
    res.json({ endpoints: ENDPOINTS });
  }).all(methodNotAllowed(['GET']));
  router.route('/api/stats').get((_req, res) => {
    res.json(graphStats(graph) satisfies StatsResponse);
  }).all(methodNotAllowed(['GET']));
  router.route('/healthz').get((_req, res) => {
    res.json({ ok: true, nodes: graph.order, edges: graph.size });
  }).all(methodNotAllowed(['GET']));
  return router;
}
