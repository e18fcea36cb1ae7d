// graph/journal.jsonl: one line per article added over the API, holding the article
// as written and its extraction. Appending a line is the commit point of an add, so
// an add costs one small write however large the graph is; on start the lines not
// yet in graph.json are merged again (see load-served-graph.ts).
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Article, Extraction } from '../types.ts';

export const JOURNAL_FILE = 'journal.jsonl';

export interface JournalEntry {
  article: Article;
  extraction: Extraction;
  /** ISO time of the add. */
  at: string;
}

export async function appendJournal(graphDir: string, entry: JournalEntry): Promise<void> {
  const file = await open(join(graphDir, JOURNAL_FILE), 'a');
  try {
    await file.appendFile(`${JSON.stringify(entry)}\n`, 'utf8');
    // Durable before the client hears "created".
    await file.datasync();
  } finally {
    await file.close();
  }
}

/** Entries in order; a line cut short by a crash (or otherwise unreadable) is counted, not fatal. */
export async function readJournal(graphDir: string): Promise<{ entries: JournalEntry[]; damaged: number }> {
  let text: string;
  try {
    text = await readFile(join(graphDir, JOURNAL_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], damaged: 0 };
    throw error;
  }
  const entries: JournalEntry[] = [];
  let damaged = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as JournalEntry;
      if (typeof entry?.article?.id === 'string' && typeof entry.extraction?.article === 'string') entries.push(entry);
      else damaged++;
    } catch {
      damaged++;
    }
  }
  return { entries, damaged };
}
