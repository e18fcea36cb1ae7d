// The legend, which doubles as the type filter: type buttons with shown/total counts that follow
// the filters, the communities when colour is by community, what the size means, and the
// minimum-degree slider.
import { COMMUNITY_COLORS, EDGE_COLORS, NODE_COLORS, OTHER_COMMUNITY_COLOR, communityColor } from '../../src/graph/palette.ts';
import { edgeLabel, nodeTypeLabel } from './console-text.ts';
import { byId, clear, h } from './dom.ts';
import { typeCounts } from './load-graph.ts';
import type { Viewer } from './viewer.ts';
import type { SizeBy } from './view-state.ts';
import { edgeInTime } from './reducers.ts';
import { communityList, visibleCounts } from './visible-counts.ts';

const nodeColors: Record<string, string> = NODE_COLORS;
const edgeColors: Record<string, string> = EDGE_COLORS;

export const SIZE_LABELS: Record<SizeBy, string> = {
  degree: '连接数',
  mentions: '提及次数',
  pagerank: 'PageRank',
  betweenness: '中介中心度',
};

export function mountLegend(viewer: Viewer): { update(): void } {
  // Phones show the graph first: the legend starts folded.
  if (window.matchMedia('(max-width: 700px)').matches) byId<HTMLDetailsElement>('legend-box').open = false;
  const nodeList = byId('legend-nodes');
  const edgeList = byId('legend-edges');
  const communityBox = byId('legend-communities');
  const sizeNote = byId('legend-size');
  const nodeButtons = new Map<string, HTMLButtonElement>();
  const edgeButtons = new Map<string, HTMLButtonElement>();
  let totals: ReturnType<typeof typeCounts>;
  let communities: ReturnType<typeof communityList>;
  // Built again when the graph grows (an overview adding a neighbourhood), for new types and totals.
  let builtFor = '';
  const build = () => {
    builtFor = `${viewer.graph.order}|${viewer.graph.size}`;
    totals = typeCounts(viewer.graph);
    communities = communityList(viewer.graph);
    nodeButtons.clear();
    edgeButtons.clear();
    clear(nodeList);
    clear(edgeList);
    for (const [type, total] of totals.nodes) {
      const button = toggle(type, nodeTypeLabel(type), total, !viewer.state.hiddenNodeTypes.has(type), 'swatch', nodeColors[type] ?? '#999', (on) =>
        viewer.setNodeTypeVisible(type, on),
      );
      nodeButtons.set(type, button);
      nodeList.append(h('li', {}, button));
    }
    for (const [type, total] of totals.edges) {
      const button = toggle(type, edgeLabel(type), total, !viewer.state.hiddenEdgeTypes.has(type), 'swatch line', edgeColors[type] ?? '#ccc', (on) =>
        viewer.setEdgeTypeVisible(type, on),
      );
      edgeButtons.set(type, button);
      edgeList.append(h('li', {}, button));
    }
  };
  build();

  const slider = byId<HTMLInputElement>('min-degree');
  const output = byId<HTMLOutputElement>('min-degree-value');
  let maxDegree = 0;
  viewer.graph.forEachNode((_n, a) => (maxDegree = Math.max(maxDegree, a.degree)));
  slider.max = String(Math.max(1, Math.min(maxDegree, 50)));
  slider.value = String(viewer.state.minDegree);
  output.value = String(viewer.state.minDegree);
  slider.addEventListener('input', () => {
    output.value = slider.value;
    viewer.setMinDegree(Number(slider.value));
  });

  let signature = '';
  let lastHidden: ReadonlySet<string> | null = null;
  const update = () => {
    const state = viewer.state;
    const grown = builtFor !== `${viewer.graph.order}|${viewer.graph.size}`;
    if (grown) build();
    const key = `${state.colorBy}|${state.sizeBy}|${[...state.hiddenEdgeTypes].sort().join(',')}|${JSON.stringify(state.time)}|${builtFor}`;
    // The hidden set is a new object whenever the filters change, so identity tells.
    if (key === signature && lastHidden === viewer.hiddenNodes()) return;
    signature = key;
    lastHidden = viewer.hiddenNodes();
    const counts = visibleCounts(viewer.graph, viewer.hiddenNodes(), state.hiddenEdgeTypes, (edge, a) => edgeInTime(edge, a, state));
    const byType = state.colorBy === 'type';
    for (const [type, total] of totals.nodes) {
      const button = nodeButtons.get(type)!;
      button.querySelector('.count')!.textContent = countText(counts.nodeTypes.get(type) ?? 0, total);
      (button.querySelector('.swatch') as HTMLElement).style.background = byType ? (nodeColors[type] ?? '#999') : 'transparent';
    }
    for (const [type, total] of totals.edges)
      edgeButtons.get(type)!.querySelector('.count')!.textContent = countText(counts.edgeTypes.get(type) ?? 0, total);

    communityBox.hidden = byType;
    clear(communityBox);
    if (!byType) {
      communityBox.append(h('h2', {}, `社区（Louvain，共 ${communities.length} 个）`));
      const list = h('ul', { className: 'legend', id: 'legend-community-list' });
      for (const c of communities.slice(0, COMMUNITY_COLORS.length))
        list.append(
          h(
            'li',
            { 'data-community': c.community },
            h('span', { className: 'swatch', style: `background:${communityColor(c.community)}` }),
            `${c.community + 1} · ${c.example} 等`,
            h('span', { className: 'count' }, countText(counts.communities.get(c.community) ?? 0, c.size)),
          ),
        );
      const rest = communities.slice(COMMUNITY_COLORS.length);
      if (rest.length)
        list.append(
          h('li', {}, h('span', { className: 'swatch', style: `background:${OTHER_COMMUNITY_COLOR}` }), `其他 ${rest.length} 个社区`),
        );
      communityBox.append(list);
    }
    sizeNote.textContent = `节点大小：按${SIZE_LABELS[state.sizeBy]}（面积随其增大）`;
  };
  update();
  return { update };
}

function countText(shown: number, total: number): string {
  return shown === total ? String(total) : `${shown}/${total}`;
}

function toggle(
  type: string,
  label: string,
  count: number,
  pressed: boolean,
  swatchClass: string,
  color: string,
  onToggle: (visible: boolean) => void,
): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', 'aria-pressed': String(pressed), 'data-type': type, title: type },
    h('span', { className: swatchClass, style: `background:${color}` }),
    label,
    h('span', { className: 'count' }, count),
  );
  button.addEventListener('click', () => {
    const visible = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(visible));
    onToggle(visible);
  });
  return button;
}
