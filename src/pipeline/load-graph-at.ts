// The served graph as of a version, read from its folder: graph.json plus the first
// `journalEntries` entries of the journal, merged as a server start merges them. Lets a
// worker thread rebuild what the server holds without the server sending it over.
import type { KgGraph } from '../graph/build.ts';
import { loadGraph } from '../graph/store.ts';
import { articleIdsOf } from './article-ids-of.ts';
import { readJournal } from './journal.ts';
import { mergePosted } from './merge-posted.ts';

export async function loadGraphAt(graphDir: string, journalEntries: number): Promise<KgGraph> {
  const graph = await loadGraph(graphDir);
  const { entries } = await readJournal(graphDir);
  const present = articleIdsOf(graph);
  for (const entry of entries.slice(0, journalEntries)) {
    if (present.has(entry.article.id)) continue;
    mergePosted(graph, entry.extraction);
    present.add(entry.article.id);
  }
  return graph;
}
