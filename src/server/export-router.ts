// GET /api/export?format=NAME[&table=nodes|edges][&version=1.2|1.3][&types=][&edges=][&q=][&since=][&until=] — the
// whole graph, or the part of it with those node/edge types, or the part a console query highlights;
// since/until keep what the dated evidence shows in that window.
// POST /api/export {format, nodes?, types?, edges?} — an explicit part, such as what the viewer shows.
// GET /api/export/formats — the export registry, for clients that build their menus from it.
import { Router } from 'express';
import type { Response } from 'express';

import type { ExportFormatsResponse, RequestSchemas } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import { exportGraph } from '../export/export-graph.ts';
import type { ExportPart } from '../export/export-graph.ts';
import { EXPORT_FORMATS } from '../export/export-formats.ts';
import type { ExportFormatName, WriteOptions } from '../export/export-formats.ts';
import type { KgGraph } from '../graph/build.ts';
import { runQuery } from '../query/console/run-query.ts';
import { graphInWindow } from '../query/time-window.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import { requireJson } from './require-json.ts';

export function exportRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings): Router {
  const router = Router();
  const send = (res: Response, format: ExportFormatName, part: ExportPart, options: WriteOptions, from: KgGraph = graph) => {
    const exported = exportGraph(from, format, part, options);
    // attachment() guesses a type from the file name, so the type is set after it.
    if (format !== 'json') res.attachment(exported.fileName);
    res.type(exported.mediaType);
    res.send(exported.body);
  };
  router
    .route('/api/export/formats')
    .get((_req, res) => {
      res.json({ formats: EXPORT_FORMATS.map((f) => ({ ...f, options: [...f.options] })) } satisfies ExportFormatsResponse);
    })
    .all(methodNotAllowed(['GET']));
  router
    .route('/api/export')
    .get((req, res) => {
      const { format, table, version, types, edges, q, since, until } = parseRequest(schemas.export, req.query, 'query');
      const nodes = q ? runQuery(graph, q, settings).highlight.nodes : undefined;
      send(res, format, { nodeTypes: types, edgeTypes: edges, nodes }, { table, gexfVersion: version }, graphInWindow(graph, { since, until }));
    })
    .post(requireJson, (req, res) => {
      const { format, table, version, types, edges, nodes } = parseRequest(schemas.exportPart, req.body, 'body');
      send(res, format, { nodeTypes: types, edgeTypes: edges, nodes }, { table, gexfVersion: version });
    })
    .all(methodNotAllowed(['GET', 'POST']));
  return router;
}
