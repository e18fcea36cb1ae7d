import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';

import { type Gold, formatScore, parseGold, scoreGraph } from './score-graph.ts';

type NodeSpec = [key: string, type: string, aliases?: string[], mentions?: number, label?: string];
type EdgeSpec = [source: string, type: string, target: string, withEvidence?: boolean];

function graphOf(nodes: NodeSpec[], edges: EdgeSpec[] = []): SerializedGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: nodes.map(([key, type, aliases = [], mentions = 1, label = key]) => ({ key, attributes: { label, type, aliases, mentions } })),
    edges: edges.map(([source, type, target, withEvidence = true]) => ({
      source,
      target,
      attributes: { type, evidence: withEvidence ? [{ article: 'a', sentence: '句', start: 0, end: 1 }] : [] },
    })),
  };
}

const goldOf = (...articles: Gold['articles']): Gold => parseGold({ articles });

const ZERO = { tp: 0, fp: 0, fn: 0, p: 0, r: 0, f1: 0 };

describe('parseGold', () => {
  it('reads the eval gold format, with arrays of accepted types and noisy surface forms', () => {
    const gold = goldOf({
      file: 'a.txt',
      entities: [
        { name: '江西省', type: 'province', aliases: ['江西'] },
        { name: '就业之家', type: ['program', 'facility'], aliases: [], surface: ['就業(yè)之家'] },
      ],
      relations: [{ source: '江西省', type: 'runs', target: '就业之家' }],
    });
    expect(gold.articles[0]!.entities[1]!.type).toEqual(['program', 'facility']);
  });

  it('rejects a relation that names no entity of its article', () => {
    expect(() =>
      goldOf({ file: 'a.txt', entities: [{ name: '江西省', type: 'province', aliases: [] }], relations: [{ source: '江西省', type: 'supports', target: '阿克陶县' }] }),
    ).toThrow(/a\.txt: .*names no entity "阿克陶县"/);
  });

  it('rejects an entity type outside the ontology', () => {
    expect(() => goldOf({ file: 'a.txt', entities: [{ name: '刘文斌', type: 'person' as 'province', aliases: [] }], relations: [] })).toThrow();
  });
});

describe('scoreGraph', () => {
  const gold = goldOf({
    file: 'a.txt',
    entities: [
      { name: '江西省', type: 'province', aliases: ['江西'] },
      { name: '阿克陶县', type: 'county', aliases: ['阿克陶'] },
      { name: '阿克陶县人民医院', type: 'hospital', aliases: ['阿克陶縣人民醫院'] },
      { name: '九江学院附属医院', type: 'hospital', aliases: [] },
      { name: '九江学院', type: 'school', aliases: [] },
      { name: '赣克健康快车', type: 'program', aliases: [] },
      { name: '木吉乡', type: 'township', aliases: [] },
    ],
    relations: [
      { source: '江西省', type: 'supports', target: '阿克陶县' },
      { source: '江西省', type: 'supports', target: '木吉乡' },
      { source: '九江学院附属医院', type: 'part_of', target: '九江学院' },
      { source: '江西省', type: 'runs', target: '赣克健康快车' },
      { source: '阿克陶县人民医院', type: 'located_in', target: '阿克陶县' },
    ],
  });

  it('matches nodes by key, label or alias and relations by their gold names, whole figures compared', () => {
    const graph = graphOf(
      [
        ['江西', 'province'],
        ['阿克陶县', 'county'],
        ['阿克陶縣人民醫院', 'hospital', [], 1, '阿克陶县人民医院'],
        ['九江学院附院', 'hospital', ['九江学院附属医院']],
        ['九江学院', 'school'],
        ['赣克健康快车', 'program'],
        ['木吉乡', 'township'],
        ['新华社', 'agency'],
      ],
      [
        ['江西', 'supports', '阿克陶县'],
        ['江西', 'supports', '木吉乡'],
        ['九江学院附院', 'part_of', '九江学院'],
        ['江西', 'supports', '新华社'],
        ['阿克陶縣人民醫院', 'located_in', '阿克陶县'],
      ],
    );
    const score = scoreGraph(graph, gold);
    expect(score).toEqual({
      entities: { tp: 6, fp: 1, fn: 0, p: 0.857, r: 1, f1: 0.923 },
      relations: { tp: 3, fp: 1, fn: 1, p: 0.75, r: 0.75, f1: 0.75 },
      supports: { tp: 2, fp: 1, fn: 0, p: 0.667, r: 1, f1: 0.8 },
      byType: {
        province: { tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 },
        prefecture: ZERO,
        county: { tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 },
        hospital: { tp: 2, fp: 0, fn: 0, p: 1, r: 1, f1: 1 },
        school: { tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 },
        company: ZERO,
        program: { tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 },
        agency: { tp: 0, fp: 1, fn: 0, p: 0, r: 0, f1: 0 },
      },
      byRelation: {
        supports: { tp: 2, fp: 1, fn: 0, p: 0.667, r: 1, f1: 0.8 },
        invests_in: ZERO,
        runs: { tp: 0, fp: 0, fn: 1, p: 0, r: 0, f1: 0 },
        part_of: { tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 },
        partners_with: ZERO,
      },
      missedEntities: [],
      spuriousEntities: ['agency:新华社'],
      duplicateEntities: [],
      missedRelations: ['江西省 -runs-> 赣克健康快车'],
      spuriousRelations: ['江西省 -supports-> 新华社'],
    });
  });

  it('counts a node of the wrong type as spurious and its entity as missed, yet matches its relations', () => {
    const score = scoreGraph(graphOf([['江西省', 'province'], ['阿克陶县', 'prefecture']], [['江西省', 'supports', '阿克陶县']]), gold);
    expect(score.spuriousEntities).toEqual(['prefecture:阿克陶县 (gold county:阿克陶县)']);
    expect(score.missedEntities).toEqual(['county:阿克陶县', 'hospital:阿克陶县人民医院', 'hospital:九江学院附属医院', 'school:九江学院', 'program:赣克健康快车']);
    expect(score.byRelation.supports).toEqual({ tp: 1, fp: 0, fn: 1, p: 1, r: 0.5, f1: 0.667 });
  });

  it('neither credits nor blames gazetteer-only nodes and edges without evidence', () => {
    const score = scoreGraph(
      graphOf(
        [['江西省', 'province'], ['阿克陶县', 'county', [], 0], ['塔城地区', 'prefecture', [], 0]],
        [['江西省', 'supports', '阿克陶县', false], ['江西省', 'supports', '塔城地区', false]],
      ),
      gold,
    );
    expect(score.byType.county).toEqual({ tp: 0, fp: 0, fn: 1, p: 0, r: 0, f1: 0 });
    expect(score.byType.prefecture).toEqual(ZERO);
    expect(score.supports).toEqual({ tp: 0, fp: 0, fn: 2, p: 0, r: 0, f1: 0 });
  });

  it('counts a second node for one gold entity as a false positive', () => {
    const score = scoreGraph(graphOf([['阿克陶县', 'county'], ['阿克陶', 'county']]), gold);
    expect(score.byType.county).toEqual({ tp: 1, fp: 1, fn: 0, p: 0.5, r: 1, f1: 0.667 });
    expect(score.duplicateEntities).toEqual(['county:阿克陶 (gold county:阿克陶县)']);
  });

  it('takes partners_with in either direction', () => {
    const pairs = goldOf({
      file: 'b.txt',
      entities: [
        { name: '吉林市第一中学', type: 'school', aliases: [] },
        { name: '哈巴河县高级中学', type: 'school', aliases: [] },
      ],
      relations: [{ source: '吉林市第一中学', type: 'partners_with', target: '哈巴河县高级中学' }],
    });
    const graph = graphOf([['吉林市第一中学', 'school'], ['哈巴河县高级中学', 'school']], [['哈巴河县高级中学', 'partners_with', '吉林市第一中学']]);
    expect(scoreGraph(graph, pairs).byRelation.partners_with).toEqual({ tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 });
  });

  it('reads a spelling as a gold name before an alias, and a key before a label or alias', () => {
    const clash = goldOf({
      file: 'c.txt',
      entities: [
        { name: '天山计划', type: 'program', aliases: ['天山'] },
        { name: '天山', type: 'program', aliases: [] },
        { name: '鲁泰纺织股份有限公司', type: 'company', aliases: ['鲁泰纺织'] },
        { name: '鲁泰', type: 'company', aliases: [] },
      ],
      relations: [],
    });
    const score = scoreGraph(graphOf([['天山', 'program'], ['鲁泰纺织', 'company', ['鲁泰']]]), clash);
    expect(score.missedEntities).toEqual(['program:天山计划', 'company:鲁泰']);
  });

  it('neither finds nor misses an entity of several types that a node of an unscored one matched', () => {
    const either = goldOf({ file: 'd.txt', entities: [{ name: '杭阿共富工坊', type: ['program', 'facility'], aliases: [] }], relations: [] });
    expect(scoreGraph(graphOf([['杭阿共富工坊', 'facility']]), either).entities).toEqual(ZERO);
    expect(scoreGraph(graphOf([['杭阿共富工坊', 'program']]), either).entities).toEqual({ tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 });
    expect(scoreGraph(graphOf([]), either).missedEntities).toEqual(['program/facility:杭阿共富工坊']);
  });

  it('counts an entity of several articles once, with the aliases of each', () => {
    const twice = goldOf(
      { file: 'a.txt', entities: [{ name: '塔城地区', type: 'prefecture', aliases: ['塔城'] }], relations: [] },
      { file: 'b.txt', entities: [{ name: '塔城地区', type: 'prefecture', aliases: ['塔城地區'] }], relations: [] },
    );
    expect(scoreGraph(graphOf([['塔城地區', 'prefecture']]), twice).byType.prefecture).toEqual({ tp: 1, fp: 0, fn: 0, p: 1, r: 1, f1: 1 });
  });
});

describe('formatScore', () => {
  const gold = goldOf({
    file: 'a.txt',
    entities: [
      { name: '河南省', type: 'province', aliases: [] },
      { name: '哈密市', type: 'prefecture', aliases: [] },
    ],
    relations: [{ source: '河南省', type: 'supports', target: '哈密市' }],
  });
  const score = scoreGraph(graphOf([['河南省', 'province'], ['哈密', 'county']], [['河南省', 'supports', '哈密']]), gold);

  it('prints one line per figure, per type under the totals', () => {
    const lines = formatScore(score).split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toBe('entities       P 0.500  R 0.500  F1 0.500  (tp 1, fp 1, fn 1)');
    expect(lines[14]).toBe('  partners_with P 0.000  R 0.000  F1 0.000  (tp 0, fp 0, fn 0)');
  });

  it('lists misses and spurious items when verbose', () => {
    expect(formatScore(score, { verbose: true }).split('\n').slice(15)).toEqual([
      '',
      'missed entities (1):',
      '  prefecture:哈密市',
      '',
      'spurious entities (1):',
      '  county:哈密',
      '',
      'missed relations (1):',
      '  河南省 -supports-> 哈密市',
      '',
      'spurious relations (1):',
      '  河南省 -supports-> 哈密',
    ]);
  });
});
