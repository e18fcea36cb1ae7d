// The side panel: a node's type, aliases, neighbours by edge type, and evidence sentences.
import { EDGE_TYPE_LABELS, NODE_TYPE_LABELS } from '../../src/graph/palette.ts';
import { byId, clear, h } from './dom.ts';
import type { EvidenceItem, NodeDetails } from './node-details.ts';

const nodeLabels: Record<string, string> = NODE_TYPE_LABELS;
const edgeLabels: Record<string, string> = EDGE_TYPE_LABELS;

export interface PanelActions {
  selectNode(node: string): void;
  showEvidence(evidence: EvidenceItem): void;
  close(): void;
}

export function renderNodePanel(details: NodeDetails | null, actions: PanelActions): void {
  const panel = byId('panel');
  clear(panel);
  panel.hidden = details === null;
  if (!details) return;

  panel.append(
    h('button', { type: 'button', className: 'close', 'aria-label': '关闭', style: 'float:right', onclick: actions.close }, '×'),
    h('h2', { id: 'panel-title' }, details.label),
    h(
      'p',
      {},
      h('span', { id: 'panel-type' }, `${nodeLabels[details.kind] ?? details.kind}（${details.kind}）`),
      h('span', { className: 'muted' }, ` · 连接 ${details.degree} · 提及 ${details.mentions} · 文章 ${details.articles.length}`),
    ),
  );
  if (details.aliases.length) panel.append(h('h3', {}, '别名'), h('p', { id: 'panel-aliases' }, details.aliases.join('、')));

  for (const group of details.groups) {
    const relation = edgeLabels[group.edgeKind] ?? group.edgeKind;
    const heading = group.direction === 'out' ? `${relation} →` : `← ${relation}`;
    panel.append(
      h('h3', {}, `${heading}（${group.neighbours.length}）`),
      h(
        'ul',
        { 'data-edge-kind': group.edgeKind, 'data-direction': group.direction },
        ...group.neighbours.map((n) =>
          h(
            'li',
            {},
            h('button', { type: 'button', className: 'neighbour', onclick: () => actions.selectNode(n.key) }, n.label),
            h('span', { className: 'muted' }, ` ${nodeLabels[n.kind] ?? n.kind}`),
          ),
        ),
      ),
    );
  }

  panel.append(h('h3', {}, `证据（${details.evidence.length}）`));
  const list = h('div', { id: 'panel-evidence' });
  for (const ev of details.evidence) {
    list.append(
      h(
        'button',
        { type: 'button', className: 'evidence', 'data-article': ev.article, onclick: () => actions.showEvidence(ev) },
        h('span', {}, ev.sentence),
        h('br'),
        h('span', { className: 'muted' }, `${ev.source} ${edgeLabels[ev.edgeKind] ?? ev.edgeKind} ${ev.target} · 文章 ${ev.article}`),
      ),
    );
  }
  if (!details.evidence.length) list.append(h('p', { className: 'muted' }, '无文本证据（来自行政区划表）。'));
  panel.append(list);
}
