// The bar over the graph that says which mode the page is in and how to leave it: exploring
// (only what expansions and pins reach), or picking the other end of a path.
import { byId, clear, h } from './dom.ts';

export interface ModeBar {
  exploring(shown: number | null, onShowAll: () => void): void;
  picking(from: string | null, onCancel: () => void): void;
}

export function mountModeBar(): ModeBar {
  const bar = byId('mode-bar');
  let exploring: HTMLElement | null = null;
  let picking: HTMLElement | null = null;
  const draw = () => {
    clear(bar);
    if (picking) bar.append(picking);
    if (exploring) bar.append(exploring);
    bar.hidden = !picking && !exploring;
  };
  return {
    exploring(shown, onShowAll) {
      exploring =
        shown === null
          ? null
          : h(
              'div',
              { id: 'mode-exploring' },
              `探索中：显示 ${shown} 个节点（展开与固定的）`,
              h('button', { type: 'button', id: 'show-all', onclick: onShowAll }, '显示全部'),
            );
      draw();
    },
    picking(from, onCancel) {
      picking =
        from === null
          ? null
          : h(
              'div',
              { id: 'mode-picking' },
              `路径：从 ${from} 到……请点击或搜索终点（Esc 取消）`,
              h('button', { type: 'button', onclick: onCancel }, '取消'),
            );
      draw();
    },
  };
}
