import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { saveGraph } from '../../src/graph/store.ts';
import { loadServedGraph } from '../../src/pipeline/load-served-graph.ts';
import { SEARCH_KEYS_FILE, readSearchKeysSoon, writeSearchKeys } from '../../src/pipeline/search-keys-file.ts';
import { search } from '../../src/query/search.ts';
import { keyRank, spellingKey } from '../../src/query/spelling-keys.ts';
import { tinyGraph } from '../query/tiny-graph.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('search-keys.json', () => {
  it('holds the keys of every name and alias', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-keys-'));
    dirs.push(dir);
    await writeSearchKeys(tinyGraph(), dir);
    const { spellings, sorted } = JSON.parse(await readFile(join(dir, SEARCH_KEYS_FILE), 'utf8'));
    expect(spellings['策勒县第一小学']).toEqual(['策勒县第一小学', 'celexiandiyixiaoxue', 'clxdyxx']);
    expect(spellings['天津']).toEqual(['天津', 'tianjin', 'tj']);
    // Every key once, in the order the name index sorts them.
    const every = [...new Set(Object.values(spellings as Record<string, string[]>).flat())];
    expect(sorted).toEqual(every.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('is read back by a server start, keys and order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-keys-'));
    dirs.push(dir);
    const graph = tinyGraph();
    await saveGraph(graph, dir);
    await writeSearchKeys(graph, dir);
    const { spellings, sorted } = JSON.parse(await readFile(join(dir, SEARCH_KEYS_FILE), 'utf8'));
    spellings['于田县'] = ['于田县', 'yutianxian-saved', 'ytx'];
    await writeFile(join(dir, SEARCH_KEYS_FILE), JSON.stringify({ spellings, sorted: [...sorted, 'yutianxian-saved'].sort() }));
    const served = await loadServedGraph({ graphDir: dir, articlesDir: join(dir, 'none') });
    expect(search(served.graph, { q: 'yutianxian-s' }).map((r) => r.node)).toEqual(['于田县']);
    expect(search(served.graph, { q: 'ce' }).map((r) => r.node)).toEqual(search(tinyGraph(), { q: 'ce' }).map((r) => r.node));
  });

  it('is read in its older shape too (the spellings alone)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-keys-'));
    dirs.push(dir);
    const graph = tinyGraph();
    graph.addNode('乌恰县', { ...graph.getNodeAttributes('于田县'), label: '乌恰县', aliases: [] });
    await saveGraph(graph, dir);
    // A saved key the index could not compute itself shows that the file was read.
    await writeFile(join(dir, SEARCH_KEYS_FILE), JSON.stringify({ 乌恰县: ['乌恰县', 'wuqiaxian-saved', 'wqx'] }));
    const served = await loadServedGraph({ graphDir: dir, articlesDir: join(dir, 'none') });
    expect(search(served.graph, { q: 'wuqiaxian-s' }).map((r) => r.node)).toEqual(['乌恰县']);
  });

  /** A keys file of made-up spellings, whose saved keys no computation gives. */
  async function madeUpKeys(prefix: string, count: number): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'kg-keys-'));
    dirs.push(dir);
    const spellings = Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}县`, [`${prefix}${i}县`, `${prefix}-saved-${i}`]]));
    const sorted = Object.values(spellings).flat().sort();
    await writeFile(join(dir, SEARCH_KEYS_FILE), JSON.stringify({ spellings, sorted }));
    return dir;
  }

  it('is read after a start listens, a slice at a time, between turns of the event loop', async () => {
    const dir = await madeUpKeys('甲', 10_000);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const reading = readSearchKeysSoon(dir, 1);
    expect(await reading).toBe(10_000);
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(2);
    expect(spellingKey('甲7县')).toEqual(['甲7县', '甲-saved-7']);
    expect(keyRank('甲-saved-7')).toBeDefined();
  });

  it('is read at once when a key is asked for before the slices are done', async () => {
    const dir = await madeUpKeys('乙', 10_000);
    const reading = readSearchKeysSoon(dir, 1);
    expect(spellingKey('乙9999县')).toEqual(['乙9999县', '乙-saved-9999']);
    // Read by the key asked for, so the slices stop.
    expect(await reading).toBe(0);
    expect(keyRank('乙-saved-0')).toBeDefined();
  });

  it('is skipped when missing, the keys then computed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-keys-'));
    dirs.push(dir);
    expect(await readSearchKeysSoon(dir, 1)).toBe(0);
    expect(spellingKey('丙丁县')).toEqual(['丙丁县', 'bingdingxian', 'bdx']);
  });
});
