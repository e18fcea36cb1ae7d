// graph.json: the graph saved and loaded in graphology's export() form. The only module of
// src/graph that touches the disk; other files of a graph folder belong to src/pipeline/.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { InvalidInputError, KgError, NotFoundError } from '../errors.ts';
import { createGraph, type KgGraph } from './build.ts';

export const GRAPH_FILE = 'graph.json';
const BUILD_HINT = 'run `npm run kg -- build` to build it from the articles';

/** Writes dir/graph.json atomically and durably. */
export async function saveGraph(graph: KgGraph, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  // No indentation: one line keeps a 30k-node graph small; graph.gexf is the readable copy.
  await writeFileAtomic(join(dir, GRAPH_FILE), JSON.stringify(graph.export()));
}

export async function loadGraph(dir: string): Promise<KgGraph> {
  const file = join(dir, GRAPH_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`No graph at ${file}`, { hint: BUILD_HINT });
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw corrupt(file, (error as Error).message);
  }
  if (!isSerializedGraph(data)) throw corrupt(file, 'not a graphology export (nodes and edges arrays)');
  const graph = createGraph();
  try {
    graph.import(data as Parameters<KgGraph['import']>[0]);
  } catch (error) {
    throw corrupt(file, (error as Error).message);
  }
  return graph;
}

// One write at a time per file in this process, so two saves cannot share a temp file.
const writing = new Map<string, Promise<void>>();

/**
 * Readers see the old file or the new one, never half of one, and the new one survives a
 * crash once this resolves: the text goes to `<file>.<pid>.tmp`, is synced, and is renamed
 * over the file; then the folder is synced so the rename lasts too.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const previous = writing.get(file) ?? Promise.resolve();
  const done = previous.catch(() => undefined).then(() => writeNow(file, data));
  const settled = done.catch(() => undefined);
  writing.set(file, settled);
  void settled.then(() => {
    if (writing.get(file) === settled) writing.delete(file);
  });
  return done;
}

/** True while this process writes `file` (its temp file is not stale). */
export function isBeingWritten(file: string): boolean {
  return writing.has(file);
}

async function writeNow(file: string, data: string | Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dirname(file));
}

/** Makes renames and new entries of `dir` durable. Some systems cannot open a folder: then it is a no-op. */
export async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows: NTFS journals the rename itself.
  } finally {
    await handle?.close();
  }
}

function isSerializedGraph(data: unknown): boolean {
  const d = data as { nodes?: unknown; edges?: unknown } | null;
  return !!d && typeof d === 'object' && Array.isArray(d.nodes) && (d.edges === undefined || Array.isArray(d.edges));
}

function corrupt(file: string, reason: string): KgError {
  return new InvalidInputError(`Corrupt file ${file}: ${reason}`, { hint: BUILD_HINT });
}
