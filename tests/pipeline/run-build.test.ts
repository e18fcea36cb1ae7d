import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../src/graph/store.ts';
import { runBuild } from '../../src/pipeline/run-build.ts';

describe('runBuild', () => {
  it('reports broken articles by file name and still builds the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-'));
    const articles = join(dir, 'articles');
    const out = join(dir, 'graph');
    mkdirSync(articles);
    copyFileSync(new URL('../../seeds/000_386c6d3f6793f036.txt', import.meta.url), join(articles, 'tangshan.txt'));
    writeFileSync(join(articles, 'empty.txt'), '');
    writeFileSync(join(articles, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 0]));
    writeFileSync(join(articles, 'footer.txt'), '版权所有 ©2025 某某网 京ICP备12345678号\n责任编辑：张三\n');

    const { graph, summary } = await runBuild({ articlesDir: articles, outDir: out });

    expect(summary.articles).toBe(1);
    expect(summary.skipped.map((s) => s.file).sort()).toEqual(['binary.txt', 'empty.txt', 'footer.txt']);
    for (const s of summary.skipped) expect(s.reason.length).toBeGreaterThan(5);
    expect(graph.hasEdge('唐山市|supports|且末县')).toBe(true);
    // Written atomically: the files are there, no temporary file is left behind.
    expect((await loadGraph(out)).order).toBe(graph.order);
    expect(existsSync(join(out, 'graph.gexf'))).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(out, 'articles'))).toEqual(['tangshan.json']);
  });
});
