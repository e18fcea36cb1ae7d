// GET /api/export?format=gexf|graphml|json|csv[&table=nodes|edges][&types=][&edges=][&q=] — the whole graph,
// or the part of it with those node/edge types, or the part a console query highlights.
import { Router } from 'express';

import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { runQuery } from '../query/console/run-query.ts';
import { EXPORT_FORMATS, exportGraph } from './export-formats.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import type { RequestSchemas } from './request-schemas.ts';

export function exportRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  const router = Router();
  router
    .route('/api/export')
    .get((req, res) => {
      const { format, table, version, types, edges, q } = parseRequest(schemas.export, req.query, 'query');
      const limits = { maxQueryLength: settings.maxQueryLength, pathTimeoutMs: settings.pathTimeoutMs };
      const nodes = q ? runQuery(graph, q, limits).highlight.nodes : undefined;
      const { body } = exportGraph(graph, format, { nodeTypes: types, edgeTypes: edges, nodes }, { table, gexfVersion: version });
      // attachment() guesses a type from the file name, so the type is set after it.
      if (format !== 'json') res.attachment(format === 'csv' ? `${table}.csv` : `graph.${format}`);
      res.type(EXPORT_FORMATS[format].mime);
      res.send(body);
    })
    .all(methodNotAllowed(['GET']));
  return router;
}
