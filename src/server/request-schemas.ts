// zod schemas of every request; limits come from the settings.
import { z } from 'zod';

import type { Settings } from '../config.ts';
import { EDGE_TYPES, NODE_TYPES } from '../types.ts';
import { PATH_MODES, MAX_HOPS } from '../query/find-paths.ts';

const commaList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export function requestSchemas(settings: Settings) {
  const text = (what: string) =>
    z
      .string({ error: `${what} is required` })
      .trim()
      .min(1, `${what} is empty`)
      .max(settings.maxQueryLength, `${what} is longer than ${settings.maxQueryLength} characters`);
  const nodeType = z.enum(NODE_TYPES);
  const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

  return {
    search: z.object({ q: text('q'), type: nodeType.optional(), limit: limit(100, 10) }),
    path: z.object({
      from: text('from'),
      to: text('to'),
      via: commaList(EDGE_TYPES).optional(),
      max: z.coerce.number().int().min(1).max(MAX_HOPS, `at most ${MAX_HOPS} hops`).optional(),
      mode: z.enum(PATH_MODES).default('all-shortest'),
      directed: flag.default(false),
      limit: limit(settings.maxPaths, settings.maxPaths),
    }),
    supporters: z.object({
      of: text('of'),
      ofType: nodeType.optional(),
      type: nodeType.optional(),
      limit: limit(settings.maxRows, settings.maxRows),
    }),
    supported: z.object({ by: text('by'), type: nodeType.optional(), limit: limit(settings.maxRows, settings.maxRows) }),
    query: z.object({ q: z.string({ error: 'q is required: {"q": "help"}' }) }),
    export: z.object({
      format: z.enum(['gexf', 'graphml', 'json', 'csv']).default('gexf'),
      table: z.enum(['nodes', 'edges']).default('edges'),
      version: z.enum(['1.2', '1.3']).default('1.2'),
      types: commaList(NODE_TYPES).optional(),
      edges: commaList(EDGE_TYPES).optional(),
      q: text('q').optional(),
    }),
    article: z.object({
      text: z
        .string({ error: 'text is required' })
        .refine((s) => s.trim().length > 0, 'text is empty')
        .refine((s) => s.length <= settings.maxArticleLength, `text is longer than ${settings.maxArticleLength} characters`),
      title: z.string().max(500).optional(),
      date: z.string().max(40).optional(),
      source: z.string().max(2000).optional(),
    }),
    articleId: z.string().regex(/^[\w.-]{1,200}$/u, 'an article id is letters, digits, _ . and -'),
  };
}

export type RequestSchemas = ReturnType<typeof requestSchemas>;
