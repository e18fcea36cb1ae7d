// A build whose worker thread fails while it saves leaves the graph folder as it was: the
// staged set is dropped, the committed one stays whole.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

import { runBuild } from '../../src/pipeline/run-build.ts';
import { articleFolder } from './article-folder.ts';

let breakWorker = false;
// The layout's worker thread, started on code that throws, as a worker that runs out of
// memory or hits a bug would.
vi.mock('../../src/pipeline/start-worker.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/start-worker.ts')>();
  const { Worker } = await import('node:worker_threads');
  return {
    startWorker: (module: URL, data: unknown) =>
      breakWorker && module.pathname.endsWith('layout-worker.ts')
        ? new Worker("throw new Error('the layout worker broke')", { eval: true })
        : actual.startWorker(module, data),
  };
});

// Article files written slowly, so a build can fail while some are still being written.
let slowWrites = false;
let writesInFlight = 0;
const WRITE_DELAY_MS = 300;
vi.mock('../../src/pipeline/article-files.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/pipeline/article-files.ts')>();
  return {
    ...actual,
    stageArticle: async (...args: Parameters<typeof actual.stageArticle>) => {
      writesInFlight++;
      try {
        if (slowWrites) await new Promise((resolve) => setTimeout(resolve, WRITE_DELAY_MS));
        await actual.stageArticle(...args);
      } finally {
        writesInFlight--;
      }
    },
  };
});

/** Every file under `dir` (the staging folders included) with its bytes. */
function contents(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name), 'latin1');
  return files;
}

describe('runBuild when a worker fails while it saves', () => {
  it('rejects with the worker’s reason and leaves the previous graph folder byte for byte', async () => {
    const { dir, articles, out, addSeed } = articleFolder('kg-build-fail-', { 'a.txt': '000_386c6d3f6793f036.txt' });
    await runBuild({ articlesDir: articles, outDir: out });
    const before = contents(out);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['/graph.json', '/graph.gexf', '/graph.core.jsonl', '/graph.evidence.jsonl', '/articles/a.json']));

    addSeed('001_8096ed5fa1050b32.txt', 'b.txt');
    breakWorker = true;
    await expect(runBuild({ articlesDir: articles, outDir: out })).rejects.toThrow('the layout worker broke');
    expect(contents(out)).toEqual(before);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);

    breakWorker = false;
    const { summary } = await runBuild({ articlesDir: articles, outDir: out });
    expect(summary.articles).toBe(2);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['a.json', 'b.json']);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('runBuild when reading fails while the first batches are extracted', () => {
  it('rejects with the reading’s error and leaves the previous graph folder byte for byte', async () => {
    const { dir, articles, out, addSeed } = articleFolder('kg-build-read-fail-', { 'a.txt': '000_386c6d3f6793f036.txt' });
    await runBuild({ articlesDir: articles, outDir: out });
    const before = contents(out);
    // Past one batch (100 articles), reading overlaps extraction.
    for (let i = 0; i < 250; i++) addSeed(`00${i % 5}_${['386c6d3f6793f036', '8096ed5fa1050b32', '3189ede4f95b37c8', 'ea277452b1a26da8', 'bc355209b628d6c9'][i % 5]}.txt`, `b${String(i).padStart(3, '0')}.txt`);
    // By file 200 the first batches have gone to the extraction workers.
    const onProgress = (stage: string, done: number) => {
      if (stage === 'reading' && done === 200) throw new Error('reading broke at file 200');
    };
    await expect(runBuild({ articlesDir: articles, outDir: out, onProgress })).rejects.toThrow('reading broke at file 200');
    expect(contents(out)).toEqual(before);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe('runBuild when it fails while article files are still being written', () => {
  it('waits for those writes before it drops the staging folder, and rejects with the failure’s reason', async () => {
    const { dir, articles, out, addSeed } = articleFolder('kg-build-fail-writes-', { 'a.txt': '000_386c6d3f6793f036.txt' });
    await runBuild({ articlesDir: articles, outDir: out });
    const before = contents(out);

    addSeed('001_8096ed5fa1050b32.txt', 'b.txt');
    slowWrites = true;
    breakWorker = true;
    try {
      await expect(runBuild({ articlesDir: articles, outDir: out })).rejects.toThrow('the layout worker broke');
      // Before the fix the folder was removed under them: a write then failed, or made it again.
      expect(writesInFlight).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 2 * WRITE_DELAY_MS));
      expect(contents(out)).toEqual(before);
      expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
    } finally {
      slowWrites = false;
      breakWorker = false;
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
