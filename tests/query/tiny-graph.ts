// A small hand-made graph shaped like the real one: donors, Xinjiang's administrative
// tree, institutions, and one isolated node.
import { createGraph } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import type { EdgeType, NodeType } from '../../src/types.ts';

const NODES: Array<[string, NodeType, string[], number?]> = [
  ['新疆维吾尔自治区', 'province', ['新疆'], 9],
  ['天津市', 'province', ['天津', '津'], 8],
  ['江西省', 'province', ['江西', '赣'], 7],
  ['河北省', 'province', ['河北'], 3],
  ['北京市', 'province', ['北京'], 6],
  ['和田地区', 'prefecture', ['和田'], 5],
  ['克孜勒苏柯尔克孜自治州', 'prefecture', ['克州'], 4],
  ['巴音郭楞蒙古自治州', 'prefecture', ['巴州'], 2],
  ['唐山市', 'prefecture', ['唐山'], 2],
  ['南昌市', 'prefecture', ['南昌'], 2],
  ['策勒县', 'county', ['策勒'], 4],
  ['于田县', 'county', ['于田'], 2],
  ['阿克陶县', 'county', ['阿克陶', '阿克陶縣'], 5],
  ['且末县', 'county', ['且末'], 2],
  ['阿克陶县人民医院', 'hospital', ['阿克陶縣人民醫院'], 3],
  ['策勒县人民医院', 'hospital', [], 1],
  ['和田地区人民医院', 'hospital', ['和田地區人民醫院'], 2],
  ['南昌大学第一附属医院', 'hospital', ['南大一附院'], 2],
  ['策勒县第一小学', 'school', [], 1],
  ['天津市第一中学', 'school', [], 1],
  ['天津食品集团', 'company', [], 1],
  ['孤立镇', 'township', [], 0],
];

const EDGES: Array<[string, EdgeType, string, number?]> = [
  ['和田地区', 'located_in', '新疆维吾尔自治区'],
  ['克孜勒苏柯尔克孜自治州', 'located_in', '新疆维吾尔自治区'],
  ['巴音郭楞蒙古自治州', 'located_in', '新疆维吾尔自治区'],
  ['唐山市', 'located_in', '河北省'],
  ['南昌市', 'located_in', '江西省'],
  ['策勒县', 'located_in', '和田地区'],
  ['于田县', 'located_in', '和田地区'],
  ['阿克陶县', 'located_in', '克孜勒苏柯尔克孜自治州'],
  ['且末县', 'located_in', '巴音郭楞蒙古自治州'],
  ['阿克陶县人民医院', 'located_in', '阿克陶县'],
  ['策勒县人民医院', 'located_in', '策勒县'],
  ['和田地区人民医院', 'located_in', '和田地区'],
  ['南昌大学第一附属医院', 'located_in', '南昌市'],
  ['策勒县第一小学', 'located_in', '策勒县'],
  ['天津市第一中学', 'located_in', '天津市'],
  ['天津食品集团', 'located_in', '天津市'],
  ['天津市', 'supports', '策勒县', 3],
  ['天津市', 'supports', '于田县', 2],
  ['江西省', 'supports', '阿克陶县', 4],
  ['南昌大学第一附属医院', 'supports', '阿克陶县人民医院', 2],
  ['北京市', 'supports', '和田地区人民医院', 1],
  ['唐山市', 'supports', '且末县', 1],
  ['天津食品集团', 'invests_in', '于田县', 1],
  ['天津市第一中学', 'partners_with', '策勒县第一小学', 1],
];

export function tinyGraph(): KgGraph {
  const graph = createGraph();
  for (const [name, type, aliases, mentions = 1] of NODES)
    graph.addNode(name, {
      label: name,
      type,
      aliases,
      mentions,
      articles: mentions ? ['a1'] : [],
      x: 0,
      y: 0,
      size: 3,
      color: '#000',
    });
  for (const [source, type, target, weight] of EDGES) addEdge(graph, source, type, target, weight);
  return graph;
}

/** Adds an edge with `weight` evidence sentences (none: a gazetteer edge of weight 1). */
export function addEdge(graph: KgGraph, source: string, type: EdgeType, target: string, weight?: number): void {
  const evidence = Array.from({ length: weight ?? 0 }, (_, i) => ({
    article: `a${i + 1}`,
    sentence: `${source}${type === 'supports' ? '对口支援' : '与'}${target}。`,
    start: 0,
    end: 10,
  }));
  graph.addDirectedEdgeWithKey(`${source}|${type}|${target}`, source, target, {
    type,
    evidence,
    weight: Math.max(1, evidence.length),
  });
}

/** Adds a chain of `n` counties 县0 … 县{n−1} joined by partners_with edges: a view or index of it takes several steps to build. */
export function addCountyChain(graph: KgGraph, n: number): KgGraph {
  for (let i = 0; i < n; i++) graph.addNode(`县${i}`, { type: 'county', name: `县${i}` } as never);
  for (let i = 1; i < n; i++) graph.addEdge(`县${i - 1}`, `县${i}`, { type: 'partners_with' } as never);
  return graph;
}

/** Runs a search that pauses to its end; its pauses and its value. `atPause(k)` runs at the k-th pause. */
export function runCountingPauses<T>(steps: Generator<void, T, void>, atPause?: (pause: number) => void): { pauses: number; value: T } {
  let pauses = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { pauses, value: step.value };
    pauses++;
    atPause?.(pauses);
  }
}
