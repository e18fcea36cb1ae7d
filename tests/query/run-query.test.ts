import { describe, expect, it } from 'vitest';

import type { KgError } from '../../src/errors.ts';
import { parseCommand } from '../../src/query/console/parse-command.ts';
import { runQuery } from '../../src/query/console/run-query.ts';
import { tokenize } from '../../src/query/console/tokenize.ts';
import { errorOf } from './error-of.ts';
import { tinyGraph } from './tiny-graph.ts';


const at = (error: KgError) => (error.details as { at: { word: string; start: number } }).at;

describe('tokenize', () => {
  it('keeps comma lists together and splits arrows off names', () => {
    expect(tokenize('path 天津->策勒县 via supports, part_of').map((t) => t.text)).toEqual([
      'path',
      '天津',
      '->',
      '策勒县',
      'via',
      'supports,part_of',
    ]);
    expect(tokenize('path 天津 → 策勒县').map((t) => t.text)).toEqual(['path', '天津', '→', '策勒县']);
  });
});

describe('parseCommand', () => {
  it.each([
    ['path 天津 -> 策勒县第一小学', { kind: 'path' }],
    ['path 江西省 -> 阿克陶县人民医院 via supports,part_of max 3', { kind: 'path', via: ['supports', 'part_of'], maxHops: 3 }],
    ['PATH a -> b mode simple directed', { kind: 'path', mode: 'simple', directed: true }],
    ['who supports 阿克陶县人民医院', { kind: 'supporters' }],
    ['who supports hospitals in 和田地区 type province', { kind: 'supporters', ofType: 'hospital', type: 'province' }],
    ['who supports 医院 in 和田地区', { kind: 'supporters', ofType: 'hospital' }],
    ['what does 唐山 support', { kind: 'supported' }],
    ['what does 唐山 support type county', { kind: 'supported', type: 'county' }],
    ['neighbors 江西省 type hospital', { kind: 'neighbors', type: 'hospital' }],
    ['neighbours 江西省 via supports out', { kind: 'neighbors', via: ['supports'], direction: 'out' }],
    ['find 医院 in 和田地区', { kind: 'find', type: 'hospital' }],
    ['find 第一 in 策勒县', { kind: 'find', text: '第一' }],
    ['help', { kind: 'help' }],
  ])('parses %s', (line, expected) => {
    expect(parseCommand(line)).toMatchObject(expected);
  });

  it.each([
    ['pth 天津 -> 策勒县', 'pth'],
    ['path 天津 策勒县', '策勒县'],
    ['path 天津 -> 策勒县 viaa supports', 'viaa'],
    ['path 天津 -> 策勒县 via supprts', 'supprts'],
    ['path 天津 -> 策勒县 max 7', '7'],
    ['path 天津 -> 策勒县 max 2 max 3', 'max'],
    ['path 天津 -> 策勒县 mode longest', 'longest'],
    ['who helps 策勒县', 'helps'],
    ['neighbors 江西省 type hosptal', 'hosptal'],
    ['what does 唐山 help', 'help'],
  ])('points at the wrong word of %s', (line, word) => {
    const error = errorOf(() => parseCommand(line));
    expect(error.code).toBe('INVALID_INPUT');
    expect(at(error).word).toBe(word);
    expect(at(error).start).toBe(line.lastIndexOf(word));
    expect(error.hint).toContain('^');
  });

  it('says what is missing at the end of a short line', () => {
    const error = errorOf(() => parseCommand('path 天津 ->'));
    expect(error.message).toMatch(/Expected the second name at the end/);
  });
});

describe('runQuery', () => {
  const graph = tinyGraph();

  it('answers path with rows, paths and highlight', () => {
    const result = runQuery(graph, 'path 天津 -> 策勒县第一小学');
    expect(result.kind).toBe('path');
    expect(result.rows[0]).toMatchObject({ rank: 1, hops: 2, path: '天津市 —supports→ 策勒县 ←located_in— 策勒县第一小学' });
    expect(result.paths?.[0].nodes).toEqual(['天津市', '策勒县', '策勒县第一小学']);
    // Both two-hop paths come back, the better-evidenced first: 3 supports sentences beat a partnership.
    expect(result.rows[1]).toMatchObject({ rank: 2, path: '天津市 ←located_in— 天津市第一中学 —partners_with→ 策勒县第一小学' });
    expect(result.highlight.nodes.sort()).toEqual(['天津市', '天津市第一中学', '策勒县', '策勒县第一小学'].sort());
    expect(result.highlight.edges).toContain('天津市|supports|策勒县');
    expect(result.highlight.edges).toContain('策勒县第一小学|located_in|策勒县');
  });

  it('answers path with options', () => {
    const result = runQuery(graph, 'path 江西省 -> 阿克陶县人民医院 via supports,located_in max 3');
    expect(result.rows.map((r) => r.path)).toEqual(['江西省 —supports→ 阿克陶县 ←located_in— 阿克陶县人民医院']);
  });

  it('answers which provinces support hospitals in an area, and which hospitals, in one line', () => {
    const result = runQuery(graph, 'who supports hospitals in 和田地区 type province');
    expect(result.rows).toEqual([
      {
        supporter: '北京市',
        type: 'province',
        recipient: '和田地区人民医院',
        direct: true,
        reach: 'direct',
        path: '北京市 —supports→ 和田地区人民医院',
      },
      {
        supporter: '天津市',
        type: 'province',
        recipient: '策勒县人民医院',
        direct: false,
        reach: 'county',
        path: '天津市 —supports→ 策勒县 ←located_in— 策勒县人民医院',
      },
    ]);
  });

  it('answers who supports and what does … support', () => {
    expect(runQuery(graph, 'who supports 阿克陶縣人民醫院').rows.map((r) => [r.supporter, r.direct])).toEqual([
      ['南昌大学第一附属医院', true],
      ['江西省', false],
      ['南昌市', false],
    ]);
    expect(runQuery(graph, 'what does 唐山 support').rows).toEqual([
      { supported: '且末县', type: 'county', direct: true, reach: 'direct', path: '唐山市 —supports→ 且末县' },
    ]);
  });

  it('answers neighbors and find', () => {
    const neighbors = runQuery(graph, 'neighbors 江西省 type prefecture');
    expect(neighbors.rows).toEqual([{ neighbor: '南昌市', type: 'prefecture', edge: 'located_in', direction: 'in', evidence: 1 }]);
    expect(neighbors.highlight).toEqual({ nodes: ['江西省', '南昌市'], edges: ['南昌市|located_in|江西省'] });
    const found = runQuery(graph, 'find 医院 in 和田地区');
    expect(found.rows.map((r) => r.node).sort()).toEqual(['和田地区人民医院', '策勒县人民医院']);
  });

  it('answers help with the commands and examples', () => {
    const help = runQuery(graph, 'help');
    expect(help.rows.map((r) => r.example)).toContain('who supports hospitals in 和田地区 type province');
  });

  it('points an unknown name at its word, with suggestions', () => {
    const error = errorOf(() => runQuery(graph, 'path 天津 -> 策勒县医院'));
    expect(error.code).toBe('NOT_FOUND');
    expect(at(error)).toMatchObject({ word: '策勒县医院', start: 11 });
    expect(error.hint).toContain('策勒县人民医院');
  });

  it('rejects empty and over-long queries', () => {
    expect(errorOf(() => runQuery(graph, '   ')).message).toMatch(/empty/);
    expect(errorOf(() => runQuery(graph, `find ${'医'.repeat(600)}`)).message).toMatch(/limit is 500/);
    expect(errorOf(() => runQuery(graph, 'find 医院', { maxQueryLength: 5 })).message).toMatch(/limit is 5/);
  });

  it('caps the rows it returns', () => {
    const result = runQuery(graph, 'what does 天津 support', { maxRows: 2 });
    expect(result.rows).toHaveLength(2);
    expect(result.truncated).toBe(true);
  });
});
