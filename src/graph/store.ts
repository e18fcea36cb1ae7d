// The only module of src/graph that touches the disk. Synchronous on purpose: every
// write is temp file + rename in one go, so two saves in one process cannot interleave.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { InvalidInputError, KgError, NotFoundError } from '../errors.ts';
import { toGexf } from '../export/to-gexf.ts';
import type { Article } from '../types.ts';
import { createGraph, type KgGraph } from './build.ts';

const BUILD_HINT = 'run `npm run kg -- build` to build it from the articles';
const ARTICLE_ID = /^[A-Za-z0-9_.-]+$/;

/** Writes dir/graph.gexf (GEXF 1.2draft) then dir/graph.json, each atomically. */
export function saveGraph(graph: KgGraph, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(join(dir, 'graph.gexf'), toGexf(graph, { version: '1.2' }));
  // No indentation: one line per file keeps a 30k-node graph small; graph.gexf is the readable copy.
  writeFileAtomic(join(dir, 'graph.json'), JSON.stringify(graph.export()));
}

export function loadGraph(dir: string): KgGraph {
  const file = join(dir, 'graph.json');
  const data = readJson(file, () => new NotFoundError(`No graph at ${file}`, { hint: BUILD_HINT }));
  if (!isSerializedGraph(data)) throw corrupt(file, 'not a graphology export (nodes and edges arrays)');
  const graph = createGraph();
  try {
    graph.import(data as Parameters<KgGraph['import']>[0]);
  } catch (error) {
    throw corrupt(file, (error as Error).message);
  }
  return graph;
}

/** Writes dir/articles/<id>.json: the article as given. */
export function saveArticle(article: Article, dir: string): void {
  checkArticleId(article?.id);
  if (typeof article.text !== 'string') throw new InvalidInputError(`Article ${article.id} has no text`);
  const articles = join(dir, 'articles');
  mkdirSync(articles, { recursive: true });
  writeFileAtomic(join(articles, `${article.id}.json`), JSON.stringify(article));
}

export function loadArticle(dir: string, id: string): Article {
  checkArticleId(id);
  const file = join(dir, 'articles', `${id}.json`);
  const data = readJson(file, () => new NotFoundError(`No article "${id}"`));
  const article = data as Article;
  if (!article || typeof article !== 'object' || article.id !== id || typeof article.text !== 'string')
    throw corrupt(file, 'not an article with this id and a text');
  return article;
}

/** Ids of the saved articles, sorted; empty when there are none. */
export function listArticleIds(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'articles'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((id) => ARTICLE_ID.test(id))
    .sort();
}

/** Ids become file names: letters, digits, `_`, `-` and `.` only, and not `.` or `..`. */
export function checkArticleId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !ARTICLE_ID.test(id) || /^\.+$/.test(id))
    throw new InvalidInputError(`Bad article id ${JSON.stringify(id)}`, {
      hint: 'use letters, digits, "_", "-" and "." only',
    });
}

/**
 * Readers see the old file or the new one, never half of one: the text goes to
 * `<file>.<pid>.tmp`, which is then renamed over the file.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function readJson(file: string, missing: () => KgError): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missing();
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw corrupt(file, (error as Error).message);
  }
}

function isSerializedGraph(data: unknown): boolean {
  const d = data as { nodes?: unknown; edges?: unknown } | null;
  return !!d && typeof d === 'object' && Array.isArray(d.nodes) && (d.edges === undefined || Array.isArray(d.edges));
}

function corrupt(file: string, reason: string): KgError {
  return new InvalidInputError(`Corrupt file ${file}: ${reason}`, { hint: BUILD_HINT });
}
