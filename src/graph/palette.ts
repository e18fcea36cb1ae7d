// Colours and Chinese labels per type; the viewer imports this same file, so it imports only types.
import type { EdgeType, NodeType } from '../types.ts';

// Paul Tol's colour-blind-safe "muted" scheme (plus his pale grey), one hue per type.
// Places run from dark indigo to green, institutions take the warm hues.
export const NODE_COLORS: Record<NodeType, string> = {
  province: '#332288',
  prefecture: '#4477AA',
  county: '#88CCEE',
  township: '#44AA99',
  village: '#117733',
  hospital: '#CC6677',
  school: '#DDCC77',
  company: '#999933',
  program: '#AA4499',
  agency: '#882255',
  facility: '#BBBBBB',
};

// Paul Tol's "vibrant" scheme; `supports`, the relation the graph is about, gets the strongest hue.
export const EDGE_COLORS: Record<EdgeType, string> = {
  supports: '#EE7733',
  located_in: '#BBBBBB',
  invests_in: '#009988',
  runs: '#33BBEE',
  part_of: '#0077BB',
  partners_with: '#EE3377',
};

export const NODE_TYPE_LABELS: Record<NodeType, string> = {
  province: '省级',
  prefecture: '地级',
  county: '县级',
  township: '乡镇',
  village: '村社区',
  hospital: '医院',
  school: '学校',
  company: '企业',
  program: '项目/品牌',
  agency: '机构',
  facility: '设施',
};

export const EDGE_TYPE_LABELS: Record<EdgeType, string> = {
  supports: '支援',
  located_in: '位于',
  invests_in: '投资',
  runs: '实施',
  part_of: '隶属',
  partners_with: '结对',
};

// Louvain communities, largest first: Paul Tol's "muted" and "light" schemes in an order that
// keeps neighbours in the list apart; communities past the list share a pale grey.
export const COMMUNITY_COLORS: readonly string[] = [
  '#332288',
  '#EE8866',
  '#44AA99',
  '#CC6677',
  '#77AADD',
  '#DDCC77',
  '#AA4499',
  '#117733',
  '#EEDD88',
  '#882255',
  '#99DDFF',
  '#999933',
];
export const OTHER_COMMUNITY_COLOR = '#CCCCCC';

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;
}
