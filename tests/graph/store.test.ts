import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { KgError, NotFoundError } from '../../src/errors.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { concatParts, graphJsonSections, loadGraph, piecesOf, saveGraph, spill, writeFileAtomic } from '../../src/graph/store.ts';
import { EXTRACTION_1, EXTRACTION_2 } from './fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('saveGraph / loadGraph', () => {
  it('round-trips the graph through graph.json', async () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    await saveGraph(graph, dir);
    expect((await loadGraph(dir)).export()).toEqual(graph.export());
  });

  it('writes graph.json alone (exports are the pipeline’s), and no temp files', async () => {
    await saveGraph(buildGraph([EXTRACTION_1]), dir);
    expect(readdirSync(dir).sort()).toEqual(['graph.json']);
  });

  it('replaces the previous graph', async () => {
    await saveGraph(buildGraph([EXTRACTION_1]), dir);
    await saveGraph(buildGraph([EXTRACTION_2]), dir);
    expect((await loadGraph(dir)).hasNode('南昌大学第一附属医院')).toBe(false);
  });

  it('says how to build the graph when there is none', async () => {
    const error = await caught(() => loadGraph(join(dir, 'nowhere')));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as KgError).hint).toContain('npm run kg -- build');
  });

  it.each([
    ['truncated JSON', '{"nodes":[{"key":"江西省"'],
    ['JSON that is not a graph', '{"hello":"world"}'],
    ['an edge to a missing node', '{"options":{"type":"directed","multi":true},"nodes":[],"edges":[{"key":"e","source":"a","target":"b"}]}'],
  ])('names the file when graph.json holds %s', async (_what, text) => {
    writeFileSync(join(dir, 'graph.json'), text);
    const error = await caught(() => loadGraph(dir));
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('INVALID_INPUT');
    expect((error as KgError).message).toContain('graph.json');
  });
});

describe('writeFileAtomic', () => {
  it('writes through <file>.<pid>.tmp and leaves only the file', async () => {
    const file = join(dir, 'graph.json');
    await writeFileAtomic(file, '{}');
    expect(readdirSync(dir)).toEqual(['graph.json']);
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });

  it('leaves a stray temp file of a crashed writer out of the loaded graph', async () => {
    await saveGraph(buildGraph([EXTRACTION_1]), dir);
    writeFileSync(join(dir, `graph.json.${process.pid}.tmp`), '{"nodes":[{"key":');
    expect((await loadGraph(dir)).hasNode('江西省')).toBe(true);
  });

  it('writes one file one save at a time, so concurrent saves end with the last one whole', async () => {
    const file = join(dir, 'graph.json');
    const texts = Array.from({ length: 20 }, (_, i) => JSON.stringify({ i, pad: '字'.repeat(50_000 + i) }));
    await Promise.all(texts.map((text) => writeFileAtomic(file, text)));
    expect(readFileSync(file, 'utf8')).toBe(texts[19]);
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });
});

describe('piecesOf / writeFileAtomic of pieces', () => {
  // 𠮷 (U+20BB7) is two UTF-16 code units: a cut between them would write two U+FFFD.
  const text = '吉𠮷'.repeat(1000);

  it('cuts text into pieces that join back, never inside a surrogate pair', () => {
    const pieces = [...piecesOf(text, 10)];
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece).toBe(Buffer.from(piece, 'utf8').toString('utf8'));
  });

  it('writes the pieces as the whole text', async () => {
    await writeFileAtomic(join(dir, 'big.txt'), piecesOf(text, 7));
    expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toBe(text);
  });

  it('writes parts as the UTF-8 of their joined text: pairs cut between parts, many MB of 3- and 4-byte characters, bytes between, a lone surrogate', async () => {
    const before = ['a\uD842', '\uDFB7b', ...Array.from({ length: 3000 }, (_, i) => `援疆${i}😀`.repeat(200)), '吉\uD842'];
    const bytes = Buffer.from([0, 1, 2, 0xff]);
    const after = ['\uDFB7', 'x'.repeat(3 << 20), '\uD83D', '\uDE00', 'z\uD83D'];
    await writeFileAtomic(join(dir, 'parts.txt'), concatParts(before, (async function* () {
      yield bytes;
    })(), after));
    const expected = Buffer.concat([Buffer.from(before.join(''), 'utf8'), bytes, Buffer.from(after.join(''), 'utf8')]);
    expect(readFileSync(join(dir, 'parts.txt')).equals(expected)).toBe(true);
  });
});

describe('spill / concatParts', () => {
  it('gives back what it wrote, byte for byte, as parts of another file, and removes its scratch file', async () => {
    // 3-byte characters and a 4-byte one across the 1 MiB reads.
    const parts = Array.from({ length: 400 }, (_, i) => `援疆${i}😀`.repeat(997));
    const spilled = await spill(join(dir, 'edges.scratch'), parts);
    expect(readdirSync(dir)).toEqual(['edges.scratch']);
    await writeFileAtomic(join(dir, 'whole.txt'), concatParts(['<head>'], spilled, ['<end>']));
    expect(readFileSync(join(dir, 'whole.txt'), 'utf8')).toBe(`<head>${parts.join('')}<end>`);
    expect(readdirSync(dir)).toEqual(['whole.txt']);
  });
});

describe('graphJsonSections', () => {
  it('adds up to graphJsonParts, edges apart', () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    const { nodes, edges, end } = graphJsonSections(graph);
    expect([...nodes, ...edges, end].join('')).toBe(JSON.stringify(graph.export()));
    expect([...edges].join('')).toMatch(/^\{"key":/);
  });
});
