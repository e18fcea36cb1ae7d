import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { resolveSettings } from '../../src/config.ts';
import { graphMetrics, hasMetrics } from '../../src/graph/metrics.ts';
import { startServer } from '../../src/server/start-server.ts';
import type { RunningServer } from '../../src/server/start-server.ts';

let dir: string;
let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
  await rm(dir, { recursive: true, force: true });
});

const graphJson = async () => JSON.parse(await readFile(join(dir, 'graph', 'graph.json'), 'utf8')) as { nodes: Array<{ key: string }> };

describe('snapshots after API adds', () => {
  it('rewrite graph.json in a worker soon after adds, while the server keeps answering', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-snapshot-'));
    await cp('graph/graph.json', join(dir, 'graph', 'graph.json'));
    const settings = resolveSettings({ graphDir: join(dir, 'graph'), articlesDir: join(dir, 'none'), webDir: join(dir, 'none'), port: 0, snapshotDelayMs: 50 });
    running = await startServer(settings, () => {});
    const before = await graphJson();
    expect(before.nodes.some((n) => n.key === '疏附县人民医院')).toBe(false);

    const added = await fetch(`${running.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '深圳市对口支援喀什地区疏附县，援建疏附县人民医院。' }),
    });
    expect(added.status).toBe(201);
    // While the worker writes, the server answers.
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    for (let i = 0; i < 200 && !(await graphJson()).nodes.some((n) => n.key === '疏附县人民医院'); i++) await new Promise((r) => setTimeout(r, 100));
    const after = await graphJson();
    expect(after.nodes.some((n) => n.key === '疏附县人民医院')).toBe(true);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
  });

  it('keep the name keys saved before and add those of new names', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-snapshot-'));
    await cp('graph/graph.json', join(dir, 'graph', 'graph.json'));
    await cp('graph/search-keys.json', join(dir, 'graph', 'search-keys.json'));
    // A key no computation gives shows that the worker read the file instead of computing it.
    const keysFile = join(dir, 'graph', 'search-keys.json');
    const saved = JSON.parse(await readFile(keysFile, 'utf8')) as { spellings: Record<string, string[]>; sorted: string[] };
    saved.spellings['上海市'] = ['上海市', 'shanghaishi-saved', 'shs'];
    saved.sorted = [...new Set([...saved.sorted, 'shanghaishi-saved'])].sort();
    await writeFile(keysFile, JSON.stringify(saved));
    const settings = resolveSettings({ graphDir: join(dir, 'graph'), articlesDir: join(dir, 'none'), webDir: join(dir, 'none'), port: 0, snapshotDelayMs: 50 });
    let snapshotted: () => void;
    const snapshot = new Promise<void>((resolve) => (snapshotted = resolve));
    running = await startServer(settings, (line) => line.startsWith('snapshot:') && snapshotted());
    const added = await fetch(`${running.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '深圳市对口支援喀什地区疏附县，援建疏附县人民医院。' }),
    });
    expect(added.status).toBe(201);
    await snapshot;
    const after = JSON.parse(await readFile(keysFile, 'utf8')) as { spellings: Record<string, string[]> };
    expect(after.spellings['上海市']).toEqual(['上海市', 'shanghaishi-saved', 'shs']);
    expect(after.spellings['疏附县人民医院']).toEqual(['疏附县人民医院', 'shufuxianrenminyiyuan', 'sfxrmyy']);
  });

  it('hand the served graph the node metrics the worker saved, equal to computing them', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-snapshot-'));
    await cp('graph/graph.json', join(dir, 'graph', 'graph.json'));
    const settings = resolveSettings({ graphDir: join(dir, 'graph'), articlesDir: join(dir, 'none'), webDir: join(dir, 'none'), port: 0, snapshotDelayMs: 50 });
    let snapshotted: () => void;
    const snapshot = new Promise<void>((resolve) => (snapshotted = resolve));
    running = await startServer(settings, (line) => line.startsWith('snapshot:') && snapshotted());
    const added = await fetch(`${running.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '深圳市对口支援喀什地区疏附县，援建疏附县人民医院。' }),
    });
    expect(added.status).toBe(201);
    expect(hasMetrics(running.graph)).toBe(false);
    await snapshot;
    expect(hasMetrics(running.graph)).toBe(true);
    const served = graphMetrics(running.graph);
    expect(served.nodes.get('疏附县人民医院')).toBeDefined();
    expect(served).toEqual(graphMetrics(running.graph.copy()));
  });
});
