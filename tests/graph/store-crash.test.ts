// A writer that dies between writing the temp file and renaming it must leave the old file.
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildGraph } from '../../src/graph/build.ts';
import { loadGraph, saveGraph } from '../../src/graph/store.ts';
import { EXTRACTION_1, EXTRACTION_2 } from './fixtures.ts';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('saveGraph when the rename fails', () => {
  it('keeps the previous graph.json and cleans up its temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    dirs.push(dir);
    saveGraph(buildGraph([EXTRACTION_1]), dir);
    const before = readFileSync(join(dir, 'graph.json'), 'utf8');

    const rename = vi.mocked(fs.renameSync);
    let tempSeen = '';
    // graph.gexf goes through; the process "dies" before graph.json's rename.
    rename.mockImplementation((from, to) => {
      if (!String(to).endsWith('graph.json')) return realFs.renameSync(from, to);
      tempSeen = String(from);
      expect(readdirSync(dir)).toContain(tempSeen.slice(dir.length + 1)); // written, not yet renamed
      throw Object.assign(new Error('disk vanished'), { code: 'EIO' });
    });
    try {
      expect(() => saveGraph(buildGraph([EXTRACTION_1, EXTRACTION_2]), dir)).toThrow('disk vanished');
    } finally {
      rename.mockRestore();
    }

    expect(tempSeen).toBe(join(dir, `graph.json.${process.pid}.tmp`));
    expect(readFileSync(join(dir, 'graph.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['graph.gexf', 'graph.json']);
    expect(loadGraph(dir).getNodeAttribute('阿克陶县', 'mentions')).toBe(1);
  });
});
