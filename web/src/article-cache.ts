// Articles fetched once per page: evidence cards of one node often share an article.
import type { ArticleResponse } from '../../src/api/contract.ts';
import { getArticle } from './api.ts';

const articles = new Map<string, Promise<ArticleResponse>>();

export function cachedArticle(id: string): Promise<ArticleResponse> {
  let article = articles.get(id);
  if (!article) {
    article = getArticle(id);
    // A failure is not cached: the next look may succeed.
    article.catch(() => articles.delete(id));
    articles.set(id, article);
  }
  return article;
}
