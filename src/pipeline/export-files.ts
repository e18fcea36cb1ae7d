// An export written once as three files (as is, gzip, brotli), so a server can stream the
// encoding a client accepts without compressing per request. Shared by the export worker
// and the in-process path for small graphs; zlib's async calls run on libuv's threads.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

import { exportGraphPieces } from '../export/export-graph.ts';
import type { ExportPart } from '../export/export-graph.ts';
import { DEFAULT_WRITE_OPTIONS } from '../export/export-formats.ts';
import type { ExportFormatName, WriteOptions } from '../export/export-formats.ts';
import type { KgGraph } from '../graph/build.ts';
import { writeParts } from '../graph/store.ts';
import { graphInWindow } from '../query/time-window.ts';
import type { TimeWindow } from '../query/time-window.ts';
import { GRAPH_EXPORTS } from './graph-folder.ts';

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

export interface CompressOptions {
  /**
   * Resolve once `base` is written and add the compressed files to the answer as they are
   * done, so a first request does not wait for compression (clients that accept it get the
   * compressed bytes later); handed the compression's promise, so its owner can wait for it
   * before removing the folder.
   */
  background?: (compressing: Promise<unknown>) => void;
  /**
   * Compress with zlib's synchronous calls: for a worker thread, whose lowered priority then
   * covers the compression too (libuv's pool threads, which the asynchronous calls use, run
   * at the server's priority).
   */
  blocking?: boolean;
}

/** Writes `base`, then `base.gz` and `base.br` (see CompressOptions). */
export async function writeExportFiles(graph: KgGraph, request: ExportRequest, base: string, options: CompressOptions = {}): Promise<ExportFiles> {
  const exported = exportGraphPieces(graphInWindow(graph, request.window), request.format, request.part, request.options);
  // Written as it is made: a 38k-node graph's GEXF never is one string (25 s and 1.5 GB of heap as one).
  const bytes = await writeParts(base, exported.pieces);
  const files: ExportFiles = {
    files: { identity: base },
    bytes: { identity: bytes },
    fileName: exported.fileName,
    mediaType: exported.mediaType,
    nodes: exported.graph.order,
    edges: exported.graph.size,
  };
  await addCompressedFiles(files, options);
  return files;
}

/** Writes the gzip and brotli copies of `files.files.identity` beside it and adds them to `files`. */
export async function addCompressedFiles(files: ExportFiles, options: CompressOptions = {}): Promise<void> {
  const base = files.files.identity;
  const body = await readFile(base);
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
  // Brotli first: what browsers and most clients ask for, and the smaller.
  const compressed = options.blocking
    ? (async () => {
        await compress('br', async () => brotliCompressSync(body, brotliOptions));
        await compress('gzip', async () => gzipSync(body, gzipOptions));
      })()
    : Promise.all([compress('gzip', () => gzipAsync(body, gzipOptions)), compress('br', () => brotliAsync(body, brotliOptions))]);
  if (options.background) options.background(compressed.catch(() => undefined));
  else await compressed;
}

/**
 * The graph folder's file (GRAPH_EXPORTS) whose bytes are this request's body, if any: the
 * whole graph, no time window, in a folder export's format and options. It is the answer only
 * while the served graph is the one the folder's files were written from.
 */
export function folderExportFile(graphDir: string, request: ExportRequest): string | undefined {
  const { part, window } = request;
  if (window || part.nodeTypes || part.edgeTypes || part.nodes) return undefined;
  const asked: WriteOptions = { ...DEFAULT_WRITE_OPTIONS, ...request.options };
  const found = GRAPH_EXPORTS.find((e) => {
    const written: WriteOptions = { ...DEFAULT_WRITE_OPTIONS, ...e.options };
    return e.format === request.format && written.gexfVersion === asked.gexfVersion && written.table === asked.table;
  });
  return found && join(graphDir, found.file);
}
