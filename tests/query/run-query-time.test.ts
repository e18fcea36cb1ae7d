// Console lines with a time window, and totals.
import { describe, expect, it } from 'vitest';

import type { KgError } from '../../src/errors.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { mergeExtraction } from '../../src/graph/build.ts';
import { parseCommand } from '../../src/query/console/parse-command.ts';
import { runQuery } from '../../src/query/console/run-query.ts';
import { errorOf } from './error-of.ts';
import { timedGraph } from './timed-graph.ts';

const at = (error: KgError) => (error.details as { at: { word: string; start: number } }).at;
const windowOf = (line: string) => (parseCommand(line) as { window?: unknown }).window;

describe('parseCommand: time windows', () => {
  it.each<[string, unknown]>([
    ['who supports 于田县 since 2020', { since: '2020' }],
    ['who supports 于田县 after 2020', { since: '2021' }],
    ['who supports 于田县 until 2023', { until: '2023' }],
    ['who supports 于田县 before 2023', { until: '2022' }],
    ['who supports 于田县 in 2023', { since: '2023', until: '2023' }],
    ['what does 天津 support between 2019 and 2023', { since: '2019', until: '2023' }],
    ['what does 天津 support from 2019 to 2023 type county', { since: '2019', until: '2023' }],
    ['path 天津 -> 策勒县 since 2022', { since: '2022' }],
    ['path 天津 -> 策勒县 via supports since 2022-04 until 2024-06-30', { since: '2022-04', until: '2024-06-30' }],
    ['neighbors 天津市 in 2024', { since: '2024', until: '2024' }],
    ['find county in 和田地区 since 2024', { since: '2024' }],
    ['totals 天津 since 2021', { since: '2021' }],
    ['who supports hospitals in 和田地区 since 2020', { since: '2020' }],
  ])('%s', (line, window) => expect(windowOf(line)).toEqual(window));

  it('keeps `in` a direction or an area when no year follows', () => {
    expect(parseCommand('neighbors 天津市 in')).toMatchObject({ direction: 'in' });
    expect(parseCommand('find county in 和田地区')).toMatchObject({ within: { text: '和田地区' } });
  });

  it.each<[string, string, string]>([
    ['who supports 于田县 since', 'Expected a year after since at the end', ''],
    ['who supports 于田县 since yesterday', '"yesterday" is not a year: expected a year after since', 'yesterday'],
    ['who supports 于田县 since 2024 until 2020', 'The window starts (2024) after it ends (2020)', 'until'],
    ['what does 天津 support between 2019 2023', 'Expected "and" after between 2019', '2023'],
    ['path 天津 -> 策勒县 since 2020-13', '"2020-13" is not a year: expected a year after since', '2020-13'],
    ['who supports 于田县 since 2020 since 2021', '"since" is given twice', 'since'],
  ])('%s is an error at the word', (line, message, word) => {
    const error = errorOf(() => parseCommand(line));
    expect(error.message).toBe(message);
    expect(at(error).word).toBe(word);
  });
});

describe('runQuery: time windows', () => {
  const graph = timedGraph();

  it('answers from the evidence in the window, with its years', () => {
    const result = runQuery(graph, 'who supports 于田县 since 2020');
    expect(result.window).toEqual({ since: '2020' });
    expect(result.rows).toEqual([{ supporter: '天津市', type: 'province', recipient: '于田县', direct: true, reach: 'direct', path: '天津市 —supports→ 于田县', years: '2021–2025' }]);
    expect(result.paths![0]!.edges[0]!.evidence.map((e) => e.article)).toEqual(['c2025', 'd2025']);
  });

  it('leaves out what the window does not show, and undated aid from any window', () => {
    expect(runQuery(graph, 'who supports 策勒县 until 2020').rows).toEqual([]);
    expect(runQuery(graph, 'who supports 阿克陶县').rows.map((r) => r.supporter)).toEqual(['江西省']);
    expect(runQuery(graph, 'who supports 阿克陶县 since 1990').rows).toEqual([]);
  });

  it('finds paths only over edges seen in the window', () => {
    expect(runQuery(graph, 'path 北京市 -> 于田县 via supports,located_in').rows.length).toBe(1);
    expect(runQuery(graph, 'path 北京市 -> 于田县 via supports,located_in since 2020').rows).toEqual([]);
  });

  it('finds entities seen in the window', () => {
    expect(runQuery(graph, 'find county in 和田地区 until 2020').rows.map((r) => r.node).sort()).toEqual(['于田县', '和田市']);
  });

  it('does not find an entity whose dates only straddle the window', () => {
    // 和田市 is in 2019's and 2025's articles, and in none that speaks of 2022.
    const straddling = timedGraph();
    mergeExtraction(straddling, extractArticle({ id: 'x2025', date: '2025-03-01', text: '北京市对口支援和田市。' }));
    expect(runQuery(straddling, 'find county in 和田地区 between 2022 and 2022').rows.map((r) => r.node)).toEqual(['于田县']);
    expect(runQuery(straddling, 'find county in 和田地区 between 2025 and 2025').rows.map((r) => r.node).sort()).toEqual(['于田县', '和田市']);
  });

  it('answers without a window as before, with no years column', () => {
    const result = runQuery(graph, 'who supports 于田县');
    expect(result.window).toBeUndefined();
    expect(result.rows.every((r) => !('years' in r))).toBe(true);
  });
});

describe('runQuery: totals', () => {
  it('gives one row per stated figure and notes on what adds up', () => {
    const result = runQuery(timedGraph(), 'totals 天津 until 2024');
    expect(result.kind).toBe('totals');
    expect(result.rows.map((r) => [r.kind, r.amount, r.period, r.recipients, r.articles])).toEqual([
      ['money', '12.6亿元', '“十四五”以来', '于田县', 'c2025 d2025'],
      ['money', '8800万元', '2023年以来', '策勒县', 'b2024'],
      ['money', '5000万元', '2019年', '于田县', 'a2019'],
      ['projects', '86个', '“十四五”以来', '于田县', 'c2025'],
    ]);
    expect(result.notes).toEqual([
      'money given as aid (3 figures) — 13.98亿元: sum of 3 figures for separate recipients or periods',
      'projects given as aid (1 figure) — 86个: one figure',
    ]);
    expect(result.highlight.nodes.sort()).toEqual(['于田县', '天津市', '策勒县']);
  });

  it('says so when there are no figures', () => {
    expect(runQuery(timedGraph(), 'totals 北京市').notes).toEqual(['No figures stated for 北京市']);
  });
});
