// The legend, which doubles as the type filter, and the minimum-degree slider.
import { EDGE_TYPE_LABELS, NODE_TYPE_LABELS } from '../../src/graph/palette.ts';
import { EDGE_COLORS, NODE_COLORS } from '../../src/graph/palette.ts';
import { byId, clear, h } from './dom.ts';
import { typeCounts } from './load-graph.ts';
import type { Viewer } from './viewer.ts';

const nodeLabels: Record<string, string> = NODE_TYPE_LABELS;
const edgeLabels: Record<string, string> = EDGE_TYPE_LABELS;
const nodeColors: Record<string, string> = NODE_COLORS;
const edgeColors: Record<string, string> = EDGE_COLORS;

export function mountLegend(viewer: Viewer): void {
  const counts = typeCounts(viewer.graph);
  const nodeList = byId('legend-nodes');
  const edgeList = byId('legend-edges');
  clear(nodeList);
  clear(edgeList);

  for (const [type, count] of counts.nodes) {
    nodeList.append(
      h('li', {}, toggle(type, nodeLabels[type] ?? type, count, !viewer.state.hiddenNodeTypes.has(type), 'swatch', nodeColors[type] ?? '#999', (on) =>
        viewer.setNodeTypeVisible(type, on),
      )),
    );
  }
  for (const [type, count] of counts.edges) {
    edgeList.append(
      h('li', {}, toggle(type, edgeLabels[type] ?? type, count, !viewer.state.hiddenEdgeTypes.has(type), 'swatch line', edgeColors[type] ?? '#ccc', (on) =>
        viewer.setEdgeTypeVisible(type, on),
      )),
    );
  }

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
