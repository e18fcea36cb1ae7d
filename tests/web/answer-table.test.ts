import { describe, expect, it } from 'vitest';

import { runQuery } from '../../src/query/console/run-query.ts';
import { answerTable } from '../../web/src/answer-table.ts';
import { tinyGraph } from '../query/tiny-graph.ts';

// Answers straight from the query engine, in the shape POST /api/query sends.
const graph = tinyGraph();
const ask = (q: string) => JSON.parse(JSON.stringify(runQuery(graph, q)));

describe('answerTable', () => {
  it('makes support answers rows about their supporter, with the path behind each, in Chinese', () => {
    const table = answerTable(ask('who supports 阿克陶县人民医院'));
    expect(table.title).toBe('支援方');
    expect(table.columns.map((c) => c.label)).toEqual(['支援方', '类型', '受援方', '支援方式', '路径']);
    expect(table.rows.map((r) => r.node)).toEqual(['南昌大学第一附属医院', '江西省', '南昌市']);
    const second = table.rows[1]!;
    expect(second.cells).toEqual([
      { kind: 'node', node: '江西省' },
      { kind: 'text', text: '省级' },
      { kind: 'node', node: '阿克陶县人民医院' },
      { kind: 'text', text: '经所在县' },
      { kind: 'path', path: second.path },
    ]);
    expect(second.path?.nodes).toEqual(['江西省', '阿克陶县', '阿克陶县人民医院']);
  });

  it('gives path rows their path and no node', () => {
    const table = answerTable(ask('path 天津 -> 策勒县第一小学 mode shortest'));
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({ node: null, path: { nodes: ['天津市', '策勒县', '策勒县第一小学'] } });
    expect(table.rows[0]!.cells.at(-1)).toMatchObject({ kind: 'path' });
  });

  it('makes help examples runnable and says each command in Chinese', () => {
    const table = answerTable(ask('help'));
    const example = table.rows[0]!.cells[table.columns.findIndex((c) => c.key === 'example')]!;
    expect(example).toEqual({ kind: 'example', query: 'path 江西省 -> 阿克陶县人民医院 via supports,located_in max 3' });
    const says = table.rows[0]!.cells[table.columns.findIndex((c) => c.key === 'says')]!;
    expect(says).toMatchObject({ kind: 'text', text: expect.stringMatching(/^两个实体之间的路径/) });
  });

  it('makes neighbours and found nodes rows about their node', () => {
    expect(answerTable(ask('neighbors 江西省')).rows.map((r) => r.node)).toEqual(['阿克陶县', '南昌市']);
    expect(answerTable(ask('find hospital in 和田地区')).rows.map((r) => r.node).sort()).toEqual(['和田地区人民医院', '策勒县人民医院']);
  });
});
