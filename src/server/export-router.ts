// GET /api/export?format=gexf|graphml|json|csv[&table=nodes|edges][&types=][&edges=][&q=] — the whole graph,
// or the part of it with those node/edge types, or the part a console query highlights.
// POST /api/export {format, nodes?, types?, edges?} — an explicit part, such as what the viewer shows.
import { Router } from 'express';
import type { Response } from 'express';

import { exportFileName } from '../api/contract.ts';
import type { ExportFormatName, RequestSchemas } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { KgGraph } from '../graph/build.ts';
import { runQuery } from '../query/console/run-query.ts';
import { EXPORT_FORMATS, exportGraph } from './export-formats.ts';
import type { ExportPart, WriteOptions } from './export-formats.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import { requireJson } from './require-json.ts';

export function exportRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  const router = Router();
  const send = (res: Response, format: ExportFormatName, part: ExportPart, options: WriteOptions) => {
    const { body } = exportGraph(graph, format, part, options);
    const partial = Boolean(part.nodeTypes || part.edgeTypes || part.nodes);
    // attachment() guesses a type from the file name, so the type is set after it.
    if (format !== 'json') res.attachment(exportFileName(format, { part: partial, table: options.table }));
    res.type(EXPORT_FORMATS[format].mime);
    res.send(body);
  };
  router
    .route('/api/export')
    .get((req, res) => {
      const { format, table, version, types, edges, q } = parseRequest(schemas.export, req.query, 'query');
      const limits = { maxQueryLength: settings.maxQueryLength, pathTimeoutMs: settings.pathTimeoutMs };
      const nodes = q ? runQuery(graph, q, limits).highlight.nodes : undefined;
      send(res, format, { nodeTypes: types, edgeTypes: edges, nodes }, { table, gexfVersion: version });
    })
    .post(requireJson, (req, res) => {
      const { format, table, version, types, edges, nodes } = parseRequest(schemas.exportPart, req.body, 'body');
      send(res, format, { nodeTypes: types, edgeTypes: edges, nodes }, { table, gexfVersion: version });
    })
    .all(methodNotAllowed(['GET', 'POST']));
  return router;
}
