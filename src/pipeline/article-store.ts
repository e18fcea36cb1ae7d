// Posted article → merged graph. Articles of the served graph: read them back, and add
// new ones. Adds go through one promise chain, so concurrent posts are applied one at a
// time and none is lost. Each add: extract → check → append to the journal (the commit
// point) → write graph/articles/<id>.json → merge into the in-memory graph.
import { createHash } from 'node:crypto';

import { InvalidInputError, KgError } from '../errors.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { compactEvidence, createGraph, mergeExtraction } from '../graph/build.ts';
import type { KgGraph } from '../graph/build.ts';
import { normaliseDate, parseDateline } from '../ingest/parse-dateline.ts';
import type { Article, Extraction } from '../types.ts';
import { loadArticle, saveArticle } from './article-files.ts';
import { articleIdsOf } from './article-ids-of.ts';
import { GRAPH_FORMAT_VERSION } from './graph-format.ts';
import { appendJournal } from './journal.ts';
import { mergePosted, unifyWithGraph } from './merge-posted.ts';

export interface NewArticle {
  text: string;
  title?: string;
  date?: string;
  source?: string;
}

export interface AddedArticle {
  article: Article;
  /** False when the same text was added before: nothing changed. */
  created: boolean;
  /** Entities of the article now in the graph, and the edges it gave evidence for. */
  nodes: string[];
  edges: string[];
  /** Relations left out because an end is unknown. */
  skipped: number;
}

export interface ArticleStore {
  get(id: string): Promise<Article | null>;
  add(input: NewArticle): Promise<AddedArticle>;
  /** Resolves once every add queued so far is done. */
  idle(): Promise<void>;
}

export interface ArticleStoreOptions {
  graph: KgGraph;
  graphDir: string;
  extract?: (article: Article) => Extraction;
  /** Article ids already added (e.g. from the journal) beyond those the graph shows. */
  known?: Iterable<string>;
  /** The ids the graph shows, when the caller has them (a start does): the store takes the set. */
  graphArticleIds?: Set<string>;
  /** Called after each add, e.g. to schedule a snapshot of graph.json. */
  onAdded?: (added: AddedArticle) => void;
  /** Evidence sentences kept per edge per article; default the setting. */
  maxEvidencePerArticle?: number;
}

export function createArticleStore(options: ArticleStoreOptions): ArticleStore {
  const { graph, graphDir, extract = extractArticle } = options;
  const known = options.graphArticleIds ?? articleIdsOf(graph);
  for (const id of options.known ?? []) known.add(id);
  let queue: Promise<unknown> = Promise.resolve();

  const addNow = async (input: NewArticle): Promise<AddedArticle> => {
    const article = articleOf(input);
    if (known.has(article.id)) return { article, created: false, nodes: [], edges: [], skipped: 0 };

    const extraction = extractPosted(graph, article, { extract, maxEvidencePerArticle: options.maxEvidencePerArticle });
    // mergeExtraction checks the shape before it touches a graph: try it on a scratch
    // graph so a bad extraction never reaches the journal.
    mergeExtraction(createGraph(), extraction);
    await appendJournal(graphDir, { article, extraction, at: new Date().toISOString(), formatVersion: GRAPH_FORMAT_VERSION });
    await saveArticle(article, graphDir);
    known.add(article.id);
    const merged = mergePosted(graph, extraction, { maxEvidencePerArticle: options.maxEvidencePerArticle });
    const added = { article, created: true, ...merged };
    options.onAdded?.(added);
    return added;
  };

  return {
    async get(id) {
      try {
        return await loadArticle(graphDir, id);
      } catch (error) {
        if (error instanceof KgError && error.code === 'NOT_FOUND') return null;
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    add(input) {
      const result = queue.then(() => addNow(input));
      // A failed add must not block the ones behind it.
      queue = result.catch(() => undefined);
      return result;
    },
    idle: () => queue.then(() => undefined),
  };
}

/**
 * A posted article's extraction as the journal keeps it: names unified with the graph's, and
 * compacted, so one huge article makes one small line and merges the same.
 */
export function extractPosted(
  graph: KgGraph,
  article: Article,
  options: { extract?: (article: Article) => Extraction; maxEvidencePerArticle?: number } = {},
): Extraction {
  const extract = options.extract ?? extractArticle;
  return compactEvidence(unifyWithGraph(graph, extract(article)), options.maxEvidencePerArticle);
}

/** Ids are content hashes, so posting the same text twice adds it once. */
export function postedArticleId(text: string): string {
  return `post_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

// Without a date, the article's own dateline gives it (the schema has checked a given one).
function articleOf(input: NewArticle): Article {
  const article: Article = { id: postedArticleId(input.text), text: input.text };
  const dateline = parseDateline(input.text);
  if (input.title !== undefined) article.title = input.title;
  if (input.date !== undefined && normaliseDate(input.date) === undefined)
    throw new InvalidInputError(`date "${input.date}" is not a date`, { hint: 'use YYYY-MM-DD (2025年7月7日 and 2025/7/7 work too)' });
  const date = input.date !== undefined ? normaliseDate(input.date) : dateline.date;
  if (date) article.date = date;
  if (input.date === undefined && dateline.dateInferred) article.dateInferred = true;
  const source = input.source ?? dateline.source;
  if (source !== undefined) article.source = source;
  return article;
}
