import { describe, expect, it } from 'vitest';

import type { KgError } from '../../src/errors.ts';
import { parseCommand } from '../../src/query/console/parse-command.ts';
import type { Command } from '../../src/query/console/parse-command.ts';
import { isQuestion, parseQuestion } from '../../src/query/console/parse-question.ts';
import { runQuery } from '../../src/query/console/run-query.ts';
import { errorOf } from './error-of.ts';
import { timedGraph } from './timed-graph.ts';
import { tinyGraph } from './tiny-graph.ts';

// Names as [text, start, end] so a wrong offset shows.
function shape(command: Command): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(command)) out[k] = v && typeof v === 'object' && 'text' in v ? [v.text, v.start, v.end] : v;
  return out;
}
const at = (error: KgError) => (error.details as { at: { word: string; start: number; end: number } }).at;

describe('parseQuestion', () => {
  it.each<[string, Record<string, unknown>]>([
    ['谁支援阿克陶县人民医院', { kind: 'supporters', of: ['阿克陶县人民医院', 3, 11] }],
    ['谁支援了阿克陶县人民医院？', { kind: 'supporters', of: ['阿克陶县人民医院', 4, 12] }],
    ['谁对口支援阿克陶縣人民醫院', { kind: 'supporters', of: ['阿克陶縣人民醫院', 5, 13] }],
    ['哪些省支援和田地区', { kind: 'supporters', of: ['和田地区', 5, 9], type: 'province' }],
    ['谁支援和田地区的医院', { kind: 'supporters', of: ['和田地区', 3, 7], ofType: 'hospital' }],
    ['阿克陶县人民医院由谁支援', { kind: 'supporters', of: ['阿克陶县人民医院', 0, 8] }],
    ['阿克陶县人民医院的支援方是谁', { kind: 'supporters', of: ['阿克陶县人民医院', 0, 8] }],
    ['唐山支援了哪些', { kind: 'supported', by: ['唐山', 0, 2] }],
    ['唐山支援了哪些医院', { kind: 'supported', by: ['唐山', 0, 2], type: 'hospital' }],
    ['江西省援助了什么', { kind: 'supported', by: ['江西省', 0, 3] }],
    ['天津到策勒县第一小学的路径', { kind: 'path', from: ['天津', 0, 2], to: ['策勒县第一小学', 3, 10] }],
    ['从天津到策勒县第一小学的路线', { kind: 'path', from: ['天津', 1, 3], to: ['策勒县第一小学', 4, 11] }],
    ['和田地区到天津的关系', { kind: 'path', from: ['和田地区', 0, 4], to: ['天津', 5, 7] }],
    ['天津和和田地区之间的关系', { kind: 'path', from: ['天津', 0, 2], to: ['和田地区', 3, 7] }],
    ['和田地区的医院', { kind: 'find', type: 'hospital', within: ['和田地区', 0, 4] }],
    ['和田地区有哪些学校', { kind: 'find', type: 'school', within: ['和田地区', 0, 4] }],
    ['天津投入了多少', { kind: 'totals', of: ['天津', 0, 2] }],
    ['天津援助了多少资金？', { kind: 'totals', of: ['天津', 0, 2] }],
    ['天津的援助金额', { kind: 'totals', of: ['天津', 0, 2] }],
    ['江西省的邻居', { kind: 'neighbors', of: ['江西省', 0, 3] }],
  ])('reads %s', (line, want) => {
    expect(shape(parseQuestion(line))).toEqual(want);
  });

  it.each<[string, Record<string, unknown>]>([
    ['2020年以来谁支援和田地区', { kind: 'supporters', of: ['和田地区', 10, 14], window: { since: '2020' } }],
    ['谁在2020年以来支援和田地区', { kind: 'supporters', of: ['和田地区', 11, 15], window: { since: '2020' } }],
    ['谁支援和田地区（2020年以后）', { kind: 'supporters', of: ['和田地区', 3, 7], window: { since: '2020' } }],
    ['2019年至2023年天津支援了哪些', { kind: 'supported', by: ['天津', 11, 13], window: { since: '2019', until: '2023' } }],
    ['天津2019—2023年支援了哪些', { kind: 'supported', by: ['天津', 0, 2], window: { since: '2019', until: '2023' } }],
    ['2023年天津到策勒县第一小学的路径', { kind: 'path', from: ['天津', 5, 7], to: ['策勒县第一小学', 8, 15], window: { since: '2023', until: '2023' } }],
    ['2020年以前谁支援于田县', { kind: 'supporters', of: ['于田县', 10, 13], window: { until: '2019' } }],
    ['截至2023年天津投入了多少', { kind: 'totals', of: ['天津', 7, 9], window: { until: '2023' } }],
    ['“十四五”以来天津投入了多少', { kind: 'totals', of: ['天津', 7, 9], window: { since: '2021' } }],
  ])('reads the time in %s', (line, want) => {
    expect(shape(parseQuestion(line))).toEqual(want);
  });

  it('is what parseCommand reads when a line starts in Chinese or with a year', () => {
    expect(isQuestion('谁支援阿克陶县人民医院')).toBe(true);
    expect(isQuestion('2020年以来谁支援和田地区')).toBe(true);
    expect(isQuestion('who supports 阿克陶县人民医院')).toBe(false);
    expect(shape(parseCommand('唐山支援了哪些'))).toEqual({ kind: 'supported', by: ['唐山', 0, 2] });
  });
});

describe('parseQuestion errors point at the word', () => {
  it.each<[string, string, string, number]>([
    ['谁支援', 'Expected a name after 支援', '', 3],
    ['谁支援？', 'Expected a name after 支援', '', 3],
    ['天津到的路径', 'Expected the second name', '', 3],
    ['到策勒县的路径', 'Expected the first name', '', 0],
    ['和田地区的飞机', '"飞机" is not a type of entity', '飞机', 5],
    ['唐山支援了哪些飞机', '"飞机" is not a type of entity', '飞机', 7],
    ['2020年以来', 'Expected a question after the time', '', 7],
    ['天津怎么样', 'Not a question the console knows', '天津怎么样', 0],
  ])('%s', (line, message, word, start) => {
    const error = errorOf(() => parseQuestion(line));
    expect(error.message).toBe(message);
    expect([at(error).word, at(error).start]).toEqual([word, start]);
  });
});

describe('Chinese questions against a graph', () => {
  const rows = (line: string, graph = tinyGraph()) => runQuery(graph, line).rows;

  it('give the rows of the English command they stand for', () => {
    const pairs: Array<[string, string]> = [
      ['谁支援阿克陶县人民医院', 'who supports 阿克陶县人民医院'],
      ['唐山支援了哪些', 'what does 唐山 support'],
      ['天津到策勒县第一小学的路径', 'path 天津 -> 策勒县第一小学'],
      ['和田地区的医院', 'find hospital in 和田地区'],
      ['哪些省支援和田地区的医院', 'who supports hospitals in 和田地区 type province'],
    ];
    for (const [question, command] of pairs) {
      expect(rows(question), question).toEqual(rows(command));
      expect(rows(question).length, question).toBeGreaterThan(0);
    }
  });

  it('answer with the window of their time phrase', () => {
    const graph = timedGraph();
    const result = runQuery(graph, '2020年以来谁支援于田县');
    expect(result.window).toEqual({ since: '2020' });
    expect(result.rows).toEqual(runQuery(graph, 'who supports 于田县 since 2020').rows);
    expect(result.rows.map((r) => [r.supporter, r.years])).toEqual([['天津市', '2021–2025']]);
    expect(runQuery(graph, '2020年以前谁支援于田县').rows.map((r) => [r.supporter, r.years])).toEqual([['天津市', '2019']]);
  });

  it('report an unknown name at its place in the question, with suggestions', () => {
    const error = errorOf(() => runQuery(tinyGraph(), '谁支援阿克陶医院'));
    expect(error.code).toBe('NOT_FOUND');
    expect(at(error)).toEqual({ word: '阿克陶医院', start: 3, end: 8 });
    expect((error.details as { suggestions: string[] }).suggestions).toContain('阿克陶县人民医院');
  });
});
