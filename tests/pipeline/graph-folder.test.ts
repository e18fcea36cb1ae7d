// A graph folder's files change as one set: staged, committed at one point, finished after a crash.
import * as fsp from 'node:fs/promises';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { buildGraph } from '../../src/graph/build.ts';
import { graphMetrics } from '../../src/graph/metrics.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { listArticleIds } from '../../src/pipeline/article-files.ts';
import { loadCoreGraph } from '../../src/pipeline/core-graph-files.ts';
import { recoverGraphFolder, stageGraphFolder, writeGraphSnapshot } from '../../src/pipeline/graph-folder.ts';
import { ARTICLE_1, ARTICLE_2, EXTRACTION_1, EXTRACTION_2 } from '../graph/fixtures.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, rename: vi.fn(actual.rename) };
});
const realFs = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');

const OLD = { graph: () => buildGraph([EXTRACTION_1]), articles: [{ id: 'jx-2023-001', text: ARTICLE_1 }] };
const NEW = {
  graph: () => buildGraph([EXTRACTION_1, EXTRACTION_2]),
  articles: [
    { id: 'jx-2023-001', text: ARTICLE_1 },
    { id: 'jx-2023-002', text: ARTICLE_2 },
  ],
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-folder-'));
});
afterEach(() => {
  vi.mocked(fsp.rename).mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

async function writeSet(set: typeof OLD): Promise<void> {
  const staged = await stageGraphFolder(dir, { articles: true });
  for (const article of set.articles) await staged.writeArticle(article);
  await staged.writeGraph(set.graph());
  await staged.commit();
}

const SET_FILES = ['articles', 'graph.core.jsonl', 'graph.evidence.jsonl', 'graph.gexf', 'graph.json'];

/** What the folder holds: the nodes of graph.json, of graph.gexf and of the start's files (null when they do not go with that graph.json), and the article ids. */
async function setOf(): Promise<{ json: string[]; gexf: string[]; core: string[] | null; articles: string[] }> {
  const json = (JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as { nodes: Array<{ key: string }> }).nodes.map((n) => n.key).sort();
  const gexf = parse(MultiDirectedGraph, readFileSync(join(dir, 'graph.gexf'), 'utf8')).nodes().sort();
  const core = (await loadCoreGraph(dir, join(dir, 'graph.json')))?.nodes().sort() ?? null;
  return { json, gexf, core, articles: await listArticleIds(dir) };
}

const expected = (set: typeof OLD) => {
  const nodes = (set.graph() as KgGraph).nodes().sort();
  return { json: nodes, gexf: nodes, core: nodes, articles: set.articles.map((a) => a.id) };
};

describe('stageGraphFolder', () => {
  it('writes graph.json, a GEXF 1.2draft copy and articles/ as one set, and nothing else', async () => {
    await writeSet(OLD);
    expect(readdirSync(dir).sort()).toEqual(SET_FILES);
    expect(readFileSync(join(dir, 'graph.gexf'), 'utf8')).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(await setOf()).toEqual(expected(OLD));
    await writeSet(NEW);
    expect(await setOf()).toEqual(expected(NEW));
    expect(readdirSync(dir).sort()).toEqual(SET_FILES);
  });

  it('with a layout still running, writes the same files, with the positions it gives when it ends, and no scratch file', async () => {
    const laidOutDir = join(dir, 'laid-out');
    const plainDir = join(dir, 'plain');
    const write = async (into: string, laidOut?: Promise<void>, graph = NEW.graph()) => {
      const staged = await stageGraphFolder(into, { articles: true });
      for (const article of NEW.articles) await staged.writeArticle(article);
      await staged.writeGraph(graph, laidOut && { laidOut });
      await staged.commit();
    };
    const moved = (graph: KgGraph) => graph.forEachNode((node, a) => graph.mergeNodeAttributes(node, { x: a.mentions * 10.5, y: -node.length }));

    const graph = NEW.graph();
    let finishLayout!: () => void;
    const layout = new Promise<void>((resolve) => (finishLayout = () => (moved(graph), resolve())));
    const writing = write(laidOutDir, layout, graph);
    // The evidence file and the edge sections are written before the positions exist (the GEXF's last, after the metrics), and then it waits.
    const staged = () => {
      const staging = existsSync(laidOutDir) && readdirSync(laidOutDir).find((name) => name.startsWith('.staging-'));
      return staging ? readdirSync(join(laidOutDir, staging)).sort() : [];
    };
    for (let waited = 0; !staged().includes('graph.gexf.edges') && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(staged()).toEqual(['articles', 'graph.core.jsonl.edges', 'graph.evidence.jsonl', 'graph.gexf.edges', 'graph.json.edges']);
    finishLayout();
    await writing;

    const plain = NEW.graph();
    moved(plain);
    await write(plainDir, undefined, plain);
    expect(readdirSync(laidOutDir).sort()).toEqual(SET_FILES);
    for (const file of ['graph.evidence.jsonl', 'graph.gexf', 'graph.json'])
      expect(readFileSync(join(laidOutDir, file), 'utf8'), file).toBe(readFileSync(join(plainDir, file), 'utf8'));
    const core = (folder: string) => readFileSync(join(folder, 'graph.core.jsonl'), 'utf8').replace(/"graphJson":\{[^}]*\}/, '');
    expect(core(laidOutDir)).toBe(core(plainDir));
    expect(JSON.parse(readFileSync(join(laidOutDir, 'graph.json'), 'utf8')).nodes[0].attributes.x).toBe(graph.getNodeAttributes(graph.nodes()[0]).mentions * 10.5);
  });

  it('with metrics still to come, writes what needs none first, then the metrics it is given in the GEXF and the start’s file', async () => {
    const graph = NEW.graph();
    const computed = graphMetrics(NEW.graph());
    const given = { ...computed, nodes: new Map([...computed.nodes].map(([node, m]) => [node, { ...m, pagerank: 0.25 }])) };
    let send!: (metrics: typeof given) => void;
    const metrics = new Promise<typeof given>((resolve) => (send = resolve));
    const staged = await stageGraphFolder(dir, { articles: true });
    for (const article of NEW.articles) await staged.writeArticle(article);
    const writing = staged.writeGraph(graph, { laidOut: Promise.resolve(), metrics });
    const files = () => readdirSync(staged.dir).sort();
    for (let waited = 0; !files().includes('graph.core.jsonl.edges') && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(files()).toEqual(['articles', 'graph.core.jsonl.edges', 'graph.evidence.jsonl', 'graph.json.edges']);
    send(given);
    await writing;
    await staged.commit();
    const pageranks = [...readFileSync(join(dir, 'graph.gexf'), 'utf8').matchAll(/<attvalue for="pagerank" value="([^"]*)"\/>/g)].map((m) => m[1]);
    expect(pageranks).toEqual(graph.nodes().map(() => '0.25'));
    const loaded = (await loadCoreGraph(dir, join(dir, 'graph.json')))!;
    expect([...graphMetrics(loaded).nodes]).toEqual([...given.nodes]);
  });

  it('leaves the old set whole when the new one is discarded before its commit', async () => {
    await writeSet(OLD);
    const staged = await stageGraphFolder(dir, { articles: true });
    await staged.writeArticle(NEW.articles[1]!);
    await staged.writeGraph(NEW.graph());
    await staged.discard();
    expect(await setOf()).toEqual(expected(OLD));
    expect(readdirSync(dir).sort()).toEqual(SET_FILES);
  });

  // The commit renames: articles/ aside, the new articles/ in, graph.gexf, the start's two files, graph.json.
  it.each([0, 1, 2, 3, 4, 5])('after a crash at rename %i of the commit, a reader sees one set, and recovery finishes the new one', async (failAt) => {
    await writeSet(OLD);
    let renames = -1;
    vi.mocked(fsp.rename).mockImplementation(async (from, to) => {
      if (existsSync(join(dir, '.commit.json')) && ++renames === failAt) throw Object.assign(new Error('killed'), { code: 'EIO' });
      return realFs.rename(from, to);
    });
    await expect(writeSet(NEW)).rejects.toThrow('killed');
    vi.mocked(fsp.rename).mockImplementation(realFs.rename);

    // graph.json is renamed last: until then it is the old graph, and a reader that recovers first sees the new set.
    expect(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')).nodes).toHaveLength(OLD.graph().order);
    expect(await recoverGraphFolder(dir)).toMatchObject({ finished: true });
    expect(await setOf()).toEqual(expected(NEW));
    expect(readdirSync(dir).sort()).toEqual(SET_FILES);
  });

  it('a crash before the commit point leaves the old set, and recovery deletes the staged files', async () => {
    await writeSet(OLD);
    const script = `
      import { stageGraphFolder } from ${JSON.stringify(new URL('../../src/pipeline/graph-folder.ts', import.meta.url).pathname)};
      const staged = await stageGraphFolder(${JSON.stringify(dir)}, { articles: true });
      await staged.writeArticle({ id: 'half', text: '写了一半' });
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(readdirSync(dir).filter((name) => name.startsWith('.staging-'))).toHaveLength(1);

    const recovery = await recoverGraphFolder(dir);
    expect(recovery.finished).toBe(false);
    expect(recovery.removed).toHaveLength(1);
    expect(await setOf()).toEqual(expected(OLD));
    expect(readdirSync(dir).sort()).toEqual(SET_FILES);
  });
});

describe('recoverGraphFolder', () => {
  it('deletes temp files of dead writers and keeps those of live ones', async () => {
    await writeSet(OLD);
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(dir, `graph.json.${dead}.tmp`), '{"nodes":[');
    writeFileSync(join(dir, 'articles', `x.json.${dead}.tmp`), '{');
    writeFileSync(join(dir, `graph.json.${process.ppid}.tmp`), '{"nodes":[');
    mkdirSync(join(dir, `.staging-${dead}-1-abc`));
    const { removed } = await recoverGraphFolder(dir);
    expect(removed.map((path) => path.slice(dir.length + 1)).sort()).toEqual(
      [`.staging-${dead}-1-abc`, `articles/x.json.${dead}.tmp`, `graph.json.${dead}.tmp`].sort(),
    );
    expect(existsSync(join(dir, `graph.json.${process.ppid}.tmp`))).toBe(true);
  });

  it('does nothing to a folder that is not there', async () => {
    expect(await recoverGraphFolder(join(dir, 'nowhere'))).toEqual({ finished: false, removed: [] });
  });
});

describe('writeGraphSnapshot', () => {
  it('replaces graph.json and graph.gexf and keeps articles/ as it is', async () => {
    await writeSet(OLD);
    await writeGraphSnapshot(NEW.graph(), dir);
    expect(await setOf()).toEqual({ ...expected(NEW), articles: ['jx-2023-001'] });
    expect(readdirSync(dir).sort()).toEqual([...SET_FILES, 'search-keys.json']);
  });
});
