// Acknowledged writes survive kill -9, and builds are all-or-nothing: the real server and the
// real build run as child processes and are killed at random moments, 20 rounds; after each
// kill every graph file parses, and after each restart every article that was answered 201
// is served, with its evidence in the graph, also when the journal's tail was torn before
// the start that took it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadCoreGraph } from '../../src/pipeline/core-graph-files.ts';
import { recoverGraphFolder, writeGraphSnapshot } from '../../src/pipeline/graph-folder.ts';
import { JOURNAL_FILE, TORN_PREFIX } from '../../src/pipeline/journal.ts';
import { tinyGraph } from '../query/tiny-graph.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = 20;
const EVERY_SENTENCE = 1_000_000;
// A seeded generator, so a failing round can be replayed.
let seed = Number(process.env.CRASH_SEED ?? 20_250_101);
const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function tsx(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function startChild(graphDir: string): Promise<{ child: ChildProcess; url: string }> {
  // Paths list every sentence of an edge when asked (evidence=): the check below reads them all.
  const settings = { port: 0, graphDir, articlesDir: join(dir, 'no-articles'), webDir: join(dir, 'no-web'), snapshotDelayMs: 50, maxNodeEvidence: EVERY_SENTENCE };
  const child = tsx(['tests/reliability/serve-child.ts', JSON.stringify(settings)]);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve(ready[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`)));
  });
  return { child, url };
}

/** Every graph file of the folder as a reader finds it on disk: each must parse whole. */
function checkFilesParse(graphDir: string): void {
  const json = JSON.parse(readFileSync(join(graphDir, 'graph.json'), 'utf8')) as { nodes: unknown[] };
  expect(Array.isArray(json.nodes)).toBe(true);
  const gexf = parse(MultiDirectedGraph, readFileSync(join(graphDir, 'graph.gexf'), 'utf8'));
  expect(gexf.order).toBeGreaterThan(0);
  for (const name of readdirSync(join(graphDir, 'articles')).filter((n) => n.endsWith('.json'))) {
    const article = JSON.parse(readFileSync(join(graphDir, 'articles', name), 'utf8')) as { id: string };
    expect(`${article.id}.json`).toBe(name);
  }
}

describe('kill -9 under concurrent writes', () => {
  it(`keeps every acknowledged article over ${ROUNDS} rounds, and the graph files always parse`, async () => {
    const graphDir = join(dir, 'served');
    await writeGraphSnapshot(tinyGraph(), graphDir);
    mkdirSync(join(graphDir, 'articles'));
    const acknowledged = new Map<string, string>();
    let posted = 0;

    let tears = 0;

    for (let round = 0; round <= ROUNDS; round++) {
      // Every other start also finds a torn last line, as a crash in the middle of an append
      // leaves it: the next posts must not land on it.
      if (round % 2 === 1) {
        appendFileSync(join(graphDir, JOURNAL_FILE), `{"article":{"id":"post_torn${round}","text":"天津市对口`);
        tears++;
      }
      const { child, url } = await startChild(graphDir);
      try {
        // Everything acknowledged before is served: the article, and its evidence on the edge.
        const evidence = await (await fetch(`${url}/api/path?from=天津市&to=策勒县&mode=shortest&evidence=${EVERY_SENTENCE}`)).json();
        const articles = new Set((evidence.paths[0].edges[0].evidence as Array<{ article: string }>).map((e) => e.article));
        for (const [id, text] of acknowledged) {
          const res = await fetch(`${url}/api/articles/${encodeURIComponent(id)}`);
          expect(res.status, `round ${round}: ${id}`).toBe(200);
          expect(((await res.json()) as { text: string }).text).toBe(text);
          expect(articles.has(id), `round ${round}: evidence of ${id}`).toBe(true);
        }
        if (round === ROUNDS) break;

        let stop = false;
        const post = async () => {
          const text = `第${++posted}条：天津市对口支援和田地区策勒县，编号${posted}。`;
          try {
            const res = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
            if (res.status === 201) acknowledged.set(((await res.json()) as { id: string }).id, text);
          } catch {
            // The kill cut the connection: not acknowledged, nothing promised.
          }
        };
        // One post first (the first extraction loads the gazetteer), then writers post without
        // pause, eight at a time, until the kill at a random moment.
        await post();
        const writers = Array.from({ length: 8 }, async () => {
          while (!stop) await post();
        });
        await new Promise((resolve) => setTimeout(resolve, random() * 1500));
        await killed(child);
        stop = true;
        await Promise.all(writers);
      } finally {
        await killed(child);
      }
      checkFilesParse(graphDir);
    }
    // At least the first post of every round, and more while the writers raced the kill.
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);
    // Each torn line was cut and kept beside the journal (kills mid-append may add more).
    expect(readdirSync(graphDir).filter((name) => name.startsWith(TORN_PREFIX)).length).toBeGreaterThanOrEqual(tears);
  }, 900_000);
});

describe('kill -9 during kg build', () => {
  it('leaves the old set or the new one, never a mix, and no stale files after recovery', async () => {
    const out = join(dir, 'built');
    const build = (articles: string, to = out) => tsx(['src/cli/index.ts', 'build', articles, '--out', to]);
    const finish = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const setOf = async (folder: string) => ({
      json: (JSON.parse(readFileSync(join(folder, 'graph.json'), 'utf8')) as { nodes: Array<{ key: string }> }).nodes.map((n) => n.key).sort(),
      gexf: parse(MultiDirectedGraph, readFileSync(join(folder, 'graph.gexf'), 'utf8')).nodes().sort(),
      // The start's files, when they go with that graph.json (else null).
      core: (await loadCoreGraph(folder, join(folder, 'graph.json')))?.nodes().sort() ?? null,
      articles: readdirSync(join(folder, 'articles')).sort(),
    });
    // The old set: two seeds. The new one: all five, as a build that runs to its end writes it.
    const few = join(dir, 'few');
    mkdirSync(few);
    for (const name of readdirSync(join(root, 'seeds')).slice(0, 2)) copyFileSync(join(root, 'seeds', name), join(few, name));
    expect(await finish(build(few))).toBe(0);
    const old = await setOf(out);
    const started = performance.now();
    expect(await finish(build(join(root, 'seeds'), join(dir, 'reference')))).toBe(0);
    const fullMs = performance.now() - started;
    const fresh = await setOf(join(dir, 'reference'));
    expect(fresh.articles).toHaveLength(5);

    for (let round = 0; round < 6; round++) {
      const child = build(join(root, 'seeds'));
      await new Promise((resolve) => setTimeout(resolve, random() * fullMs * 1.2));
      await killed(child);
      await recoverGraphFolder(out);
      const now = await setOf(out);
      expect([old, fresh], `round ${round}`).toContainEqual(now);
      // Nothing stale: no staging folder, commit marker or temp file (search-keys.json is a cache).
      expect(readdirSync(out).filter((name) => name !== 'search-keys.json').sort()).toEqual(['articles', 'graph.core.jsonl', 'graph.evidence.jsonl', 'graph.gexf', 'graph.json']);
      // Back to the old set for the next round.
      if (now.articles.length === 5) expect(await finish(build(few))).toBe(0);
    }
  }, 900_000);
});
