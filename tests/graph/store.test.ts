import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { InvalidInputError, KgError, NotFoundError } from '../../src/errors.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { listArticleIds, loadArticle, loadGraph, saveArticle, saveGraph, writeFileAtomic } from '../../src/graph/store.ts';
import { ARTICLE_1, EXTRACTION_1, EXTRACTION_2 } from './fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('saveGraph / loadGraph', () => {
  it('round-trips the graph through graph.json', () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    saveGraph(graph, join(dir, 'graph'));
    expect(loadGraph(join(dir, 'graph')).export()).toEqual(graph.export());
  });

  it('writes graph.json and a GEXF 1.2draft copy, and no temp files', () => {
    saveGraph(buildGraph([EXTRACTION_1]), dir);
    expect(readdirSync(dir).sort()).toEqual(['graph.gexf', 'graph.json']);
    expect(readFileSync(join(dir, 'graph.gexf'), 'utf8')).toContain('xmlns="http://www.gexf.net/1.2draft"');
  });

  it('replaces the previous graph', () => {
    saveGraph(buildGraph([EXTRACTION_1]), dir);
    saveGraph(buildGraph([EXTRACTION_2]), dir);
    expect(loadGraph(dir).hasNode('南昌大学第一附属医院')).toBe(false);
  });

  it('says how to build the graph when there is none', () => {
    const error = caught(() => loadGraph(join(dir, 'nowhere')));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as KgError).hint).toContain('npm run kg -- build');
  });

  it.each([
    ['truncated JSON', '{"nodes":[{"key":"江西省"'],
    ['JSON that is not a graph', '{"hello":"world"}'],
    ['an edge to a missing node', '{"options":{"type":"directed","multi":true},"nodes":[],"edges":[{"key":"e","source":"a","target":"b"}]}'],
  ])('names the file when graph.json holds %s', (_what, text) => {
    writeFileSync(join(dir, 'graph.json'), text);
    const error = caught(() => loadGraph(dir));
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('INVALID_INPUT');
    expect((error as KgError).message).toContain('graph.json');
  });
});

describe('saveArticle / loadArticle / listArticleIds', () => {
  const article = { id: 'jx-2023-001', text: ARTICLE_1, title: '江西援疆', date: '2023-08-01' };

  it('round-trips an article through articles/<id>.json', () => {
    saveArticle(article, dir);
    expect(existsSync(join(dir, 'articles', 'jx-2023-001.json'))).toBe(true);
    expect(loadArticle(dir, 'jx-2023-001')).toEqual(article);
  });

  it('lists saved ids in order, and none before any is saved', () => {
    expect(listArticleIds(dir)).toEqual([]);
    saveArticle({ id: 'b_2.v1', text: '乙' }, dir);
    saveArticle({ id: 'a-1', text: '甲' }, dir);
    expect(listArticleIds(dir)).toEqual(['a-1', 'b_2.v1']);
  });

  it.each(['', '..', '../graph', 'a/b', 'a b', '阿克陶'])('rejects the id %j', (id) => {
    expect(() => saveArticle({ id, text: '正文' }, dir)).toThrow(InvalidInputError);
    expect(() => loadArticle(dir, id)).toThrow(InvalidInputError);
  });

  it('throws NotFoundError for an unknown article', () => {
    expect(() => loadArticle(dir, 'missing')).toThrow(NotFoundError);
  });
});

describe('writeFileAtomic', () => {
  it('writes through <file>.<pid>.tmp and leaves only the file', () => {
    const file = join(dir, 'graph.json');
    writeFileAtomic(file, '{}');
    expect(readdirSync(dir)).toEqual(['graph.json']);
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });

  it('leaves a stray temp file of a crashed writer out of the loaded graph', () => {
    saveGraph(buildGraph([EXTRACTION_1]), dir);
    writeFileSync(join(dir, `graph.json.${process.pid}.tmp`), '{"nodes":[{"key":');
    expect(loadGraph(dir).hasNode('江西省')).toBe(true);
  });
});
