// GET /api/overview — what the viewer opens on: a big graph's overview (highest-PageRank nodes,
// every province and prefecture, the edges among them, what is hidden), or word to load it whole.
// POST /api/neighborhood {nodes, hops?, via?, limit?, have?} and GET /api/neighborhood?node=&hops=&via=&limit=
// — what a partial view lacks around some nodes, whole (evidence included).
import { gzipSync } from 'node:zlib';

import { Router } from 'express';

import type { NeighborhoodResponse, OverviewResponse, RequestSchemas, SummaryGraph } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import { partToJson } from '../export/part-to-json.ts';
import type { KgGraph } from '../graph/build.ts';
import { graphMetrics } from '../graph/metrics.ts';
import { graphRevision } from '../graph/on-graph-change.ts';
import { neighborhood } from '../query/neighborhood.ts';
import type { NeighborhoodRequest } from '../query/neighborhood.ts';
import { OVERVIEW_TYPES, edgesAmong, overviewNodes } from '../query/overview-nodes.ts';
import { resolveName } from '../query/resolve-name.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import { requireJson } from './require-json.ts';


export function overviewRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  // The overview is the same for every page load of a graph version: made and gzipped once.
  let overviewBody: { revision: number; json: string; gzip: Buffer } | null = null;

  const makeOverview = (): OverviewResponse => {
    const total = { nodes: graph.order, edges: graph.size };
    const metrics = graphMetrics(graph).nodes;
    const nodes = overviewNodes(graph, (node) => metrics.get(node)?.pagerank ?? 0, settings.overviewNodes);
    const edges = edgesAmong(graph, new Set(nodes));
    return {
      overview: true,
      above: settings.overviewAbove,
      topNodes: settings.overviewNodes,
      types: [...OVERVIEW_TYPES],
      total,
      shown: { nodes: nodes.length, edges: edges.length },
      hidden: { nodes: total.nodes - nodes.length, edges: total.edges - edges.length },
      graph: partToJson(graph, nodes, edges, metrics, { summary: true }) as SummaryGraph,
    };
  };

  const sendNeighborhood = (request: Omit<NeighborhoodRequest, 'rank' | 'centres'> & { nodes: string[] }): NeighborhoodResponse => {
    // Names resolve as anywhere else; an unknown one is a 404 with suggestions.
    const centres = [...new Set(request.nodes.map((name) => resolveName(graph, name)))];
    const metrics = graphMetrics(graph).nodes;
    const found = neighborhood(graph, { ...request, centres, rank: (node) => metrics.get(node)?.pagerank ?? 0 });
    return {
      centres: found.centres,
      hops: request.hops,
      reached: found.reached,
      left: found.left,
      graph: partToJson(graph, found.nodes, found.edges, metrics) as NeighborhoodResponse['graph'],
    };
  };

  const router = Router();
  router
    .route('/api/overview')
    .get((req, res) => {
      const { force } = parseRequest(schemas.overview, req.query, 'query');
      if (!force && graph.order <= settings.overviewAbove) {
        res.json({ overview: false, above: settings.overviewAbove, total: { nodes: graph.order, edges: graph.size } } satisfies OverviewResponse);
        return;
      }
      const revision = graphRevision(graph);
      if (overviewBody?.revision !== revision) {
        const json = JSON.stringify(makeOverview());
        overviewBody = { revision, json, gzip: gzipSync(json, { level: 6 }) };
      }
      res.type('json').set('Vary', 'Accept-Encoding');
      if (req.acceptsEncodings('gzip')) res.set('Content-Encoding', 'gzip').send(overviewBody.gzip);
      else res.send(overviewBody.json);
    })
    .all(methodNotAllowed(['GET']));
  router
    .route('/api/neighborhood')
    .get((req, res) => {
      const { node, hops, via, limit } = parseRequest(schemas.neighborhoodQuery, req.query, 'query');
      res.json(sendNeighborhood({ nodes: [node], hops, via, limit }));
    })
    .post(requireJson, (req, res) => {
      const body = parseRequest(schemas.neighborhood, req.body, 'body');
      res.json(sendNeighborhood(body));
    })
    .all(methodNotAllowed(['GET', 'POST']));
  return router;
}
