// The node panel's "援助数字" section: each aid or investment edge with figures, the other end
// clickable, each figure with its kind, as written, its period and how many articles state it.
import { amountText } from './amount-text.ts';
import { edgeLabel } from './console-text.ts';
import { h } from './dom.ts';
import type { NodeFigures } from './node-figures.ts';

export function figuresSection(figures: NodeFigures[], selectNode: (node: string) => void): HTMLElement[] {
  if (figures.length === 0) return [];
  const count = figures.reduce((n, f) => n + f.facts.length, 0);
  return [
    h('h3', {}, `援助数字（${count}）`),
    h(
      'ul',
      { id: 'panel-figures' },
      ...figures.map((f) =>
        h(
          'li',
          { 'data-edge': f.edge },
          h('span', { className: 'muted' }, f.direction === 'out' ? `${edgeLabel(f.edgeKind)} → ` : `← ${edgeLabel(f.edgeKind)} `),
          h('button', { type: 'button', className: 'neighbour', onclick: () => selectNode(f.other) }, f.otherLabel),
          h('ul', {}, ...f.facts.map((fact) => h('li', { className: 'figure' }, amountText(fact)))),
        ),
      ),
    ),
  ];
}
