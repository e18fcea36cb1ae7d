// An export written once as three files (as is, gzip, brotli), so a server can stream the
// encoding a client accepts without compressing per request. Shared by the export worker
// and the in-process path for small graphs; zlib's async calls run on libuv's threads.
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import { exportGraph } from '../export/export-graph.ts';
import type { ExportPart } from '../export/export-graph.ts';
import type { ExportFormatName, WriteOptions } from '../export/export-formats.ts';
import type { KgGraph } from '../graph/build.ts';
import { graphInWindow } from '../query/time-window.ts';
import type { TimeWindow } from '../query/time-window.ts';

export const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface ExportRequest {
  format: ExportFormatName;
  part: ExportPart;
  options: Partial<WriteOptions>;
  /** Only what dated evidence shows in this window. */
  window?: TimeWindow;
}

export interface ExportFiles {
  /** File per encoding. */
  files: Record<Encoding, string>;
  bytes: Record<Encoding, number>;
  fileName: string;
  mediaType: string;
  nodes: number;
  edges: number;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Writes `base`, `base.gz` and `base.br`. */
export async function writeExportFiles(graph: KgGraph, request: ExportRequest, base: string): Promise<ExportFiles> {
  const exported = exportGraph(graphInWindow(graph, request.window), request.format, request.part, request.options);
  const body = Buffer.from(exported.body, 'utf8');
  // Level 5 brotli is about gzip's speed at a much better ratio; text of this kind shrinks ~10×.
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 6 }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  const files = { identity: base, gzip: `${base}.gz`, br: `${base}.br` };
  await Promise.all([writeFile(files.identity, body), writeFile(files.gzip, gz), writeFile(files.br, br)]);
  return {
    files,
    bytes: { identity: body.length, gzip: gz.length, br: br.length },
    fileName: exported.fileName,
    mediaType: exported.mediaType,
    nodes: exported.graph.order,
    edges: exported.graph.size,
  };
}
