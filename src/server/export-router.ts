// GET /api/export?format=NAME[&table=nodes|edges][&version=1.2|1.3][&types=][&edges=][&q=][&since=][&until=] — the
// whole graph, or the part of it with those node/edge types, or the part a console query highlights;
// since/until keep what the dated evidence shows in that window.
// POST /api/export {format, nodes?, types?, edges?} — an explicit part, such as what the viewer shows.
// GET /api/export/formats — the export registry, for clients that build their menus from it.
import { Router } from 'express';
import type { Request, Response } from 'express';

import type { ExportFormatsResponse, RequestSchemas } from '../api/contract.ts';
import type { Settings } from '../config.ts';
import type { ExportPart } from '../export/export-graph.ts';
import { EXPORT_FORMATS } from '../export/export-formats.ts';
import type { ExportFormatName, WriteOptions } from '../export/export-formats.ts';
import type { KgGraph } from '../graph/build.ts';
import { runQuery } from '../query/console/run-query.ts';
import type { Encoding } from '../pipeline/export-files.ts';
import type { TimeWindow } from '../query/time-window.ts';
import type { ExportCache } from './export-cache.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import { requireJson } from './require-json.ts';
import { sendFile, sendPieces } from './send-file.ts';

export function exportRouter(graph: KgGraph, schemas: RequestSchemas, settings: Settings, cache: ExportCache): Router {
  const router = Router();
  // Made once per graph version (by a worker for a big graph), then sent from the cache (from
  // memory once read there) in the encoding the client accepts; a client holding the same
  // version gets 304.
  const send = async (req: Request, res: Response, format: ExportFormatName, part: ExportPart, options: WriteOptions, window?: TimeWindow) => {
    const exported = await cache.get({ format, part, options, window });
    res.set('ETag', exported.etag);
    res.set('Vary', 'Accept-Encoding');
    res.set('Cache-Control', 'no-cache');
    // attachment() guesses a type from the file name, so the type is set after it.
    if (format !== 'json') res.attachment(exported.fileName);
    res.type(exported.mediaType);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    // Brotli when accepted at all: browsers list it after gzip, with the same weight.
    // A compressed copy still being written is not waited for.
    const has = (encoding: Encoding) => exported.files[encoding] !== undefined && Boolean(req.acceptsEncodings(encoding));
    const encoding: Encoding = has('br') ? 'br' : has('gzip') ? 'gzip' : 'identity';
    if (encoding !== 'identity') res.set('Content-Encoding', encoding);
    res.set('Content-Length', String(exported.bytes[encoding]));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const file = exported.files[encoding]!;
    const kept = cache.kept(file, exported.bytes[encoding]!);
    await (kept ? sendPieces(kept, res) : sendFile(file, res));
  };
  router
    .route('/api/export/formats')
    .get((_req, res) => {
      res.json({ formats: EXPORT_FORMATS.map((f) => ({ ...f, options: [...f.options] })) } satisfies ExportFormatsResponse);
    })
    .all(methodNotAllowed(['GET']));
  router
    .route('/api/export')
    .get(async (req, res) => {
      const { format, table, version, types, edges, q, since, until } = parseRequest(schemas.export, req.query, 'query');
      const nodes = q ? runQuery(graph, q, settings).highlight.nodes : undefined;
      const window = since || until ? { since, until } : undefined;
      await send(req, res, format, { nodeTypes: types, edgeTypes: edges, nodes }, { table, gexfVersion: version }, window);
    })
    .post(requireJson, async (req, res) => {
      const { format, table, version, types, edges, nodes } = parseRequest(schemas.exportPart, req.body, 'body');
      await send(req, res, format, { nodeTypes: types, edgeTypes: edges, nodes }, { table, gexfVersion: version });
    })
    .all(methodNotAllowed(['GET', 'POST']));
  return router;
}
