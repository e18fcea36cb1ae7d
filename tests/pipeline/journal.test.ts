// The journal is the commit point of a posted article: what answered 201 must come back.
import * as fsp from 'node:fs/promises';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { saveGraph } from '../../src/graph/store.ts';
import { createArticleStore } from '../../src/pipeline/article-store.ts';
import { appendJournal, JOURNAL_FILE, readJournal, repairJournal, TORN_PREFIX } from '../../src/pipeline/journal.ts';
import type { JournalEntry } from '../../src/pipeline/journal.ts';
import { loadServedGraph } from '../../src/pipeline/load-served-graph.ts';
import { createApp } from '../../src/server/create-app.ts';
import { tinyGraph } from '../query/tiny-graph.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, open: vi.fn(actual.open) };
});
const realFs = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-journal-'));
});
afterEach(() => {
  vi.mocked(fsp.open).mockImplementation(realFs.open);
  rmSync(dir, { recursive: true, force: true });
});

const entry = (id: string, text = '天津市对口支援策勒县。'): JournalEntry => ({
  article: { id, text },
  extraction: { article: id, entities: [], relations: [] },
  at: '2025-01-01T00:00:00.000Z',
});
const journal = () => join(dir, JOURNAL_FILE);

describe('repairJournal', () => {
  it('cuts a torn last line, keeps its bytes beside the journal, and leaves whole lines', async () => {
    await appendJournal(dir, entry('post_a'));
    const whole = readFileSync(journal(), 'utf8');
    appendFileSync(journal(), '{"article":{"id":"post_b","text":"天津');
    const repair = await repairJournal(dir);
    expect(repair.cutBytes).toBe(Buffer.byteLength('{"article":{"id":"post_b","text":"天津'));
    expect(readFileSync(journal(), 'utf8')).toBe(whole);
    const kept = readdirSync(dir).filter((name) => name.startsWith(TORN_PREFIX));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('{"article":{"id":"post_b","text":"天津');
  });

  it('cuts a journal that is only a fragment to nothing', async () => {
    writeFileSync(journal(), '{"artic');
    expect((await repairJournal(dir)).cutBytes).toBe(7);
    expect(statSync(journal()).size).toBe(0);
  });

  it('leaves a whole journal, and a missing one, as they are', async () => {
    expect(await repairJournal(dir)).toEqual({ cutBytes: 0 });
    await appendJournal(dir, entry('post_a'));
    expect(await repairJournal(dir)).toEqual({ cutBytes: 0 });
    expect(readdirSync(dir)).toEqual([JOURNAL_FILE]);
  });

  it('finds the last line end of a torn entry longer than its read buffer (over 512 KiB)', async () => {
    await appendJournal(dir, entry('post_a'));
    const before = statSync(journal()).size;
    appendFileSync(journal(), `{"article":{"id":"post_b","text":"${'疆'.repeat(400_000)}`);
    expect((await repairJournal(dir)).cutBytes).toBe(statSync(join(dir, readdirSync(dir).find((n) => n.startsWith(TORN_PREFIX))!)).size);
    expect(statSync(journal()).size).toBe(before);
  });
});

describe('appendJournal', () => {
  it('writes an entry in one write, however large', async () => {
    const writes: number[] = [];
    vi.mocked(fsp.open).mockImplementation(async (...args: Parameters<typeof realFs.open>) => {
      const handle = await realFs.open(...args);
      const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<{ bytesWritten: number }>;
      (handle as unknown as { write: unknown }).write = async (...a: unknown[]) => {
        const result = await write(...a);
        writes.push(result.bytesWritten);
        return result;
      };
      return handle;
    });
    const big = entry('post_big', '疆'.repeat(300_000));
    await appendJournal(dir, big);
    expect(writes).toEqual([Buffer.byteLength(`${JSON.stringify(big)}\n`)]);
    expect((await readJournal(dir)).entries).toEqual([big]);
  });

  it('leaves no fragment when a write fails half way, so the next entry starts on its own line', async () => {
    await appendJournal(dir, entry('post_a'));
    const size = statSync(journal()).size;
    vi.mocked(fsp.open).mockImplementationOnce(async (...args: Parameters<typeof realFs.open>) => {
      const handle = await realFs.open(...args);
      (handle as unknown as { write: unknown }).write = async (buffer: Buffer) => {
        await realFs.appendFile(journal(), buffer.subarray(0, 10));
        throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      };
      return handle;
    });
    await expect(appendJournal(dir, entry('post_b'))).rejects.toThrow('no space left');
    expect(statSync(journal()).size).toBe(size);
    await appendJournal(dir, entry('post_c'));
    expect((await readJournal(dir)).entries.map((e) => e.article.id)).toEqual(['post_a', 'post_c']);
  });
});

describe('a torn journal at start-up', () => {
  it('loses no article posted after it: tear, restart, post, crash, restart, the article is there', async () => {
    const graphDir = join(dir, 'graph');
    await fsp.mkdir(graphDir);
    await saveGraph(tinyGraph(), graphDir);
    const none = join(dir, 'no-articles');
    writeFileSync(join(graphDir, JOURNAL_FILE), '{"article":{"id":"post_torn","text":"天津');

    const first = await loadServedGraph({ graphDir, articlesDir: none });
    const app = createApp({
      graph: first.graph,
      articles: createArticleStore({ graph: first.graph, graphDir, known: first.journalIds }),
      settings: { graphDir, webDir: join(dir, 'web') },
    });
    const text = '新华社电 天津市对口支援和田地区策勒县，援建策勒县第二中学。';
    const posted = await request(app).post('/api/articles').send({ text });
    expect(posted.status).toBe(201);
    // No close, no snapshot: the process is gone. What the next start sees is the disk.

    const second = await loadServedGraph({ graphDir, articlesDir: none });
    expect(second.journalIds).toEqual([posted.body.id]);
    expect(second.damagedJournalLines).toBe(0);
    expect(second.graph.hasNode('策勒县第二中学')).toBe(true);
    const again = createApp({
      graph: second.graph,
      articles: createArticleStore({ graph: second.graph, graphDir, known: second.journalIds }),
      settings: { graphDir, webDir: join(dir, 'web') },
    });
    expect((await request(again).get(`/api/articles/${posted.body.id}`)).body.text).toBe(text);
  });
});
