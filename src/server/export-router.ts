// GET /api/export?format=gexf|graphml|json|csv[&types=][&edges=][&q=] — the whole graph,
// or the part of it with those node/edge types, or the part a console query highlights.
import { Router } from 'express';

import type { Settings } from '../config.ts';
import { subgraph } from '../export/subgraph.ts';
import { toCsv } from '../export/to-csv.ts';
import { toGexf } from '../export/to-gexf.ts';
import { toGraphml } from '../export/to-graphml.ts';
import { toJson } from '../export/to-json.ts';
import type { KgGraph } from '../graph/build.ts';
import { runQuery } from '../query/console/run-query.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import type { RequestSchemas } from './request-schemas.ts';

const FORMATS = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', write: (g: KgGraph) => toGexf(g, { version: '1.3' }) },
  graphml: { type: 'application/graphml+xml; charset=utf-8', write: (g: KgGraph) => toGraphml(g) },
  json: { type: 'application/json; charset=utf-8', write: (g: KgGraph) => toJson(g) },
  csv: { type: 'text/csv; charset=utf-8', write: (g: KgGraph) => toCsv(g) },
} as const;

export function exportRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  const router = Router();
  router
    .route('/api/export')
    .get((req, res) => {
      const { format, types, edges, q } = parseRequest(schemas.export, req.query, 'query');
      let part = graph;
      if (types || edges || q) {
        const nodes = q ? runQuery(graph, q, { maxQueryLength: settings.maxQueryLength, pathTimeoutMs: settings.pathTimeoutMs }).highlight.nodes : undefined;
        part = subgraph(graph, { nodeTypes: types, edgeTypes: edges, nodes });
      }
      const { type, write } = FORMATS[format];
      const body = write(part);
      // attachment() guesses a type from the file name, so the type is set after it.
      if (format !== 'json') res.attachment(`graph.${format}`);
      res.type(type);
      res.send(typeof body === 'string' ? body : JSON.stringify(body));
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
