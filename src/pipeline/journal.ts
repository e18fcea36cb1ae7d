// graph/journal.jsonl: one line per article added over the API, holding the article
// as written and its extraction. Appending a line is the commit point of an add, so
// an add costs one small write however large the graph is; on start the lines not
// yet in graph.json are merged again (see load-served-graph.ts).
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFileAtomic } from '../graph/store.ts';
import { isArticleId } from '../ingest/article-id.ts';
import type { Article, Extraction } from '../types.ts';

export const JOURNAL_FILE = 'journal.jsonl';
/** Bytes of a torn last line are kept in `journal.jsonl.torn-<time>` beside the journal. */
export const TORN_PREFIX = `${JOURNAL_FILE}.torn-`;

export interface JournalEntry {
  article: Article;
  extraction: Extraction;
  /** ISO time of the add. */
  at: string;
  /** GRAPH_FORMAT_VERSION of the extraction; a replay under another one extracts the article again. */
  formatVersion?: number;
}

/**
 * Appends one line in one write and syncs it before resolving, so a "created" answer means
 * the entry survives a crash. A failed append is cut off again, so no fragment is left for
 * the next entry to land on.
 */
export async function appendJournal(graphDir: string, entry: JournalEntry): Promise<void> {
  const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
  const file = await open(join(graphDir, JOURNAL_FILE), 'a');
  try {
    const { size } = await file.stat();
    try {
      // One write(2); the loop runs again only if the kernel takes less, which files do not.
      for (let done = 0; done < line.length; ) done += (await file.write(line, done, line.length - done)).bytesWritten;
      await file.datasync();
    } catch (error) {
      await file.truncate(size).catch(() => undefined);
      throw error;
    }
  } finally {
    await file.close();
  }
}

export interface JournalRepair {
  /** Bytes cut from the end: a line a crash left unfinished. */
  cutBytes: number;
  /** Where they were kept. */
  savedTo?: string;
}

/**
 * Cuts a torn last line (a crash in the middle of an append) so that the next append starts
 * on a line of its own; the cut bytes are kept beside the journal. Call before any append.
 */
export async function repairJournal(graphDir: string): Promise<JournalRepair> {
  let file;
  try {
    file = await open(join(graphDir, JOURNAL_FILE), 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cutBytes: 0 };
    throw error;
  }
  try {
    const { size } = await file.stat();
    const keep = await endOfLastLine(file, size);
    if (keep === size) return { cutBytes: 0 };
    const torn = Buffer.alloc(size - keep);
    await file.read(torn, 0, torn.length, keep);
    const savedTo = join(graphDir, `${TORN_PREFIX}${new Date().toISOString().replace(/[:.]/g, '-')}`);
    await writeFileAtomic(savedTo, torn);
    await file.truncate(keep);
    await file.sync();
    return { cutBytes: torn.length, savedTo };
  } finally {
    await file.close();
  }
}

/** Offset just past the last newline (0 when there is none), reading back from the end. */
async function endOfLastLine(file: Awaited<ReturnType<typeof open>>, size: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunk.length);
    const { bytesRead } = await file.read(chunk, 0, end - start, start);
    const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (at !== -1) return start + at + 1;
    end = start;
  }
  return 0;
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
      if (isArticleId(entry?.article?.id) && typeof entry.article.text === 'string' && entry.extraction?.article === entry.article.id)
        entries.push(entry);
      else damaged++;
    } catch {
      damaged++;
    }
  }
  return { entries, damaged };
}
