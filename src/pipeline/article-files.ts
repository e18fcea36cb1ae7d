// graph/articles/<id>.json: each article of the graph as written, read back by id.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { InvalidInputError, NotFoundError } from '../errors.ts';
import { writeFileAtomic, writeStagedFile } from '../graph/store.ts';
import { checkArticleId, isArticleId } from '../ingest/article-id.ts';
import type { Article } from '../types.ts';

export const ARTICLES_DIR = 'articles';

/** Writes dir/articles/<id>.json (`dir` a graph folder) atomically: the article as given. */
export async function saveArticle(article: Article, dir: string): Promise<void> {
  checkArticle(article);
  const articles = join(dir, ARTICLES_DIR);
  await mkdir(articles, { recursive: true });
  await writeFileAtomic(join(articles, `${article.id}.json`), JSON.stringify(article));
}

/**
 * saveArticle into a staging folder whose articles/ exists: the file is written in place, as
 * the staging's commit makes the whole set atomic (a temp file, a rename and a folder sync
 * per article cost a build of 10,000 several seconds).
 */
export async function stageArticle(article: Article, stagingDir: string): Promise<void> {
  checkArticle(article);
  await writeStagedFile(join(stagingDir, ARTICLES_DIR, `${article.id}.json`), JSON.stringify(article));
}

function checkArticle(article: Article): void {
  checkArticleId(article?.id);
  if (typeof article.text !== 'string') throw new InvalidInputError(`Article ${article.id} has no text`);
}

export async function loadArticle(dir: string, id: string): Promise<Article> {
  checkArticleId(id);
  const file = join(dir, ARTICLES_DIR, `${id}.json`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`No article "${id}"`);
    throw error;
  }
  let article: Article | undefined;
  try {
    article = JSON.parse(text) as Article;
  } catch {
    article = undefined;
  }
  if (!article || typeof article !== 'object' || article.id !== id || typeof article.text !== 'string')
    throw new InvalidInputError(`Corrupt file ${file}: not an article with this id and a text`);
  return article;
}

/** Ids of the saved articles, sorted; empty when there are none. */
export async function listArticleIds(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(dir, ARTICLES_DIR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter(isArticleId)
    .sort();
}
