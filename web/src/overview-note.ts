// The note over an overview: what it shows, how much it hides, and the way to the whole graph
// (a reload with `?all=1`, which keeps the rest of the view's URL). On the whole of a graph that
// has an overview, the way back.
import { byId, h } from './dom.ts';

export interface OverviewCounts {
  total: { nodes: number; edges: number };
  /** What the page holds now: the overview and every neighbourhood added since. */
  loaded: { nodes: number; edges: number };
  topNodes: number;
}

const n = (value: number) => value.toLocaleString('zh-CN');

/** The note's sentence, e.g. 概览：已隐藏 36,100 个节点、60,000 条关系。 */
export function overviewNoteText(counts: OverviewCounts): string {
  const hiddenNodes = counts.total.nodes - counts.loaded.nodes;
  const hiddenEdges = counts.total.edges - counts.loaded.edges;
  return (
    `概览：PageRank 最高的 ${n(counts.topNodes)} 个节点及全部省、地州（共显示 ${n(counts.loaded.nodes)} 个节点）。` +
    `已隐藏 ${n(hiddenNodes)} 个节点、${n(hiddenEdges)} 条关系；双击节点或搜索可加入其邻居。`
  );
}

/** The link to the other mode: same address, `all` set or dropped. */
export function modeUrl(search: string, all: boolean): string {
  const params = new URLSearchParams(search);
  if (all) params.set('all', '1');
  else params.delete('all');
  const query = params.toString();
  return query ? `?${query}` : '?';
}

/** Wants the whole graph rather than the overview (`?all=1`). */
export function wantsWholeGraph(search: string): boolean {
  const all = new URLSearchParams(search).get('all');
  return all === '1' || all === 'true';
}

export interface OverviewNote {
  update(counts: OverviewCounts): void;
}

export function mountOverviewNote(counts: OverviewCounts): OverviewNote {
  const text = h('span', { id: 'overview-text' });
  const link = h('a', { id: 'overview-all', href: modeUrl(location.search, true), title: '加载整个图谱（较慢）' }, `显示全部 ${n(counts.total.nodes)} 个节点`);
  const note = h('div', { id: 'overview-note', role: 'note' }, text, ' ', link);
  // The URL changes as the view does: the link takes the view along when followed.
  link.addEventListener('click', () => link.setAttribute('href', modeUrl(location.search, true)));
  byId('graph').append(note);
  const update = (next: OverviewCounts) => {
    text.textContent = overviewNoteText(next);
  };
  update(counts);
  return { update };
}

/** On the whole of a graph big enough for an overview: the way back to it. */
export function mountWholeNote(total: { nodes: number }): void {
  const link = h('a', { id: 'overview-back', href: modeUrl(location.search, false) }, '回到概览');
  link.addEventListener('click', () => link.setAttribute('href', modeUrl(location.search, false)));
  byId('graph').append(h('div', { id: 'overview-note', role: 'note' }, `显示全部 ${n(total.nodes)} 个节点（较慢）。`, link));
}
