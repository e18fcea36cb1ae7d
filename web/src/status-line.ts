// The counts at the top, which follow the filters: what is shown of how much.
import { byId } from './dom.ts';
import type { Viewer } from './viewer.ts';
import { edgeInTime } from './reducers.ts';
import { visibleCounts } from './visible-counts.ts';

export function mountStatusLine(viewer: Viewer): { update(): void } {
  const status = byId('status');
  let drawnFor: ReadonlySet<string> | null = null;
  let drawnEdgeTypes = '';
  const update = () => {
    const edgeTypes = [...viewer.state.hiddenEdgeTypes].sort().join(',') + JSON.stringify(viewer.state.time);
    if (drawnFor === viewer.hiddenNodes() && drawnEdgeTypes === edgeTypes) return;
    drawnFor = viewer.hiddenNodes();
    drawnEdgeTypes = edgeTypes;
    const { graph } = viewer;
    const counts = visibleCounts(graph, viewer.hiddenNodes(), viewer.state.hiddenEdgeTypes, (edge, a) => edgeInTime(edge, a, viewer.state));
    const part = (shown: number, total: number) => (shown === total ? `${total}` : `${shown}/${total}`);
    status.textContent = `${part(counts.nodes, graph.order)} 个节点 · ${part(counts.edges, graph.size)} 条关系`;
    status.title = counts.nodes === graph.order && counts.edges === graph.size ? '全部显示' : '显示数/总数（受筛选影响）';
  };
  update();
  return { update };
}
