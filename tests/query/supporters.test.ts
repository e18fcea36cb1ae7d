import { describe, expect, it } from 'vitest';

import { createGraph } from '../../src/graph/build.ts';
import { findSupported, findSupporters, findSupportersSteps } from '../../src/query/supporters.ts';
import type { SupportAnswer } from '../../src/query/supporters.ts';
import { seedGraph } from './seed-graph.ts';
import { addCountyChain, addEdge, runCountingPauses, tinyGraph } from './tiny-graph.ts';

const row = (a: SupportAnswer) => [a.node, a.direct, a.path.nodes.join('→')];

describe('findSupporters', () => {
  const graph = tinyGraph();

  it('gives a direct supporter with its one supports edge', () => {
    const [first] = findSupporters(graph, { of: '阿克陶縣人民醫院' }).answers;
    expect(row(first)).toEqual(['南昌大学第一附属医院', true, '南昌大学第一附属医院→阿克陶县人民医院']);
    expect(first.path.edges[0]).toMatchObject({ type: 'supports', direction: 'forward' });
    expect(first.other).toBe('阿克陶县人民医院');
  });

  it('infers supporters of the places an entity lies in', () => {
    const answers = findSupporters(graph, { of: '策勒县第一小学' }).answers;
    const tianjin = answers.find((a) => a.node === '天津市')!;
    expect(row(tianjin)).toEqual(['天津市', false, '天津市→策勒县→策勒县第一小学']);
    expect(tianjin.path.edges.map((e) => [e.type, e.direction])).toEqual([
      ['supports', 'forward'],
      ['located_in', 'backward'],
    ]);
  });

  it('infers that a body supports what its members support', () => {
    const answers = findSupporters(graph, { of: '阿克陶县人民医院' }).answers;
    expect(answers.map(row)).toEqual([
      ['南昌大学第一附属医院', true, '南昌大学第一附属医院→阿克陶县人民医院'],
      // Shortest justification: through the county, not through the member hospital.
      ['江西省', false, '江西省→阿克陶县→阿克陶县人民医院'],
      ['南昌市', false, '南昌市→南昌大学第一附属医院→阿克陶县人民医院'],
    ]);
  });

  it('does not infer support for everything in a province from aid to the whole province', () => {
    const wide = tinyGraph();
    wide.addDirectedEdgeWithKey('河北省|supports|新疆维吾尔自治区', '河北省', '新疆维吾尔自治区', { type: 'supports', evidence: [], weight: 1 });
    expect(findSupporters(wide, { of: '策勒县第一小学' }).answers.map((a) => a.node)).not.toContain('河北省');
    expect(findSupporters(wide, { of: '新疆维吾尔自治区' }).answers.map((a) => a.node)).toContain('河北省');
    expect(findSupported(wide, { by: '河北省' }).answers.map((a) => a.node)).not.toContain('策勒县');
  });

  it('does not count located_in, partnerships or investment as support', () => {
    const answers = findSupporters(graph, { of: '于田县' }).answers.map((a) => a.node);
    expect(answers).toEqual(['天津市']);
    expect(findSupporters(graph, { of: '策勒县第一小学' }).answers.map((a) => a.node)).not.toContain('天津市第一中学');
  });

  it('answers for every entity of a type in an area, filtered by supporter type', () => {
    const answers = findSupporters(graph, { of: '和田地区', ofType: 'hospital', type: 'province' }).answers;
    expect(answers.map((a) => [a.node, a.other, a.direct])).toEqual([
      ['北京市', '和田地区人民医院', true],
      ['天津市', '策勒县人民医院', false],
    ]);
  });

  it('returns nothing for an unsupported entity and fails on unknown names', () => {
    expect(findSupporters(graph, { of: '孤立镇' }).answers).toEqual([]);
    expect(() => findSupporters(graph, { of: '上海' })).toThrow(/上海/);
    expect(() => findSupporters(graph, { of: '天津', type: 'planet' })).toThrow(/node type/);
  });
});

describe('findSupporters: aid to a prefecture is shared out county by county', () => {
  // 江苏省 supports the prefecture 克州, whose county 阿克陶县 江西省 supports directly;
  // 河北省 supports 巴州, whose county 且末县 its own city 唐山市 supports.
  const shared = () => {
    const graph = tinyGraph();
    graph.addNode('江苏省', { ...graph.getNodeAttributes('江西省'), label: '江苏省', aliases: [] });
    addEdge(graph, '江苏省', 'supports', '克孜勒苏柯尔克孜自治州', 1);
    addEdge(graph, '河北省', 'supports', '巴音郭楞蒙古自治州', 1);
    graph.addNode('克州第三中学', { ...graph.getNodeAttributes('策勒县第一小学'), label: '克州第三中学', aliases: [] });
    addEdge(graph, '克州第三中学', 'located_in', '克孜勒苏柯尔克孜自治州');
    return graph;
  };
  const reaches = (answers: SupportAnswer[]) => answers.map((a) => [a.node, a.reach, a.path.nodes.join('→')]);

  it('does not spread a prefecture’s supporter to a county another donor supports directly', () => {
    const graph = shared();
    expect(reaches(findSupporters(graph, { of: '阿克陶县人民医院' }).answers)).toEqual([
      ['南昌大学第一附属医院', 'direct', '南昌大学第一附属医院→阿克陶县人民医院'],
      ['江西省', 'county', '江西省→阿克陶县→阿克陶县人民医院'],
      ['南昌市', 'member', '南昌市→南昌大学第一附属医院→阿克陶县人民医院'],
    ]);
    expect(findSupporters(graph, { of: '阿克陶县' }).answers.map((a) => a.node)).toEqual(['江西省']);
    expect(findSupported(graph, { by: '江苏省' }).answers.map((a) => a.node)).toEqual(['克孜勒苏柯尔克孜自治州', '克州第三中学']);
  });

  it('spreads it to what lies in the prefecture outside any donor’s county', () => {
    expect(reaches(findSupporters(shared(), { of: '克州第三中学' }).answers)).toEqual([
      ['江苏省', 'wider', '江苏省→克孜勒苏柯尔克孜自治州→克州第三中学'],
    ]);
  });

  it('spreads it when the county’s donor belongs to the supporter, preferring the route through the member', () => {
    expect(reaches(findSupporters(shared(), { of: '且末县' }).answers)).toEqual([
      ['唐山市', 'direct', '唐山市→且末县'],
      ['河北省', 'member', '河北省→唐山市→且末县'],
    ]);
  });

  it('spreads it to a county with no donor of its own, ranked after nearer support', () => {
    const graph = shared();
    addEdge(graph, '天津市', 'supports', '和田地区', 1);
    addEdge(graph, '北京市', 'supports', '和田地区', 1);
    graph.addNode('皮山县', { ...graph.getNodeAttributes('于田县'), label: '皮山县', aliases: [] });
    addEdge(graph, '皮山县', 'located_in', '和田地区');
    // 策勒县 is 天津市's: 北京市's aid to 和田地区 does not reach it.
    expect(reaches(findSupporters(graph, { of: '策勒县第一小学' }).answers)).toEqual([
      ['天津市', 'county', '天津市→策勒县→策勒县第一小学'],
    ]);
    expect(reaches(findSupporters(graph, { of: '皮山县' }).answers)).toEqual([
      ['北京市', 'wider', '北京市→和田地区→皮山县'],
      ['天津市', 'wider', '天津市→和田地区→皮山县'],
    ]);
  });
});

describe('findSupporters on the seed graph', () => {
  it('answers who supports 阿克陶县人民医院 without 江苏省, whose aid goes to the prefecture', async () => {
    const graph = await seedGraph();
    // 江苏省 → 克孜勒苏柯尔克孜自治州 is in the seed graph, and 江西省 supports 阿克陶县 directly.
    expect(graph.hasEdge('江苏省|supports|克孜勒苏柯尔克孜自治州')).toBe(true);
    expect(graph.hasEdge('江西省|supports|阿克陶县')).toBe(true);
    const answers = findSupporters(graph, { of: '阿克陶县人民医院' }).answers;
    expect(answers.map((a) => a.node)).not.toContain('江苏省');
    expect(answers.map((a) => [a.node, a.reach])).toEqual([
      ['江西省', 'direct'],
      ['南昌大学第一附属医院', 'direct'],
      ['南昌大学', 'member'],
      ['南昌市', 'member'],
    ]);
    expect(findSupported(graph, { by: '江苏省' }).answers.map((a) => a.node)).not.toContain('阿克陶县');
  });

  it('keeps 北京市’s aid to 和田地区 off 天津市’s counties', async () => {
    const graph = await seedGraph();
    expect(graph.hasEdge('北京市|supports|和田地区')).toBe(true);
    expect(findSupporters(graph, { of: '策勒县第一小学' }).answers.map((a) => [a.node, a.reach])).toEqual([['天津市', 'direct']]);
    const beijing = findSupported(graph, { by: '北京市' }).answers.map((a) => a.node);
    expect(beijing).toContain('和田地区人民医院');
    expect(beijing.filter((node) => /策勒|于田|民丰/.test(node))).toEqual([]);
  });
});

describe('findSupportersSteps', () => {
  it('builds a view it lacks a batch per step, and answers as findSupporters does', async () => {
    // The seed graph and a chain of 3,000 counties: a view of 6,000 nodes and edges, 1,024 a batch.
    const build = async () => addCountyChain((await seedGraph()).copy() as Awaited<ReturnType<typeof seedGraph>>, 3000);
    const expected = findSupporters(await build(), { of: '阿克陶县人民医院' });
    const { pauses, value } = runCountingPauses(findSupportersSteps(await build(), { of: '阿克陶县人民医院' }, { exhausted: false }));
    expect(pauses).toBeGreaterThan(5);
    expect(value).toEqual(expected);
    expect(expected.answers.map((a) => a.node)).toContain('江西省');
  });
});

describe('findSupported', () => {
  const graph = tinyGraph();

  it('lists direct recipients first, then what lies in them', () => {
    const answers = findSupported(graph, { by: '天津' }).answers;
    expect(answers.slice(0, 2).map(row)).toEqual([
      ['策勒县', true, '天津市→策勒县'],
      ['于田县', true, '天津市→于田县'],
    ]);
    expect(answers.map(row)).toContainEqual(['策勒县第一小学', false, '天津市→策勒县→策勒县第一小学']);
    expect(answers.map((a) => a.node)).not.toContain('和田地区');
  });

  it('includes what the members of a body support', () => {
    expect(findSupported(graph, { by: '唐山' }).answers.map((a) => a.node)).toEqual(['且末县']);
    expect(findSupported(graph, { by: '河北省' }).answers.map(row)).toEqual([['且末县', false, '河北省→唐山市→且末县']]);
  });

  it('filters by the type of what is supported', () => {
    expect(findSupported(graph, { by: '天津市', type: 'school' }).answers.map((a) => a.node)).toEqual(['策勒县第一小学']);
  });

  it('mirrors findSupporters', () => {
    for (const supporter of ['天津市', '江西省', '河北省', '南昌市']) {
      for (const answer of findSupported(graph, { by: supporter }).answers) {
        const back = findSupporters(graph, { of: answer.node }).answers.find((a) => a.node === supporter);
        expect(back?.path.length, `${supporter} → ${answer.node}`).toBe(answer.path.length);
      }
    }
  });
});

describe('findSupporters and findSupported limits', () => {
  const graph = tinyGraph();

  it('stop at the answer cap, keep the best ranked answers and say they were cut short', () => {
    const all = findSupporters(graph, { of: '阿克陶县人民医院' });
    expect(all).toMatchObject({ truncated: false });
    const two = findSupporters(graph, { of: '阿克陶县人民医院', limit: 2 });
    expect(two.answers.map(row)).toEqual(all.answers.slice(0, 2).map(row));
    expect(two.truncated).toBe(true);
    expect(findSupporters(graph, { of: '阿克陶县人民医院', limit: 3 }).truncated).toBe(false);
    const supported = findSupported(graph, { by: '天津', limit: 1 });
    expect(supported.answers.map((a) => a.node)).toEqual(['策勒县']);
    expect(supported.truncated).toBe(true);
  });

  it('apply the cap to all recipients of a type together', () => {
    const result = findSupporters(graph, { of: '和田地区', ofType: 'hospital', type: 'province', limit: 1 });
    expect(result.answers.map((a) => [a.node, a.other])).toEqual([['北京市', '和田地区人民医院']]);
    expect(result.truncated).toBe(true);
  });

  it('stop within their time budget and say so', () => {
    // A county with thousands of supporters, each a member of a body: the second level is wide.
    const wide = createGraph();
    const add = (name: string, type: 'county' | 'company' | 'province') =>
      wide.addNode(name, { label: name, type, aliases: [], mentions: 1, articles: [], x: 0, y: 0, size: 1, color: '#000' });
    add('某县', 'county');
    for (let i = 0; i < 3000; i++) {
      add(`公司${i}`, 'company');
      add(`集团${i}`, 'province');
      addEdge(wide, `公司${i}`, 'supports', '某县');
      addEdge(wide, `公司${i}`, 'part_of', `集团${i}`);
    }
    const result = findSupporters(wide, { of: '某县', limit: 10_000, timeoutMs: 0.001 });
    expect(result.truncated).toBe(true);
    // The direct supporters come from the first level, before the clock is read.
    expect(result.answers.length).toBeGreaterThanOrEqual(3000);
    expect(result.answers.length).toBeLessThan(6000);
    expect(result.answers.slice(0, 3000).every((a) => a.direct)).toBe(true);
    expect(findSupporters(wide, { of: '某县', limit: 10_000 })).toMatchObject({ truncated: false, answers: { length: 6000 } });
  });

  it('reject a limit that is not a positive integer', () => {
    expect(() => findSupporters(graph, { of: '策勒县', limit: 0 })).toThrow(/limit/);
    expect(() => findSupported(graph, { by: '天津', limit: 1.5 })).toThrow(/limit/);
  });
});
