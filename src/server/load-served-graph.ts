// The graph a server starts with: rebuilt from the articles when graph.json is missing
// or older than any of them, then the journal's API-added articles merged back in.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { KgGraph } from '../graph/build.ts';
import { loadGraph, saveArticle, saveGraph } from '../graph/store.ts';
import { articleIdsOf } from './article-store.ts';
import { readJournal } from './journal.ts';
import { mergePosted } from './merge-posted.ts';

export interface LoadOptions {
  graphDir: string;
  articlesDir: string;
  /** The build command (src/cli/build.ts `runBuild`), injected so tests can count calls. */
  build: (options: { articlesDir: string; outDir: string; quiet?: boolean }) => Promise<unknown>;
  log?: (line: string) => void;
}

export interface ServedGraph {
  graph: KgGraph;
  rebuilt: boolean;
  /** Journal entries merged on top of graph.json, and ids of every API-added article. */
  replayed: number;
  journalIds: string[];
  damagedJournalLines: number;
}

export async function loadServedGraph(options: LoadOptions): Promise<ServedGraph> {
  const log = options.log ?? (() => {});
  const rebuilt = await needsBuild(options.graphDir, options.articlesDir);
  if (rebuilt) {
    log(`building the graph from ${options.articlesDir}/ …`);
    await options.build({ articlesDir: options.articlesDir, outDir: options.graphDir, quiet: true });
  }
  const graph = await loadGraph(options.graphDir);

  const { entries, damaged } = await readJournal(options.graphDir);
  if (damaged) log(`journal: ${damaged} unreadable line(s) skipped`);
  const present = articleIdsOf(graph);
  let replayed = 0;
  for (const entry of entries) {
    if (present.has(entry.article.id)) continue;
    // A rebuild writes only the source articles: restore API-added ones too.
    await saveArticle(entry.article, options.graphDir);
    mergePosted(graph, entry.extraction);
    present.add(entry.article.id);
    replayed++;
  }
  // A snapshot now makes the next start skip these entries.
  if (replayed) await saveGraph(graph, options.graphDir);
  return { graph, rebuilt, replayed, journalIds: entries.map((e) => e.article.id), damagedJournalLines: damaged };
}

/** graph.json missing, or older than some file of the articles folder. */
export async function needsBuild(graphDir: string, articlesDir: string): Promise<boolean> {
  const built = await mtimeOf(join(graphDir, 'graph.json'));
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

async function mtimeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}
