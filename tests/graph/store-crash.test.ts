// A writer that dies between writing the temp file and renaming it must leave the old file.
import * as fsp from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildGraph } from '../../src/graph/build.ts';
import { loadGraph, saveGraph } from '../../src/graph/store.ts';
import { EXTRACTION_1, EXTRACTION_2 } from './fixtures.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

const realFs = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('saveGraph when the rename fails', () => {
  it('keeps the previous graph.json and cleans up its temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    dirs.push(dir);
    await saveGraph(buildGraph([EXTRACTION_1]), dir);
    const before = readFileSync(join(dir, 'graph.json'), 'utf8');

    const rename = vi.mocked(fsp.rename);
    let tempSeen = '';
    // The process "dies" before graph.json's rename.
    rename.mockImplementation(async (from, to) => {
      if (!String(to).endsWith('graph.json')) return realFs.rename(from, to);
      tempSeen = String(from);
      expect(readdirSync(dir)).toContain(tempSeen.slice(dir.length + 1)); // written, not yet renamed
      throw Object.assign(new Error('disk vanished'), { code: 'EIO' });
    });
    try {
      await expect(saveGraph(buildGraph([EXTRACTION_1, EXTRACTION_2]), dir)).rejects.toThrow('disk vanished');
    } finally {
      rename.mockRestore();
    }

    expect(tempSeen).toBe(join(dir, `graph.json.${process.pid}.tmp`));
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['graph.json']);
    expect((await loadGraph(dir)).getNodeAttribute('阿克陶县', 'mentions')).toBe(1);
  });
});
