import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { PIECE_BYTES, createExportBytes, readPieces } from '../../src/server/export-bytes.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-export-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, size: Buffer.byteLength(text) };
};
const text = (pieces: readonly Buffer[] | undefined) => pieces && Buffer.concat(pieces).toString('utf8');
/** Asks until the bytes are kept (they are read in the background after the first ask). */
async function keptBytes(bytes: ReturnType<typeof createExportBytes>, path: string, size: number): Promise<readonly Buffer[] | undefined> {
  for (let i = 0; i < 100; i++) {
    const kept = bytes.get(path, size);
    if (kept) return kept;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return undefined;
}

describe('createExportBytes', () => {
  it('reads a file after its first ask and keeps its bytes, which outlive the file', async () => {
    const bytes = createExportBytes(1000);
    const { path, size } = file('a.gexf', '<gexf>援疆</gexf>');
    expect(bytes.get(path, size)).toBeUndefined();
    expect(text(await keptBytes(bytes, path, size))).toBe('<gexf>援疆</gexf>');
    await rm(path);
    expect(text(bytes.get(path, size))).toBe('<gexf>援疆</gexf>');
  });

  it('never reads a file bigger than the budget', async () => {
    const bytes = createExportBytes(10);
    const { path, size } = file('big.csv', 'x'.repeat(11));
    expect(bytes.get(path, size)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bytes.get(path, size)).toBeUndefined();
  });

  it('drops the least recently sent files to stay within the budget', async () => {
    const bytes = createExportBytes(25);
    const a = file('1.csv', 'a'.repeat(10));
    const b = file('2.csv', 'b'.repeat(10));
    const c = file('3.csv', 'c'.repeat(10));
    await keptBytes(bytes, a.path, a.size);
    await keptBytes(bytes, b.path, b.size);
    // a sent again, so b is the one to go when c comes.
    expect(bytes.get(a.path, a.size)).toBeDefined();
    await keptBytes(bytes, c.path, c.size);
    expect(text(bytes.get(a.path, a.size))).toBe('a'.repeat(10));
    expect(text(bytes.get(c.path, c.size))).toBe('c'.repeat(10));
    expect(bytes.get(b.path, b.size)).toBeUndefined();
  });

  it('does not keep a file dropped while it was being read', async () => {
    const bytes = createExportBytes(1000);
    const { path, size } = file('dropped.json', '{"nodes":[]}');
    expect(bytes.get(path, size)).toBeUndefined();
    bytes.drop(path);
    await rm(path);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bytes.get(path, size)).toBeUndefined();
  });
});

describe('readPieces', () => {
  it('reads a file in whole pieces and a last, shorter one that holds only its own bytes', async () => {
    const bytes = randomBytes(2.5 * PIECE_BYTES);
    const { path } = file('pieces.gexf', bytes);
    const pieces = await readPieces(path);
    expect(pieces.map((p) => p.length)).toEqual([PIECE_BYTES, PIECE_BYTES, PIECE_BYTES / 2]);
    expect(pieces[2]!.buffer.byteLength).toBe(PIECE_BYTES / 2);
    expect(Buffer.concat(pieces).equals(bytes)).toBe(true);
  });

  it('reads an empty file as no pieces', async () => {
    expect(await readPieces(file('empty.csv', '').path)).toEqual([]);
  });
});
