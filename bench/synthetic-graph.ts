// Synthetic knowledge graphs of a given size for the query and viewer benchmarks: typed
// nodes with Chinese names, typed edges with a few hubs (as 新疆维吾尔自治区 is in the real
// graph), positions scattered in a disc. Deterministic with a seed.
import { createGraph } from '../src/graph/build.ts';
import type { KgGraph } from '../src/graph/build.ts';
import { edgeKey } from '../src/graph/keys.ts';
import { NODE_COLORS } from '../src/graph/palette.ts';
import type { EdgeType, NodeType } from '../src/types.ts';
import { createRandom } from './random.ts';

const TYPES: Array<[NodeType, string[]]> = [
  ['county', ['县', '市', '区']],
  ['township', ['乡', '镇']],
  ['village', ['村']],
  ['hospital', ['人民医院', '中医医院']],
  ['school', ['中学', '小学', '职业技术学校']],
  ['company', ['纺织有限公司', '食品集团']],
  ['agency', ['教育局', '援疆前方指挥部']],
  ['program', ['计划', '工程']],
  ['facility', ['产业园', '培训基地']],
];
const EDGE_MIX: EdgeType[] = ['supports', 'supports', 'located_in', 'located_in', 'located_in', 'invests_in', 'runs', 'part_of', 'partners_with'];
const NAME_CHARS = '阿克苏托格拉塔什和田布伦口巴音吉木乌恰伽师莎车泽普叶城英买力库尔勒且末若羌尼雅昆仑天山雪松石榴胡杨红柳金沙丝路玉龙博斯腾赛里喀明珠江西津冀沪粤闽浙鲁豫皖湘鄂辽吉黑京';

export function syntheticGraph(options: { nodes: number; edges: number; seed?: number }): KgGraph {
  const random = createRandom(options.seed ?? 7);
  const graph = createGraph();
  const keys: string[] = [];
  const radius = Math.sqrt(options.nodes) * 10;
  for (let i = 0; i < options.nodes; i++) {
    const [type, suffixes] = TYPES[i % TYPES.length]!;
    const head = NAME_CHARS[random.int(NAME_CHARS.length)]! + NAME_CHARS[random.int(NAME_CHARS.length)]!;
    const name = `${head}${i}${random.pick(suffixes)}`;
    const angle = random.next() * 2 * Math.PI;
    const r = radius * Math.sqrt(random.next());
    graph.addNode(name, {
      label: name,
      type,
      aliases: [`${head}${i}`],
      mentions: 1 + random.int(20),
      articles: [],
      x: r * Math.cos(angle),
      y: r * Math.sin(angle),
      size: 3,
      color: NODE_COLORS[type],
    });
    keys.push(name);
  }
  let attempts = 0;
  while (graph.size < options.edges && attempts++ < options.edges * 3) {
    const source = keys[random.int(keys.length)]!;
    // Targets skewed towards low indices: a few hubs with many edges, a long tail.
    const target = random.skewed(keys, 2);
    if (source === target) continue;
    const type = random.pick(EDGE_MIX);
    const key = edgeKey(source, type, target);
    if (graph.hasEdge(key)) continue;
    const [s, t] = key.split(`|${type}|`) as [string, string];
    graph.addDirectedEdgeWithKey(key, s, t, { type, evidence: [], weight: 1 });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', Math.min(20, 3 + Math.sqrt(graph.degree(node)))));
  return graph;
}
