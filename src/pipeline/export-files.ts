// An export written once as three files (as is, gzip, brotli), so a server can stream the
// encoding a client accepts without compressing per request. Shared by the export worker
// and the in-process path for small graphs; zlib's async calls run on libuv's threads.
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

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
  /** File per encoding; the compressed ones appear once written. */
  files: Partial<Record<Encoding, string>> & { identity: string };
  bytes: Partial<Record<Encoding, number>> & { identity: number };
  fileName: string;
  mediaType: string;
  nodes: number;
  edges: number;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Writes `base`, then `base.gz` and `base.br`. With `background`, it resolves once `base` is
 * written and adds the compressed files to the answer as they are done, so a first request
 * does not wait for compression (clients that accept it get the compressed bytes later);
 * `background` is handed the compression's promise, so its owner can wait for it before
 * removing the folder. With `blocking`, it compresses with zlib's synchronous calls: for a
 * worker thread, whose lowered priority then covers the compression too (libuv's pool threads,
 * which the asynchronous calls use, run at the server's priority).
 */
export async function writeExportFiles(
  graph: KgGraph,
  request: ExportRequest,
  base: string,
  options: { background?: (compressing: Promise<unknown>) => void; blocking?: boolean } = {},
): Promise<ExportFiles> {
  const exported = exportGraph(graphInWindow(graph, request.window), request.format, request.part, request.options);
  const body = Buffer.from(exported.body, 'utf8');
  await writeFile(base, body);
  const files: ExportFiles = {
    files: { identity: base },
    bytes: { identity: body.length },
    fileName: exported.fileName,
    mediaType: exported.mediaType,
    nodes: exported.graph.order,
    edges: exported.graph.size,
  };
  // Level 5 brotli is about gzip's speed at a much better ratio; text of this kind shrinks ~10×.
  const compress = async (encoding: 'gzip' | 'br', make: () => Promise<Buffer>) => {
    const data = await make();
    const file = `${base}.${encoding === 'gzip' ? 'gz' : 'br'}`;
    await writeFile(file, data);
    files.bytes[encoding] = data.length;
    files.files[encoding] = file;
  };
  const gzipOptions = { level: 6 };
  const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } };
  const compressed = options.blocking
    ? (async () => {
        await compress('gzip', async () => gzipSync(body, gzipOptions));
        await compress('br', async () => brotliCompressSync(body, brotliOptions));
      })()
    : Promise.all([compress('gzip', () => gzipAsync(body, gzipOptions)), compress('br', () => brotliAsync(body, brotliOptions))]);
  if (options.background) options.background(compressed.catch(() => undefined));
  else await compressed;
  return files;
}
