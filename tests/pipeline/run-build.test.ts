import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { formatSummary } from '../../src/cli/build.ts';
import { loadGraph } from '../../src/graph/store.ts';
import { createArticleStore } from '../../src/pipeline/article-store.ts';
import { runBuild } from '../../src/pipeline/run-build.ts';
import { createApp } from '../../src/server/create-app.ts';
import { articleFolder } from './article-folder.ts';

describe('runBuild', () => {
  it('reports broken articles by file name and still builds the rest', async () => {
    const { articles, out } = articleFolder('kg-build-', { 'tangshan.txt': '000_386c6d3f6793f036.txt' });
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

describe('runBuild on a collection named as people name files', () => {
  it('builds from files with spaces and Chinese in their names, and serves them by id', async () => {
    const { dir, articles, out } = articleFolder('kg-build-names-', {
      '天津援疆新闻.txt': '000_386c6d3f6793f036.txt',
      '和田 援疆 (2).txt': '001_8096ed5fa1050b32.txt',
      'a.txt': '002_3189ede4f95b37c8.txt',
      'a.md': '003_ea277452b1a26da8.txt',
    });
    // A story that starts at once with a long paragraph has no headline: the file name is its title.
    writeFileSync(join(articles, '唐山援疆.txt'), `${'唐山市对口支援且末县，援建且末县人民医院门诊楼，'.repeat(4)}各族群众就医更方便。`);

    const { summary } = await runBuild({ articlesDir: articles, outDir: out });

    expect(summary.articles).toBe(5);
    expect(summary.skipped).toEqual([]);
    expect(summary.renamed).toEqual([
      { file: 'a.md', id: 'a.md', note: 'shares its name with a.txt' },
      { file: 'a.txt', id: 'a.txt', note: 'shares its name with a.md' },
      { file: '和田 援疆 (2).txt', id: '和田_援疆_2_', note: 'characters unsafe in a file name or URL replaced' },
    ]);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['a.md.json', 'a.txt.json', '和田_援疆_2_.json', '唐山援疆.json', '天津援疆新闻.json'].sort());
    const graph = await loadGraph(out);
    const evidenceArticles = new Set(graph.mapEdges((_e, a) => a.evidence.map((e) => e.article)).flat());
    for (const id of ['a.md', 'a.txt', '天津援疆新闻']) expect(evidenceArticles).toContain(id);

    const store = createArticleStore({ graph, graphDir: out });
    const app = createApp({ graph, articles: store, settings: { graphDir: out, webDir: join(dir, 'web') } });
    const res = await request(app).get(`/api/articles/${encodeURIComponent('和田_援疆_2_')}`);
    expect(res.status).toBe(200);
    expect(res.body.title).toBeDefined();
    const untitled = await request(app).get(`/api/articles/${encodeURIComponent('唐山援疆')}`);
    expect(untitled.body.title).toBe('唐山援疆');
    expect(formatSummary(summary, out)).toContain('  a.md has the id a.md: shares its name with a.txt');
  });
});
