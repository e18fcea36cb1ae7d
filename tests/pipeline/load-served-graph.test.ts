// The graph a start serves: rebuilt when graph.json is missing, older than the articles or of
// another format, whatever the mtimes say (a fresh clone sets them at random).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadGraph } from '../../src/graph/store.ts';
import { GRAPH_FORMAT_VERSION, graphFormatOf } from '../../src/pipeline/graph-format.ts';
import { JOURNAL_FILE } from '../../src/pipeline/journal.ts';
import type { JournalEntry } from '../../src/pipeline/journal.ts';
import { loadServedGraph } from '../../src/pipeline/load-served-graph.ts';
import { runBuild } from '../../src/pipeline/run-build.ts';
import type { BuildOptions } from '../../src/pipeline/run-build.ts';

const STORY = `${'唐山市对口支援且末县，援建且末县人民医院门诊楼，'.repeat(4)}各族群众就医更方便。`;
const POSTED = '新华社电 天津市对口支援和田地区策勒县，援建策勒县第二中学。';

let dir: string;
let articlesDir: string;
let graphDir: string;
let builds: number;
let lines: string[];
const build = async (options: BuildOptions) => {
  builds++;
  await runBuild({ ...options, workers: 1 });
};
const load = (articles = articlesDir) => loadServedGraph({ graphDir, articlesDir: articles, build, log: (line) => lines.push(line) });

/** graph.json as an older build wrote it: `version` (none when undefined), and newer than every article. */
function rewriteFormat(version: number | undefined): void {
  const file = join(graphDir, 'graph.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, unknown> };
  if (version === undefined) delete data.attributes.formatVersion;
  else data.attributes.formatVersion = version;
  writeFileSync(file, JSON.stringify(data));
  const future = new Date(Date.now() + 3_600_000);
  utimesSync(file, future, future);
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-served-'));
  articlesDir = join(dir, 'articles');
  graphDir = join(dir, 'graph');
  mkdirSync(articlesDir);
  writeFileSync(join(articlesDir, '唐山援疆.txt'), STORY);
  await runBuild({ articlesDir, outDir: graphDir, workers: 1 });
  builds = 0;
  lines = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadServedGraph', () => {
  it('serves a graph of this format without rebuilding it', async () => {
    expect(graphFormatOf(await loadGraph(graphDir))).toBe(GRAPH_FORMAT_VERSION);
    const served = await load();
    expect(served.rebuilt).toBe(false);
    expect(builds).toBe(0);
    expect(served.graph.hasNode('且末县人民医院')).toBe(true);
  });

  it.each([
    ['no format version (built before versions were written)', undefined],
    ['an older format', GRAPH_FORMAT_VERSION - 1],
    ['a newer format', GRAPH_FORMAT_VERSION + 1],
  ])('rebuilds a graph.json with %s although it is newer than the articles', async (_what, version) => {
    rewriteFormat(version);
    const served = await load();
    expect(served.rebuilt).toBe(true);
    expect(builds).toBe(1);
    expect(graphFormatOf(served.graph)).toBe(GRAPH_FORMAT_VERSION);
    expect(graphFormatOf(await loadGraph(graphDir))).toBe(GRAPH_FORMAT_VERSION);
    expect(lines.some((line) => line.includes('rebuilding'))).toBe(true);
    // Rebuilt once: the next start serves it as it is.
    expect((await load()).rebuilt).toBe(false);
    expect(builds).toBe(1);
  });

  it('serves a graph of another format as it is, with a warning, when there are no articles to rebuild it from', async () => {
    rewriteFormat(undefined);
    const served = await load(join(dir, 'nowhere'));
    expect(served.rebuilt).toBe(false);
    expect(builds).toBe(0);
    expect(served.graph.hasNode('且末县人民医院')).toBe(true);
    expect(lines.filter((line) => line.startsWith('warning:'))).toHaveLength(1);
  });

  it('extracts again an article the journal holds from another format', async () => {
    // An entry of an older version, whose stored extraction found nothing.
    const old: JournalEntry = { article: { id: 'post_old', text: POSTED }, extraction: { article: 'post_old', entities: [], relations: [] }, at: '2024-01-01T00:00:00.000Z' };
    const current: JournalEntry = { ...old, article: { id: 'post_new', text: POSTED }, extraction: { article: 'post_new', entities: [], relations: [] }, formatVersion: GRAPH_FORMAT_VERSION };
    writeFileSync(join(graphDir, JOURNAL_FILE), `${JSON.stringify(old)}\n${JSON.stringify(current)}\n`);
    rewriteFormat(undefined);
    const served = await load();
    expect(served.rebuilt).toBe(true);
    expect(served.replayed).toBe(2);
    const articlesOf = (node: string) => served.graph.getNodeAttribute(node, 'articles');
    expect(articlesOf('策勒县第二中学')).toEqual(['post_old']);
    expect(articlesOf('且末县人民医院')).toEqual(['唐山援疆']);
  });
});
