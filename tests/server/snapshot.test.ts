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
const ADDED = '深圳市对口支援喀什地区疏附县，援建疏附县人民医院。';

/** A copy of the seed graph in `dir`, with `prepare` run on its folder first. */
async function copyOfSeedGraph(prepare: (graphDir: string) => Promise<void> = async () => {}): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'kg-snapshot-'));
  const graphDir = join(dir, 'graph');
  await cp('graph/graph.json', join(graphDir, 'graph.json'));
  await prepare(graphDir);
  return graphDir;
}

/** Serves the folder, adds ADDED over the API and resolves once the server logged its snapshot. */
async function addAndSnapshot(graphDir: string, whileWriting: (server: RunningServer) => Promise<void> = async () => {}): Promise<RunningServer> {
  const settings = resolveSettings({ graphDir, articlesDir: join(dir, 'none'), webDir: join(dir, 'none'), port: 0, snapshotDelayMs: 50 });
  let snapshotted: () => void;
  const snapshot = new Promise<void>((resolve) => (snapshotted = resolve));
  running = await startServer(settings, (line) => line.startsWith('snapshot:') && snapshotted());
  const added = await fetch(`${running.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: ADDED }) });
  expect(added.status).toBe(201);
  await whileWriting(running);
  await snapshot;
  return running;
}

describe('snapshots after API adds', () => {
  it('rewrite graph.json in a worker soon after adds, while the server keeps answering', async () => {
    const graphDir = await copyOfSeedGraph();
    const before = await graphJson();
    expect(before.nodes.some((n) => n.key === '疏附县人民医院')).toBe(false);
    await addAndSnapshot(graphDir, async (server) => {
      // While the worker writes, the server answers.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });
    const after = await graphJson();
    expect(after.nodes.some((n) => n.key === '疏附县人民医院')).toBe(true);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
  });

  it('keep the name keys saved before and add those of new names', async () => {
    const graphDir = await copyOfSeedGraph(async (graphDir) => {
      // A key no computation gives shows that the worker read the file instead of computing it.
      const saved = JSON.parse(await readFile('graph/search-keys.json', 'utf8')) as { spellings: Record<string, string[]>; sorted: string[] };
      saved.spellings['上海市'] = ['上海市', 'shanghaishi-saved', 'shs'];
      saved.sorted = [...new Set([...saved.sorted, 'shanghaishi-saved'])].sort();
      await writeFile(join(graphDir, 'search-keys.json'), JSON.stringify(saved));
    });
    await addAndSnapshot(graphDir);
    const after = JSON.parse(await readFile(join(graphDir, 'search-keys.json'), 'utf8')) as { spellings: Record<string, string[]> };
    expect(after.spellings['上海市']).toEqual(['上海市', 'shanghaishi-saved', 'shs']);
    expect(after.spellings['疏附县人民医院']).toEqual(['疏附县人民医院', 'shufuxianrenminyiyuan', 'sfxrmyy']);
  });

  it('hand the served graph the node metrics the worker saved, equal to computing them', async () => {
    const server = await addAndSnapshot(await copyOfSeedGraph(), async (server) => {
      expect(hasMetrics(server.graph)).toBe(false);
    });
    expect(hasMetrics(server.graph)).toBe(true);
    const served = graphMetrics(server.graph);
    expect(served.nodes.get('疏附县人民医院')).toBeDefined();
    expect(served).toEqual(graphMetrics(server.graph.copy()));
  });

  it("export the folder's own GEXF while it is the graph served: the one the start found, then the snapshot's", async () => {
    // A folder GEXF no writer would give shows that the start's export is a copy of it.
    const marker = "<!-- the folder's file -->";
    const graphDir = await copyOfSeedGraph(async (graphDir) => {
      await writeFile(join(graphDir, 'graph.gexf'), `${await readFile('graph/graph.gexf', 'utf8')}${marker}`);
    });
    const exportText = async (server: RunningServer) => (await fetch(`${server.url}/api/export?format=gexf`, { headers: { 'accept-encoding': 'identity' } })).text();
    const server = await addAndSnapshot(graphDir, async (server) => {
      // Added and not yet in the folder: written from the graph, with the new article.
      const added = await exportText(server);
      expect(added).not.toContain(marker);
      expect(added).toContain('疏附县人民医院');
    });
    const folder = await readFile(join(graphDir, 'graph.gexf'), 'utf8');
    expect(folder).toContain('疏附县人民医院');
    expect(await exportText(server)).toBe(folder);
  });

  it("export the folder's GEXF as the start found it, before any add", async () => {
    const marker = "<!-- the folder's file -->";
    const graphDir = await copyOfSeedGraph(async (graphDir) => {
      await writeFile(join(graphDir, 'graph.gexf'), `${await readFile('graph/graph.gexf', 'utf8')}${marker}`);
    });
    const settings = resolveSettings({ graphDir, articlesDir: join(dir, 'none'), webDir: join(dir, 'none'), port: 0 });
    running = await startServer(settings, () => {});
    const res = await fetch(`${running.url}/api/export?format=gexf`, { headers: { 'accept-encoding': 'identity' } });
    expect(await res.text()).toBe(await readFile(join(graphDir, 'graph.gexf'), 'utf8'));
  });
});
