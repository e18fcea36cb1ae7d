// graph.json: the graph saved and loaded in graphology's export() form. The only module of
// src/graph that touches the disk; other files of a graph folder belong to src/pipeline/.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { InvalidInputError, KgError, NotFoundError } from '../errors.ts';
import { createGraph, type KgGraph } from './build.ts';

export const GRAPH_FILE = 'graph.json';
const BUILD_HINT = 'run `npm run kg -- build` to build it from the articles';

/** Writes dir/graph.json atomically and durably. */
export async function saveGraph(graph: KgGraph, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  // No indentation: one line keeps a 30k-node graph small; graph.gexf is the readable copy.
  await writeFileAtomic(join(dir, GRAPH_FILE), graphJsonParts(graph));
}

/**
 * The text of JSON.stringify(graph.export()), a node or an edge at a time: a 36k-node
 * graph's 95 MB never stands in memory as one string.
 */
export function* graphJsonParts(graph: KgGraph): Generator<string> {
  const { nodes, edges, end } = graphJsonSections(graph);
  yield* nodes;
  yield* edges;
  yield end;
}

/** Pieces of a file: the part up to the edges, the edges (which do not depend on node positions), and the end. */
export interface FileSections {
  nodes: Iterable<string>;
  edges: Iterable<string>;
  end: string;
}

/** graphJsonParts in its three sections; each is written out as it is iterated. */
export function graphJsonSections(graph: KgGraph): FileSections {
  const { type, multi, allowSelfLoops } = graph;
  return {
    nodes: lazily(function* () {
      yield `{"options":${JSON.stringify({ type, multi, allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
      let first = true;
      for (const { node, attributes } of graph.nodeEntries()) {
        yield (first ? '' : ',') + JSON.stringify(hasKeys(attributes) ? { key: node, attributes } : { key: node });
        first = false;
      }
      yield '],"edges":[';
    }),
    edges: lazily(function* () {
      let first = true;
      for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
        const serialized: Record<string, unknown> = { key: edge, source, target };
        if (hasKeys(attributes)) serialized.attributes = attributes;
        if (type === 'mixed' && undirected) serialized.undirected = true;
        yield (first ? '' : ',') + JSON.stringify(serialized);
        first = false;
      }
    }),
    end: ']}',
  };
}

/** The parts of each of `sources` in turn. */
export async function* concatParts(...sources: Array<Iterable<string> | AsyncIterable<string | Uint8Array>>): AsyncGenerator<string | Uint8Array> {
  for (const source of sources) yield* source;
}

/** An iterable that runs `parts` when iterated, so a section reads the graph as it is then. */
export function lazily(parts: () => Iterator<string>): Iterable<string> {
  return { [Symbol.iterator]: parts };
}

function hasKeys(object: object): boolean {
  for (const _key in object) return true;
  return false;
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
export type FileData = string | Uint8Array | Iterable<string> | AsyncIterable<string | Uint8Array>;

export function writeFileAtomic(file: string, data: FileData): Promise<void> {
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

async function writeNow(file: string, data: FileData): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
      else await writePartsTo(handle, data);
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

/**
 * Writes and syncs `file` in place, with no temp file and no folder sync: for a new file of a
 * staging folder, which no reader sees until its commit (that syncs the folder) makes it whole.
 */
export async function writeStagedFile(file: string, text: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `text` in pieces of about `size` characters, never splitting a surrogate pair. */
export function* piecesOf(text: string, size = WRITE_CHARS): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(at, end);
    at = end;
  }
}

// Strings longer than this are encoded a piece at a time.
const WRITE_CHARS = 1 << 20;
const SPILL_READ_BYTES = 1 << 20;

/**
 * Writes the parts through one buffer, each string encoded straight into it: joining a file's
 * many small parts into big strings first (then encoding those) took a build's thread seconds.
 */
async function writePartsTo(handle: FileHandle, parts: Iterable<string> | AsyncIterable<string | Uint8Array>): Promise<void> {
  // A UTF-16 code unit is at most 3 bytes of UTF-8, so a piece (and a held character) always
  // fits an emptied buffer.
  const buffer = Buffer.allocUnsafe(3 * (WRITE_CHARS + 1));
  let used = 0;
  const flush = async () => {
    if (used) await writeAll(handle, buffer.subarray(0, used));
    used = 0;
  };
  // A high surrogate ending a part waits for the next one, which may hold its pair.
  let held = '';
  const putHeld = async () => {
    if (used + 3 > buffer.length) await flush();
    used += buffer.write(held, used, 'utf8');
    held = '';
  };
  for await (const part of parts) {
    if (typeof part !== 'string') {
      await putHeld();
      await flush();
      await writeAll(handle, part);
      continue;
    }
    // A whole document in one string (a JSON export) is written a piece at a time too.
    for (const piece of part.length > WRITE_CHARS ? piecesOf(part) : [part]) {
      let text = held ? held + piece : piece;
      const last = text.charCodeAt(text.length - 1);
      held = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
      if (held) text = text.slice(0, -1);
      if (used + 3 * text.length > buffer.length) await flush();
      used += buffer.write(text, used, 'utf8');
    }
  }
  await putHeld();
  await flush();
}

/** Writes `parts` to `file` as they come, without syncing (a scratch or cache file); resolves to the bytes written. */
export async function writeParts(file: string, parts: Iterable<string>): Promise<number> {
  const handle = await open(file, 'w');
  try {
    await writePartsTo(handle, parts);
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

/**
 * Writes `parts` to `file` now (a scratch file, not synced) and returns its bytes to be read
 * back later, once, as parts of another file; the scratch file is removed once read. A build
 * writes the edges of its files this way while its layout runs, and the nodes after. The
 * parts share one buffer: each is good until the next is asked for, as writeFileAtomic reads them.
 */
export async function spill(file: string, parts: Iterable<string>): Promise<AsyncIterable<Uint8Array>> {
  await writeParts(file, parts);
  return (async function* () {
    const reader = await open(file, 'r');
    try {
      const buffer = Buffer.allocUnsafe(SPILL_READ_BYTES);
      for (;;) {
        const { bytesRead } = await reader.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await reader.close();
      await rm(file, { force: true });
    }
  })();
}

// A write may take fewer bytes than it was given.
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
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
