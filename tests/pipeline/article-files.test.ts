import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { InvalidInputError, NotFoundError } from '../../src/errors.ts';
import { listArticleIds, loadArticle, saveArticle, stageArticle } from '../../src/pipeline/article-files.ts';
import { ARTICLE_1 } from '../graph/fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-articles-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('saveArticle / loadArticle / listArticleIds', () => {
  const article = { id: 'jx-2023-001', text: ARTICLE_1, title: '江西援疆', date: '2023-08-01' };

  it('round-trips an article through articles/<id>.json', async () => {
    await saveArticle(article, dir);
    expect(existsSync(join(dir, 'articles', 'jx-2023-001.json'))).toBe(true);
    expect(await loadArticle(dir, 'jx-2023-001')).toEqual(article);
  });

  it('lists saved ids in order, and none before any is saved', async () => {
    expect(await listArticleIds(dir)).toEqual([]);
    await saveArticle({ id: 'b_2.v1', text: '乙' }, dir);
    await saveArticle({ id: 'a-1', text: '甲' }, dir);
    expect(await listArticleIds(dir)).toEqual(['a-1', 'b_2.v1']);
  });

  it.each(['', '..', '../graph', 'a/b', 'a b', '.hidden', 'x'.repeat(201)])('rejects the id %j', async (id) => {
    await expect(saveArticle({ id, text: '正文' }, dir)).rejects.toThrow(InvalidInputError);
    await expect(loadArticle(dir, id)).rejects.toThrow(InvalidInputError);
  });

  it('keeps ids in any script: file names from Chinese collections', async () => {
    await saveArticle({ id: '天津援疆新闻', text: '正文' }, dir);
    expect(existsSync(join(dir, 'articles', '天津援疆新闻.json'))).toBe(true);
    expect(await loadArticle(dir, '天津援疆新闻')).toEqual({ id: '天津援疆新闻', text: '正文' });
    expect(await listArticleIds(dir)).toEqual(['天津援疆新闻']);
  });

  it('throws NotFoundError for an unknown article', async () => {
    await expect(loadArticle(dir, 'missing')).rejects.toThrow(NotFoundError);
  });
});

describe('stageArticle', () => {
  const article = { id: 'jx-2023-001', text: ARTICLE_1, title: '江西援疆', date: '2023-08-01' };

  it('writes the bytes saveArticle writes, in place: no temp file is left or needed', async () => {
    const staging = join(dir, 'staging');
    mkdirSync(join(staging, 'articles'), { recursive: true });
    await stageArticle(article, staging);
    await saveArticle(article, join(dir, 'saved'));
    expect(readdirSync(join(staging, 'articles'))).toEqual(['jx-2023-001.json']);
    expect(readFileSync(join(staging, 'articles', 'jx-2023-001.json'))).toEqual(readFileSync(join(dir, 'saved', 'articles', 'jx-2023-001.json')));
    expect(await loadArticle(staging, 'jx-2023-001')).toEqual(article);
  });

  it('rejects a bad id before it touches the disk', async () => {
    await expect(stageArticle({ id: '../graph', text: '正文' }, dir)).rejects.toThrow(InvalidInputError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not make a missing articles/ (a discarded staging folder stays gone)', async () => {
    await expect(stageArticle(article, join(dir, 'gone'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
