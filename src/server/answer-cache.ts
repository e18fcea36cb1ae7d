// JSON answers to GET queries kept per graph version: the same URL asked again is answered
// with the bytes and ETag made the first time, without parsing, searching, serialising and
// hashing again. Any change to the graph (an article added) empties it; an answer cut short
// by its CPU budget is not kept, as the next try may get further.
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';

import type { KgGraph } from '../graph/build.ts';
import { graphRevision } from '../graph/on-graph-change.ts';

export interface AnswerCache {
  /**
   * Sends a kept answer for a GET or HEAD of its URL, before the request is parsed or routed
   * (only answers of GET handlers are kept); passes anything else on.
   */
  lookup: RequestHandler;
  /**
   * A GET handler answering `answer(req)` as res.json would (same type, ETag and 304), kept
   * for the same URL while the graph stays the same when `keep(answer)` holds.
   */
  handler<T>(answer: (req: Request) => Promise<T>, keep: (answer: T) => boolean): RequestHandler;
}

interface JsonAnswer {
  body: Buffer;
  etag: string | undefined;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Keeps answers up to `maxBytes` (bodies and URLs), the least recently asked dropped first. */
export function createAnswerCache(graph: KgGraph, maxBytes: number): AnswerCache {
  const answers = new LRUCache<string, JsonAnswer>({ maxSize: maxBytes, sizeCalculation: (answer, url) => answer.body.length + url.length });
  let keptAt = graphRevision(graph);
  /** The current revision, having emptied the cache if the graph changed since its answers. */
  const current = (): number => {
    const revision = graphRevision(graph);
    if (revision !== keptAt) {
      answers.clear();
      keptAt = revision;
    }
    return revision;
  };
  return {
    lookup: (req, res, next) => {
      current();
      const found = req.method === 'GET' || req.method === 'HEAD' ? answers.get(req.originalUrl) : undefined;
      if (found) sendJsonAnswer(res, found);
      else next();
    },
    handler: (answer, keep) => async (req, res) => {
      const url = req.originalUrl;
      const at = current();
      let found = answers.get(url);
      if (!found) {
        const value = await answer(req);
        found = jsonAnswer(req, value);
        // An answer that took turns of the event loop may be of a graph changed meanwhile.
        if (keep(value) && current() === at) answers.set(url, found);
      }
      sendJsonAnswer(res, found);
    },
  };
}

/** The body and ETag res.json makes: the app's JSON settings and its ETag function. */
function jsonAnswer(req: Request, value: unknown): JsonAnswer {
  const { app } = req;
  const body = Buffer.from(JSON.stringify(value, app.get('json replacer'), app.get('json spaces')));
  const etagOf = app.get('etag fn') as ((body: Buffer) => string) | undefined;
  return { body, etag: etagOf?.(body) };
}

/** As res.json does once it has the bytes: res.send answers 304 to a client holding the tag. */
function sendJsonAnswer(res: Response, answer: JsonAnswer): void {
  res.setHeader('Content-Type', JSON_TYPE);
  if (answer.etag) res.setHeader('ETag', answer.etag);
  res.send(answer.body);
}
