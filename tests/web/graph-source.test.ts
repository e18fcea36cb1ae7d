import { describe, expect, it } from 'vitest';

import { GRAPH_URL } from '../../web/src/api.ts';
import { graphSource } from '../../web/src/graph-source.ts';

const ORIGIN = 'http://127.0.0.1:3000';

describe('graphSource', () => {
  it('reads the served graph when the link names none', () => {
    expect(graphSource('', ORIGIN)).toEqual({ url: GRAPH_URL });
    expect(graphSource('?node=江西省&graph=', ORIGIN)).toEqual({ url: GRAPH_URL });
  });

  it.each([
    ['/bench/synthetic.json', '/bench/synthetic.json'],
    ['/api/export?format=json&types=province', '/api/export?format=json&types=province'],
    ['bench/g.json', '/bench/g.json'],
    [`${ORIGIN}/g.json`, '/g.json'],
  ])('accepts a path of this site: %s', (asked, url) => {
    expect(graphSource(`?graph=${encodeURIComponent(asked)}`, ORIGIN)).toEqual({ url });
  });

  it.each([
    'https://evil.example/graph.json',
    '//evil.example/graph.json',
    '/\\evil.example/graph.json',
    'http://127.0.0.1:3001/graph.json',
    'https://127.0.0.1:3000/graph.json',
    'data:application/json,{"nodes":[]}',
    'javascript:alert(1)',
  ])('refuses %s and reads the served graph instead', (asked) => {
    expect(graphSource(`?graph=${encodeURIComponent(asked)}`, ORIGIN)).toEqual({ url: GRAPH_URL, refused: asked });
  });
});
