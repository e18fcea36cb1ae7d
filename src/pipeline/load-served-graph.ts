// The graph a server (or a CLI query) starts with: a commit a crash interrupted is finished,
// the graph is rebuilt from the articles when graph.json is missing, older than any of them
// or of another format (GRAPH_FORMAT_VERSION), then the journal's API-added articles are
// merged back in.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { KgGraph } from '../graph/build.ts';
import { internStrings } from '../graph/intern-strings.ts';
import { GRAPH_FILE, loadGraph } from '../graph/store.ts';
import { ARTICLES_DIR, saveArticle } from './article-files.ts';
import { extractPosted } from './article-store.ts';
import { articleIdsOf } from './article-ids-of.ts';
import { CORE_GRAPH_FILE, EVIDENCE_FILE, identityOf, loadCoreGraph, writeCoreGraph } from './core-graph-files.ts';
import { recoverGraphFolder, writeGraphSnapshot } from './graph-folder.ts';
import { GRAPH_FORMAT_VERSION, graphFormatOf } from './graph-format.ts';
import { readJournal, repairJournal } from './journal.ts';
import { mergePosted } from './merge-posted.ts';
import { expectSearchKeys } from './search-keys-file.ts';
import { runBuild } from './run-build.ts';
import type { BuildOptions } from './run-build.ts';

export interface LoadOptions {
  graphDir: string;
  articlesDir: string;
  /** The build; tests inject one to count calls. */
  build?: (options: BuildOptions) => Promise<unknown>;
  log?: (line: string) => void;
}

export interface ServedGraph {
  graph: KgGraph;
  rebuilt: boolean;
  /** Journal entries merged on top of graph.json, and ids of every API-added article. */
  replayed: number;
  journalIds: string[];
  /** The folder's files (graph.json and its exports) are this graph as served, written by this version. */
  filesCurrent: boolean;
  /** Every article the graph holds (articleIdsOf), yours to keep. */
  articleIds: Set<string>;
  damagedJournalLines: number;
}

export async function loadServedGraph(options: LoadOptions): Promise<ServedGraph> {
  const log = options.log ?? (() => {});
  const { graphDir } = options;
  const recovery = await recoverGraphFolder(graphDir);
  if (recovery.finished) log('graph folder: finished a commit a crash had interrupted');
  if (recovery.removed.length) log(`graph folder: removed ${recovery.removed.length} stale temporary file(s)`);
  const build = async () => {
    log(`building the graph from ${options.articlesDir}/ …`);
    await (options.build ?? runBuild)({ articlesDir: options.articlesDir, outDir: graphDir });
    return loadQuickly(graphDir, log);
  };
  let rebuilt = await needsBuild(graphDir, options.articlesDir);
  let filesCurrent = true;
  let graph = rebuilt ? await build() : await loadQuickly(graphDir, log);
  const format = graphFormatOf(graph);
  if (!rebuilt && format !== GRAPH_FORMAT_VERSION) {
    const was = format === null ? 'no format version' : `format ${format}`;
    if (await hasFiles(options.articlesDir)) {
      log(`graph.json has ${was}, this version writes format ${GRAPH_FORMAT_VERSION}: rebuilding`);
      graph = await build();
      rebuilt = true;
    } else {
      log(`warning: graph.json has ${was}, this version writes format ${GRAPH_FORMAT_VERSION}, and ${options.articlesDir}/ holds no articles to rebuild it from: serving it as it is`);
      filesCurrent = false;
    }
  }
  // Read when a name key is first needed (a server reads them after listening).
  expectSearchKeys(graphDir);

  const repair = await repairJournal(graphDir);
  if (repair.cutBytes) log(`journal: cut a torn last line (${repair.cutBytes} bytes, kept in ${repair.savedTo})`);
  const { entries, damaged } = await readJournal(graphDir);
  if (damaged) log(`journal: ${damaged} unreadable line(s) skipped`);
  const present = articleIdsOf(graph);
  let replayed = 0;
  for (const entry of entries) {
    // A rebuild or a crash may have lost the article file; the journal has the article.
    if (!(await hasArticle(graphDir, entry.article.id))) await saveArticle(entry.article, graphDir);
    if (present.has(entry.article.id)) continue;
    // Extracted by another version: extract it again, as a graph of another format is rebuilt.
    const extraction = entry.formatVersion === GRAPH_FORMAT_VERSION ? entry.extraction : extractPosted(graph, entry.article);
    mergePosted(graph, extraction);
    present.add(entry.article.id);
    replayed++;
  }
  // A snapshot now makes the next start skip these entries (and the folder's files are the graph served).
  if (replayed) await writeGraphSnapshot(graph, graphDir);
  return { graph, rebuilt, replayed, journalIds: entries.map((e) => e.article.id), filesCurrent: filesCurrent || replayed > 0, articleIds: present, damagedJournalLines: damaged };
}

/**
 * The graph from its start files; from graph.json when they are missing or stale (a folder
 * written by an older version), and then they are written, so the next start is quick.
 */
async function loadQuickly(graphDir: string, log: (line: string) => void): Promise<KgGraph> {
  const graphJson = join(graphDir, GRAPH_FILE);
  const quick = await loadCoreGraph(graphDir, graphJson);
  if (quick) return quick;
  const graph = await loadGraph(graphDir);
  internStrings(graph);
  try {
    await writeCoreGraph(graph, graphDir, await identityOf(graphJson));
    log(`graph folder: wrote ${CORE_GRAPH_FILE} and ${EVIDENCE_FILE} for quicker starts`);
  } catch (error) {
    log(`warning: could not write ${CORE_GRAPH_FILE}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return graph;
}

/** graph.json missing, or older than some file of the articles folder. */
export async function needsBuild(graphDir: string, articlesDir: string): Promise<boolean> {
  const built = await mtimeOf(join(graphDir, GRAPH_FILE));
  if (built === null) return true;
  let names: string[];
  try {
    names = await readdir(articlesDir);
  } catch {
    return false;
  }
  for (const name of names) {
    const changed = await mtimeOf(join(articlesDir, name));
    if (changed !== null && changed > built) return true;
  }
  return false;
}

/** A folder with at least one entry; false when it is empty or cannot be read. */
async function hasFiles(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

async function hasArticle(graphDir: string, id: string): Promise<boolean> {
  return (await mtimeOf(join(graphDir, ARTICLES_DIR, `${id}.json`))) !== null;
}

async function mtimeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

