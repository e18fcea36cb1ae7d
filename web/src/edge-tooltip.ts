// Hovering an edge shows what it is, when it was seen and the figures it carries, next to the
// pointer. Sigma reports edge hovers only when created with enableEdgeEvents (not on big graphs).
import { amountText, yearsText } from './amount-text.ts';
import { edgeLabel } from './console-text.ts';
import { h } from './dom.ts';
import type { Viewer } from './viewer.ts';

export function edgeTooltipLines(viewer: Pick<Viewer, 'graph'>, edge: string): { title: string; lines: string[] } {
  const { graph } = viewer;
  const a = graph.getEdgeAttributes(edge);
  const title = `${graph.getNodeAttribute(graph.source(edge), 'label')} —${edgeLabel(a.kind)}→ ${graph.getNodeAttribute(graph.target(edge), 'label')}`;
  const years = yearsText(a);
  const lines = [[years, a.evidenceCount ? `${a.evidenceCount} 句证据` : '来自行政区划表'].filter(Boolean).join(' · ')];
  for (const fact of a.amounts ?? []) lines.push(amountText(fact));
  // An overview's edge comes without its figures: the node's panel loads them.
  if (!a.whole && a.amountCount) lines.push(`${a.amountCount} 个数字（点击一端的节点查看）`);
  return { title, lines };
}

export function mountEdgeTooltip(viewer: Viewer): void {
  const renderer = viewer.renderer;
  if (!renderer.getSetting('enableEdgeEvents')) return;
  const tip = h('div', { id: 'edge-tooltip', role: 'tooltip', hidden: true });
  document.body.append(tip);
  renderer.on('enterEdge', ({ edge, event }) => {
    const { title, lines } = edgeTooltipLines(viewer, edge);
    tip.replaceChildren(h('strong', {}, title), ...lines.map((line) => h('div', {}, line)));
    const box = renderer.getContainer().getBoundingClientRect();
    tip.style.left = `${Math.round(box.left + event.x + 12)}px`;
    tip.style.top = `${Math.round(box.top + event.y + 12)}px`;
    tip.hidden = false;
  });
  renderer.on('leaveEdge', () => {
    tip.hidden = true;
  });
}
