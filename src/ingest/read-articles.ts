// Read every article file of a folder. A file that cannot be used is reported, never fatal.
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, parse } from 'node:path';

import { DEFAULT_SETTINGS } from '../config.ts';
import { KgError, NotFoundError } from '../errors.ts';
import type { Article } from '../types.ts';
import { articleIdOfName, articleIdsOfFiles } from './article-id.ts';
import type { FileId } from './article-id.ts';
import { decodeBuffer } from './decode.ts';
import { htmlToText } from './html-to-text.ts';
import { metaDate, parseDateline } from './parse-dateline.ts';
import { isSureStoryLine, looksLikeChrome } from './strip-chrome.ts';
import { removePinyinGlosses } from './strip-pinyin-glosses.ts';
import { simplifiedString } from './to-simplified.ts';

/** Fewer Chinese characters than this after cleaning: nothing but page chrome. */
export const MIN_ARTICLE_CHARS = 20;

// Files read at once.
const FILES_AT_ONCE = 8;
// Articles read but not yet taken by a stream's consumer, at most: a slow consumer (extraction)
// holds a window of the folder in memory, not all of it.
const READ_AHEAD = 256;

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

export interface ReadArticlesOptions {
  /** Default: the `maxArticleBytes` setting. */
  maxBytes?: number;
  onProgress?: (done: number, total: number) => void;
  /** streamArticles: files read ahead of the consumer, at most (at least 1). Default 256. */
  readAhead?: number;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ReadArticlesResult {
  articles: Article[];
  skipped: SkippedFile[];
  /** Files whose id is not just their name without the extension, and why. */
  renamed: Array<Required<FileId>>;
}

function isArticleFile(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return !name.startsWith('.') && (TEXT_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext));
}

function countHan(text: string): number {
  return text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
}

/**
 * The headline (the first line that is not page chrome, if short) and whether the file
 * holds any story. Cheap, line by line and stopping early: the build normalises each
 * article once, later. Lines are seen as chromeLines() sees them: glosses gone, Simplified.
 */
function storyAndTitle(text: string): { hasStory: boolean; title?: string } {
  let han = 0;
  let title: string | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const br = text.indexOf('\n', lineStart);
    const end = br === -1 ? text.length : br;
    const line = text.slice(lineStart, end);
    lineStart = end + 1;
    if (line.trim() === '') continue;
    const view = simplifiedString(removePinyinGlosses(line));
    const chrome = looksLikeChrome(view);
    // A headline is short; a long first line is already the story.
    if (title === undefined && !chrome) title = line.trim().length <= 60 ? line.trim() : '';
    if (!chrome && isSureStoryLine(view)) han += countHan(view);
    if (han >= MIN_ARTICLE_CHARS) return { hasStory: true, ...(title ? { title } : {}) };
  }
  return { hasStory: false };
}

/** The decoded article, or the reason it cannot be used. */
export function articleFromBytes(name: string, bytes: Uint8Array, id = articleIdOfName(parse(name).name)): Article | string {
  let text: string;
  try {
    text = decodeBuffer(bytes, name);
  } catch (error) {
    return error instanceof KgError ? error.message : String(error);
  }
  let pageDate: string | undefined;
  if (HTML_EXTENSIONS.has(extname(name).toLowerCase())) {
    pageDate = metaDate(text);
    text = htmlToText(text);
  }
  const { hasStory, title } = storyAndTitle(text);
  if (!hasStory) return 'no article text after removing page chrome';
  const article: Article = { id, text };
  if (title) article.title = title;
  const dateline = parseDateline(text);
  if (pageDate ?? dateline.date) article.date = pageDate ?? dateline.date;
  if (!pageDate && dateline.dateInferred) article.dateInferred = true;
  if (dateline.source) article.source = dateline.source;
  return article;
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}

/**
 * Read .txt, .md, .html and .htm files of `dir` (not recursive), sorted by name.
 * Article id = file name without extension, made safe and distinct (article-id.ts); an
 * article with no headline takes its file name as title. Other files are ignored; files
 * that fail (decoding, size, only boilerplate, read errors) are listed in `skipped`.
 */
export async function readArticles(dir: string, options: ReadArticlesOptions = {}): Promise<ReadArticlesResult> {
  const stream = await streamArticles(dir, options);
  const articles: Article[] = [];
  for await (const article of stream.articles) articles.push(article);
  return { articles, ...stream.result() };
}

export interface ArticleStream {
  /** Article files found (some may yet be skipped). */
  files: number;
  /** readArticles' articles, in its order, each as soon as it and every file before it are read. */
  articles: AsyncIterable<Article>;
  /** readArticles' `skipped` and `renamed`; complete once `articles` is exhausted. */
  result(): Omit<ReadArticlesResult, 'articles'>;
}

/**
 * readArticles one article at a time, so a build extracts the first ones while the rest are
 * read. A few files are read at once, never more than `readAhead` past the last article taken;
 * iterate `articles` once.
 */
export async function streamArticles(dir: string, options: ReadArticlesOptions = {}): Promise<ArticleStream> {
  const maxBytes = options.maxBytes ?? DEFAULT_SETTINGS.maxArticleBytes;
  const readAhead = Math.max(1, options.readAhead ?? READ_AHEAD);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`folder not found: ${dir}`);
    throw new KgError('INVALID_INPUT', `cannot read folder ${dir}: ${code ?? String(error)}`);
  }
  const files = articleIdsOfFiles(names.filter(isArticleFile).sort());
  // Kept in name order whatever order the reads end in.
  const results = new Array<Article | string | undefined>(files.length);
  let next = 0;
  let taken = 0;
  let done = 0;
  let arrived: (() => void) | undefined;
  const waitingForRoom: (() => void)[] = [];
  let failure: { error: unknown } | undefined;
  const reader = async () => {
    while (next < files.length && !failure) {
      if (next >= taken + readAhead) {
        await new Promise<void>((resolve) => waitingForRoom.push(resolve));
        continue;
      }
      const i = next++;
      results[i] = await readOne(join(dir, files[i]!.file), files[i]!, maxBytes);
      options.onProgress?.(++done, files.length);
      arrived?.();
    }
  };
  // readOne turns a file's failure into a reason; anything else (a progress callback's) ends the stream.
  for (let r = 0; r < Math.min(FILES_AT_ONCE, files.length); r++)
    reader().catch((error: unknown) => {
      failure ??= { error };
      arrived?.();
    });
  const skipped: SkippedFile[] = [];
  return {
    files: files.length,
    articles: (async function* () {
      for (let i = 0; i < files.length; i++) {
        while (results[i] === undefined && !failure) await new Promise<void>((resolve) => (arrived = resolve));
        if (failure) throw failure.error;
        const result = results[i]!;
        results[i] = undefined; // the caller's now
        taken = i + 1;
        for (const wake of waitingForRoom.splice(0)) wake();
        if (typeof result === 'string') skipped.push({ file: files[i]!.file, reason: result });
        else yield result;
      }
    })(),
    result: () => ({ skipped, renamed: files.filter((f): f is Required<FileId> => f.note !== undefined) }),
  };
}

/** The article, or the reason it cannot be used. */
async function readOne(path: string, { file, id }: FileId, maxBytes: number): Promise<Article | string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return 'not a regular file';
    if (info.size > maxBytes) return `file too large (${sizeText(info.size)}, limit ${sizeText(maxBytes)})`;
    const result = articleFromBytes(file, await readFile(path), id);
    if (typeof result === 'string') return result;
    // A collection's file names are often its titles (天津援疆新闻.txt).
    result.title ??= parse(file).name.normalize('NFC');
    return result;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `cannot read file: ${code ?? String(error)}`;
  }
}
