// Exports made once per graph version and kept as files (as is, gzip, brotli) in a cache
// folder, so a second request is a file streamed in the encoding the client accepts.
// The graph version counts the graph's changes; requests that arrive while an export is
// being made wait for that one. A graph served from a folder has its exports made by a
// worker thread that loads the folder at that version (graph.json plus the journal entries
// merged so far), so the server's thread never writes a 100 MB GEXF; a small graph, or one
// with no folder behind it, is written here. The files most recently sent are kept in memory
// too, up to a byte budget (export-bytes.ts).
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants as fsConstants } from 'node:fs';
import { copyFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { KgGraph } from '../graph/build.ts';
import { graphRevision } from '../graph/on-graph-change.ts';
import { exportFileName, exportFormat } from '../export/export-formats.ts';
import { addCompressedFiles, folderExportFile, writeExportFiles } from '../pipeline/export-files.ts';
import type { ExportFiles, ExportRequest } from '../pipeline/export-files.ts';
import type { ExportJob } from '../pipeline/export-worker.ts';
import { runInWorker } from '../pipeline/run-in-worker.ts';
import { createExportBytes } from './export-bytes.ts';

/** Where a worker can load the served graph from, as of now. */
export interface ExportSource {
  graphDir: string;
  /** Journal entries merged into the served graph (the first ones of journal.jsonl). */
  journalEntries: number;
}

export interface CachedExport extends ExportFiles {
  /** Strong validator: the same bytes for the same tag. */
  etag: string;
}

export interface ExportCacheOptions {
  graph: KgGraph;
  /** The served graph's folder, when it has one; without it exports are written in-process. */
  source?: () => ExportSource;
  /**
   * The graph version that the folder's own exports (graph.gexf) were written from, as a
   * server start leaves the folder: at that version they are copied, not written again.
   */
  folderVersion?: () => number | undefined;
  /** Graphs up to this many nodes are exported in-process even with a folder. */
  inlineMaxNodes: number;
  /** Exports kept at most (each is three files). */
  maxEntries: number;
  /** Bytes of those files also kept in memory; none without it. */
  memoryBytes?: number;
}

export interface ExportCache {
  get(request: ExportRequest): Promise<CachedExport>;
  /** A file of a cached export, when its bytes are in memory; otherwise they are read for the next time. */
  kept(path: string, size: number): readonly Buffer[] | undefined;
  /** The graph's version: it changes whenever the graph does. */
  version(): number;
  close(): Promise<void>;
}

const WORKER = new URL('../pipeline/export-worker.ts', import.meta.url);

export function createExportCache(options: ExportCacheOptions): ExportCache {
  const { graph } = options;
  const version = (): number => graphRevision(graph);

  // One folder per server, so two servers never share files; removed on exit.
  const instance = randomUUID();
  let dir: string | undefined;
  const folder = (): string => (dir ??= mkdtempSync(join(tmpdir(), 'kg-exports-')));
  const onExit = () => dir && rmSync(dir, { recursive: true, force: true });
  process.once('exit', onExit);

  const entries = new Map<string, Promise<CachedExport>>();
  const memory = options.memoryBytes ? createExportBytes(options.memoryBytes) : undefined;
  // Compression still writing into the folder: close() waits for it before removing the folder.
  const compressing = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    compressing.add(work);
    void work.finally(() => compressing.delete(work));
  };
  const forget = (key: string, entry: Promise<CachedExport>) => {
    entries.delete(key);
    void entry.then(
      (cached) =>
        Promise.all(
          ['', '.gz', '.br'].map((suffix) => {
            memory?.drop(cached.files.identity + suffix);
            return rm(cached.files.identity + suffix, { force: true });
          }),
        ),
      () => undefined,
    );
  };

  const make = async (request: ExportRequest, key: string, at: number): Promise<CachedExport> => {
    const etag = `"${createHash('sha256').update(`${instance}\0${key}`).digest('base64url').slice(0, 27)}"`;
    const base = join(folder(), etag.slice(1, -1));
    const source = options.source?.();
    const apart = Boolean(source) && graph.order > options.inlineMaxNodes;
    const folderFile = source && at === options.folderVersion?.() ? folderExportFile(source.graphDir, request) : undefined;
    const copied = folderFile ? await copiedExport(folderFile, request, base, apart) : undefined;
    const files =
      copied ??
      (apart ? await inWorker({ graphDir: source!.graphDir, journalEntries: source!.journalEntries, request, base }) : await writeExportFiles(graph, request, base, { background: track }));
    // A change while it was written: the files are right for the version asked, which is gone.
    if (version() !== at) entries.delete(key);
    return { ...files, etag };
  };

  // The build wrote this export already: a copy answers at once, and the compressed copies
  // follow (in a worker for a big graph), as writeExportFiles' background compression does.
  const copiedExport = async (file: string, request: ExportRequest, base: string, apart: boolean): Promise<ExportFiles | undefined> => {
    try {
      await copyFile(file, base, fsConstants.COPYFILE_FICLONE);
    } catch {
      return undefined; // gone or unreadable: written as any other export
    }
    const files: ExportFiles = {
      files: { identity: base },
      bytes: { identity: (await stat(base)).size },
      fileName: exportFileName(request.format, { table: request.options.table }),
      mediaType: exportFormat(request.format).mediaType,
      nodes: graph.order,
      edges: graph.size,
    };
    if (apart)
      track(
        inWorker({ compress: files }).then(
          (done) => {
            Object.assign(files.files, done.files);
            Object.assign(files.bytes, done.bytes);
          },
          () => undefined, // the as-is file still answers
        ),
      );
    else await addCompressedFiles(files, { background: track });
    return files;
  };

  return {
    version,
    kept: (path, size) => memory?.get(path, size),
    get(request) {
      const at = version();
      const key = JSON.stringify([at, request.format, request.options, request.part.nodeTypes, request.part.edgeTypes, request.part.nodes, request.window]);
      const hit = entries.get(key);
      if (hit) {
        // Most recently used last, so the first entry is the one to drop.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      for (const [old, entry] of entries) if (!old.startsWith(`[${at},`)) forget(old, entry);
      const entry = make(request, key, at);
      entries.set(key, entry);
      entry.catch(() => entries.get(key) === entry && entries.delete(key));
      while (entries.size > options.maxEntries) {
        const [oldest, old] = entries.entries().next().value as [string, Promise<CachedExport>];
        forget(oldest, old);
      }
      return entry;
    },
    async close() {
      process.off('exit', onExit);
      await Promise.allSettled(entries.values());
      await Promise.allSettled(compressing);
      if (dir) await rm(dir, { recursive: true, force: true });
      entries.clear();
      memory?.clear();
    },
  };
}

async function inWorker(job: ExportJob): Promise<ExportFiles> {
  return (await runInWorker<{ files: ExportFiles }>(WORKER, job)).files;
}
