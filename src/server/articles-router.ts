// GET /api/articles/:id (the article as written, with the clean reading of each sentence)
// and POST /api/articles (add one).
import { Router } from 'express';

import { NotFoundError } from '../errors.ts';
import { sentenceReadings } from '../extract/sentence-readings.ts';
import type { ArticleStore } from '../pipeline/article-store.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { parseRequest } from './parse-request.ts';
import type { AddedArticleResponse, ArticleResponse, RequestSchemas } from '../api/contract.ts';
import { requireJson } from './require-json.ts';
import type { RequestHandler } from 'express';

export function articlesRouter(store: ArticleStore, schemas: RequestSchemas, canWrite: RequestHandler[]): Router {
  const router = Router();
  router
    .route('/api/articles/:id')
    .get(async (req, res) => {
      const id = parseRequest(schemas.articleId, req.params.id, 'article id');
      const article = await store.get(id);
      if (!article) throw new NotFoundError(`No article "${id}"`, { hint: 'Article ids are listed in the evidence of /api/nodes/:id' });
      res.json({ ...article, readings: sentenceReadings(article) } satisfies ArticleResponse);
    })
    .all(methodNotAllowed(['GET']));
  router
    .route('/api/articles')
    .post(...canWrite, requireJson, async (req, res) => {
      const input = parseRequest(schemas.article, req.body, 'body');
      const added = await store.add(input);
      res.status(added.created ? 201 : 200).json({
        id: added.article.id,
        created: added.created,
        nodes: added.nodes,
        edges: added.edges,
        skipped: added.skipped,
      } satisfies AddedArticleResponse);
    })
    .all(methodNotAllowed(['POST']));
  return router;
}
