// The node panel (a side panel; a bottom sheet on phones): type, metrics, explore actions
// (expand 1–3 hops by edge type, pin, collapse, path to…), aliases, neighbours, evidence.
import { EDGE_TYPES } from '../../src/api/contract.ts';
import type { EdgeType } from '../../src/api/contract.ts';
import { yearsText } from './amount-text.ts';
import { edgeLabel, nodeTypeLabel } from './console-text.ts';
import { byId, clear, h } from './dom.ts';
import type { EvidenceCard } from './evidence-cards.ts';
import { figuresSection } from './figures-section.ts';
import { renderEvidenceCards } from './evidence-view.ts';
import type { NodeDetails } from './node-details.ts';
import type { Expansion } from './view-state.ts';

export interface PanelActions {
  selectNode(node: string): void;
  showArticle(card: EvidenceCard): void;
  expand(expansion: Expansion): void;
  collapse(node: string): void;
  setPinned(node: string, pinned: boolean): void;
  /** Starts "path to…": the next node picked is the other end. */
  pathFrom(node: string): void;
  /** On an overview: adds the node's neighbours the page does not hold. */
  addNeighbours(node: string): void;
  close(): void;
}

export interface PanelContext {
  expansion: Expansion | null;
  pinned: boolean;
  /** On an overview: the node's edges to nodes not shown (null: the page holds the whole graph). */
  hiddenEdges?: number | null;
  /** Its neighbourhood is on its way from the server. */
  loading?: boolean;
}

let shown: string | null = null;

export function renderNodePanel(details: NodeDetails | null, context: PanelContext, actions: PanelActions): void {
  const panel = byId('panel');
  clear(panel);
  panel.hidden = details === null;
  document.body.classList.toggle('panel-open', details !== null);
  // A new node starts at the top, its title in view; the same node re-rendered keeps its place.
  if (details?.key !== shown) panel.scrollTop = 0;
  shown = details?.key ?? null;
  if (!details) return;

  const m = details.metrics;
  panel.append(
    h(
      'div',
      { className: 'panel-head' },
      h('h2', { id: 'panel-title' }, details.label),
      h('button', { type: 'button', className: 'close', 'aria-label': '关闭', title: '关闭（Esc）', onclick: actions.close }, '×'),
    ),
    h(
      'p',
      {},
      h('span', { id: 'panel-type' }, nodeTypeLabel(details.kind)),
      h('span', { className: 'muted' }, ` · 连接 ${m.degree} · 提及 ${details.mentions} · 文章 ${details.articleCount}`),
      details.firstSeen ? h('span', { id: 'panel-years', className: 'muted' }, ` · ${yearsText(details)} 年`) : null,
    ),
    h(
      'p',
      { id: 'panel-metrics', className: 'muted' },
      `PageRank ${m.pagerank.toFixed(4)} · 中介中心度 ${m.betweenness.toFixed(4)} · 社区 ${m.community + 1}`,
    ),
    exploreControls(details.key, context, actions),
  );
  if (context.loading) panel.append(h('p', { id: 'panel-hidden', className: 'muted' }, '正在加载邻居与证据…'));
  else if (context.hiddenEdges)
    panel.append(
      h(
        'p',
        { id: 'panel-hidden', className: 'muted' },
        `另有 ${context.hiddenEdges} 条关系连到概览中未显示的节点。`,
        h('button', { type: 'button', id: 'panel-add-neighbours', onclick: () => actions.addNeighbours(details.key) }, '加入邻居'),
        '（或双击节点）',
      ),
    );
  if (details.aliases.length) panel.append(h('h3', {}, '别名'), h('p', { id: 'panel-aliases' }, details.aliases.join('、')));

  for (const group of details.groups) {
    const relation = edgeLabel(group.edgeKind);
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
            h('span', { className: 'muted' }, ` ${nodeTypeLabel(n.kind)}`),
          ),
        ),
      ),
    );
  }

  panel.append(...figuresSection(details.figures, actions.selectNode));
  panel.append(h('h3', {}, `证据（${details.evidence.length} 句）`));
  if (details.evidence.length) panel.append(renderEvidenceCards(details.evidence, actions.showArticle, 'panel-evidence'));
  else panel.append(h('p', { id: 'panel-evidence', className: 'muted' }, '无文本证据（来自行政区划表）。'));
}

function exploreControls(node: string, context: PanelContext, actions: PanelActions): HTMLElement {
  const chosen = new Set<EdgeType>(context.expansion?.via ?? []);
  const chips = EDGE_TYPES.map((type) => {
    const chip = h('button', { type: 'button', className: 'chip', 'data-edge-type': type, 'aria-pressed': String(chosen.has(type)) }, edgeLabel(type));
    chip.addEventListener('click', () => {
      if (chosen.has(type)) chosen.delete(type);
      else chosen.add(type);
      chip.setAttribute('aria-pressed', String(chosen.has(type)));
    });
    return chip;
  });
  const hops = ([1, 2, 3] as const).map((n) =>
    h(
      'button',
      {
        type: 'button',
        className: 'hop',
        'data-hops': n,
        'aria-pressed': String(context.expansion?.hops === n),
        onclick: () => actions.expand({ node, hops: n, via: EDGE_TYPES.filter((t) => chosen.has(t)) }),
      },
      `${n} 跳`,
    ),
  );
  return h(
    'div',
    { id: 'panel-explore' },
    h('div', { className: 'row' }, h('span', { className: 'muted' }, '展开邻居'), ...hops),
    h('div', { className: 'row chips', title: '不选即全部关系类型' }, h('span', { className: 'muted' }, '经由'), ...chips),
    h(
      'div',
      { className: 'row' },
      context.expansion
        ? h('button', { type: 'button', id: 'panel-collapse', onclick: () => actions.collapse(node) }, '收起')
        : null,
      h(
        'button',
        { type: 'button', id: 'panel-pin', 'aria-pressed': String(context.pinned), onclick: () => actions.setPinned(node, !context.pinned) },
        context.pinned ? '取消固定' : '固定',
      ),
      h('button', { type: 'button', id: 'panel-path', onclick: () => actions.pathFrom(node) }, '路径到…'),
    ),
  );
}
