// A graph folder holds graph.json, graph.gexf, the start's graph.core.jsonl and
// graph.evidence.jsonl, and articles/ (and journal.jsonl, which journal.ts owns). A build or a snapshot writes its files into a staging folder beside
// them and commits them as one set, so a reader sees the old set or the new one, never a
// mix, even after kill -9 or a power cut:
//   1. stage: every new file is written and synced under .staging-<pid>-<n>/;
//   2. commit point: .commit.json, naming the staging folder, is written atomically;
//   3. apply: each staged entry is renamed over the old one, graph.json last;
//   4. the marker and the staging folder (now holding the old articles/) are removed.
// `recoverGraphFolder`, which every reader and build calls first, finishes step 3–4 after
// a crash past the commit point, and deletes what a crash before it left behind.
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { exportGraphSections } from '../export/export-graph.ts';
import type { ExportFormatName, WriteOptions } from '../export/export-formats.ts';
import type { KgGraph } from '../graph/build.ts';
import { graphMetrics, rememberMetrics, type GraphMetrics } from '../graph/metrics.ts';
import { concatParts, GRAPH_FILE, graphJsonSections, isBeingWritten, spill, syncDir, writeFileAtomic } from '../graph/store.ts';
import type { FileSections } from '../graph/store.ts';
import type { Article } from '../types.ts';
import { ARTICLES_DIR, stageArticle } from './article-files.ts';
import { CORE_GRAPH_FILE, EVIDENCE_FILE, identityOf, stageCoreGraph } from './core-graph-files.ts';
import { writeSearchKeys } from './search-keys-file.ts';

/** Exports written beside graph.json by every build and snapshot. */
export const GRAPH_EXPORTS: ReadonlyArray<{ file: string; format: ExportFormatName; options: Partial<WriteOptions> }> = [
  { file: 'graph.gexf', format: 'gexf', options: { gexfVersion: '1.2' } },
];

const COMMIT_FILE = '.commit.json';
const STAGING_PREFIX = '.staging-';
const OLD_SUFFIX = '.old';

export interface StagedGraphFolder {
  /** The staging folder (inside the graph folder). */
  readonly dir: string;
  writeArticle(article: Article): Promise<void>;
  /**
   * graph.json, the exports of GRAPH_EXPORTS and the start's files. With `laidOut`, node
   * positions are read only once it resolves (a layout runs meanwhile on another thread);
   * with `metrics`, the node metrics are those it gives (the graph's, computed elsewhere).
   */
  writeGraph(graph: KgGraph, options?: { laidOut?: Promise<void>; metrics?: Promise<GraphMetrics> }): Promise<void>;
  /** Makes the staged set the folder's; after it resolves, the set survives a crash. */
  commit(): Promise<void>;
  /** Drops the staged files; the folder keeps its old set. */
  discard(): Promise<void>;
}

// Staging folders of this process that are being written: recovery leaves them alone.
const active = new Set<string>();
let stagings = 0;

/**
 * A staging folder for a new set. With `articles: true` the set includes a new articles/
 * (write every article into it); else the folder's articles/ is kept as it is.
 */
export async function stageGraphFolder(graphDir: string, options: { articles: boolean }): Promise<StagedGraphFolder> {
  await mkdir(graphDir, { recursive: true });
  const name = `${STAGING_PREFIX}${process.pid}-${++stagings}-${Date.now().toString(36)}`;
  const dir = join(graphDir, name);
  active.add(name);
  await mkdir(options.articles ? join(dir, ARTICLES_DIR) : dir, { recursive: true });
  const entries: string[] = options.articles ? [ARTICLES_DIR] : [];
  let finished = false;
  const finish = () => {
    finished = true;
    active.delete(name);
  };
  return {
    dir,
    async writeArticle(article) {
      if (!options.articles) throw new Error('this staging keeps the folder’s articles');
      await stageArticle(article, dir);
    },
    async writeGraph(graph, { laidOut, metrics: metricsToCome } = {}) {
      const add = (file: string) => {
        if (!entries.includes(file)) entries.push(file);
      };
      // While a layout runs elsewhere, what does not depend on positions is written first: the
      // evidence file, and the edges of the other files to scratch files read back after it.
      const early = laidOut !== undefined;
      const edgesOf = async (file: string, sections: FileSections) => (early ? await spill(join(dir, `${file}.edges`), sections.edges) : sections.edges);
      // What needs no metrics first, while they may still be computed elsewhere.
      const json = graphJsonSections(graph);
      const jsonEdges = await edgesOf(GRAPH_FILE, json);
      const writeCore = await stageCoreGraph(graph, dir, { spill: early });
      // The exports' node columns (graphMetrics) and the start's files carry them.
      const metrics = metricsToCome ? await metricsToCome : graphMetrics(graph);
      rememberMetrics(graph, metrics);
      const files: Array<{ file: string; sections: FileSections; edges: Iterable<string> | AsyncIterable<Uint8Array> }> = [];
      for (const { file, format, options: writeOptions } of GRAPH_EXPORTS) {
        // In pieces: a 150 MB GEXF is never one string.
        const sections = exportGraphSections(graph, format, writeOptions);
        files.push({ file, sections, edges: await edgesOf(file, sections) });
      }
      files.push({ file: GRAPH_FILE, sections: json, edges: jsonEdges });
      await laidOut;
      for (const { file, sections, edges } of files) {
        await writeFileAtomic(join(dir, file), concatParts(sections.nodes, edges, [sections.end]));
        add(file);
      }
      // The start's files name this graph.json, which keeps its inode and times when renamed;
      // the metrics are those the exports carry.
      await writeCore(await identityOf(join(dir, GRAPH_FILE)), metrics);
      add(EVIDENCE_FILE);
      add(CORE_GRAPH_FILE);
      add(GRAPH_FILE);
    },
    async commit() {
      if (finished) throw new Error('staging already committed or discarded');
      if (!entries.includes(GRAPH_FILE)) throw new Error('nothing to commit: writeGraph first');
      if (options.articles) await syncDir(join(dir, ARTICLES_DIR));
      await syncDir(dir);
      await writeFileAtomic(join(graphDir, COMMIT_FILE), JSON.stringify({ staging: name, entries }));
      try {
        await applyCommit(graphDir, name, entries);
      } finally {
        finish();
      }
    },
    async discard() {
      if (finished) return;
      finish();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Stages graph.json and its exports (articles/ untouched) and commits them. */
export async function writeGraphSnapshot(graph: KgGraph, graphDir: string): Promise<void> {
  const staged = await stageGraphFolder(graphDir, { articles: false });
  try {
    await staged.writeGraph(graph);
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.commit();
  await writeSearchKeys(graph, graphDir);
}

export interface Recovery {
  /** A commit interrupted by a crash was finished. */
  finished: boolean;
  /** Staging folders and temp files of dead writers, deleted. */
  removed: string[];
}

/** Finishes a commit a crash interrupted; deletes staging folders and temp files no live writer owns. */
export async function recoverGraphFolder(graphDir: string): Promise<Recovery> {
  const recovery: Recovery = { finished: false, removed: [] };
  let marker: { staging?: unknown; entries?: unknown } | null = null;
  try {
    marker = JSON.parse(await readFile(join(graphDir, COMMIT_FILE), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') marker = null;
    else if (error instanceof SyntaxError) marker = null; // written atomically, so only a foreign file can be torn
    else throw error;
  }
  if (marker && typeof marker.staging === 'string' && Array.isArray(marker.entries) && isStagingName(marker.staging)) {
    await applyCommit(graphDir, marker.staging, marker.entries.filter((e): e is string => typeof e === 'string'));
    recovery.finished = true;
  } else if (marker) {
    await rm(join(graphDir, COMMIT_FILE), { force: true });
  }
  recovery.removed.push(...(await removeStale(graphDir)), ...(await removeStale(join(graphDir, ARTICLES_DIR))));
  return recovery;
}

// Idempotent, so recovery can run it again from any point.
async function applyCommit(graphDir: string, staging: string, entries: string[]): Promise<void> {
  const stagingDir = join(graphDir, staging);
  for (const entry of entries) {
    const staged = join(stagingDir, entry);
    if (!(await exists(staged))) continue; // applied before a crash
    const target = join(graphDir, entry);
    if (entry === ARTICLES_DIR) await replaceDir(staged, target, join(stagingDir, entry + OLD_SUFFIX));
    else await rename(staged, target);
  }
  await syncDir(graphDir);
  await rm(join(graphDir, COMMIT_FILE), { force: true });
  await syncDir(graphDir);
  await rm(stagingDir, { recursive: true, force: true });
}

/** A folder cannot be renamed over a full one: the old one moves aside first. */
async function replaceDir(staged: string, target: string, old: string): Promise<void> {
  if ((await exists(target)) && !(await exists(old))) await rename(target, old);
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(staged, target);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt > 2) throw error;
      // A posted article arrived between the two renames and recreated the folder: keep it.
      for (const name of await readdir(target)) await rename(join(target, name), join(staged, name));
      await rm(target, { recursive: true, force: true });
    }
  }
}

async function removeStale(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = isStagingName(name) ? Number(name.slice(STAGING_PREFIX.length).split('-')[0]) : tempFilePid(name);
    if (pid === null || isLiveWriter(pid, join(dir, name))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

function isStagingName(name: string): boolean {
  return /^\.staging-\d+-\d+-[0-9a-z]+$/.test(name);
}

/** `<file>.<pid>.tmp`, as writeFileAtomic names its temp files. */
function tempFilePid(name: string): number | null {
  const m = /\.(\d+)\.tmp$/.exec(name);
  return m ? Number(m[1]) : null;
}

function isLiveWriter(pid: number, path: string): boolean {
  // This process after a restart may carry a dead one's pid (pid 1 in a container).
  if (pid === process.pid) {
    const name = basename(path);
    return isStagingName(name) ? active.has(name) : isBeingWritten(path.slice(0, -`.${pid}.tmp`.length));
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
