import { describe, expect, it } from 'vitest';

import { labelWidth, spreadLabels } from '../../web/src/focus-layout.ts';
import type { LabelledNode } from '../../web/src/focus-layout.ts';

const LABEL_HEIGHT = 17;

/** The box sigma draws for a node and its label (the label on the right of the node). */
function box(n: LabelledNode, at: { x: number; y: number }) {
  const half = Math.max(n.radius, LABEL_HEIGHT / 2);
  return { x0: at.x - n.radius, x1: at.x + n.radius + 3 + labelWidth(n.label), y0: at.y - half, y1: at.y + half };
}

function overlaps(nodes: LabelledNode[], moved: Map<string, { x: number; y: number }>): string[] {
  const boxes = nodes.map((n) => [n.key, box(n, moved.get(n.key) ?? n)] as const);
  const found: string[] = [];
  for (const [i, [a, p]] of boxes.entries())
    for (const [b, q] of boxes.slice(i + 1)) if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) found.push(`${a}/${b}`);
  return found;
}

describe('labelWidth', () => {
  it('counts CJK characters square and others narrower', () => {
    expect(labelWidth('阿克陶县')).toBe(52);
    expect(labelWidth('ab')).toBeCloseTo(15.6);
  });
});

describe('spreadLabels', () => {
  it('moves the labels of a crowded neighbourhood apart (a county with its townships and institutions)', () => {
    const nodes: LabelledNode[] = [
      { key: 'county', x: 430, y: 307, radius: 14, label: '阿克陶县' },
      { key: 'a', x: 467, y: 273, radius: 8.7, label: '加马铁热克乡' },
      { key: 'b', x: 412, y: 266, radius: 8.7, label: '阿克陶县昆仑佳苑设施农业产业园' },
      { key: 'c', x: 480, y: 394, radius: 7.5, label: '阿克陶县教育局' },
      { key: 'd', x: 439, y: 399, radius: 9.6, label: '塔尔塔吉克族乡' },
      { key: 'e', x: 433, y: 310, radius: 6, label: '阿克陶县人民医院' },
      { key: 'f', x: 500, y: 300, radius: 6, label: '阿克陶县工作室' },
      { key: 'g', x: 502, y: 303, radius: 6, label: '阿克陶县名师工作室' },
      { key: 'h', x: 501, y: 306, radius: 6, label: '阿克陶县名医工作室' },
    ];
    expect(overlaps(nodes, new Map()).length).toBeGreaterThan(5);
    const moved = spreadLabels(nodes);
    expect(overlaps(nodes, moved)).toEqual([]);
    // Nothing flies off: every node stays within a few label widths of where it was.
    for (const n of nodes) {
      const at = moved.get(n.key) ?? n;
      expect(Math.hypot(at.x - n.x, at.y - n.y), n.key).toBeLessThan(400);
    }
  });

  it('leaves nodes whose labels are already apart where they are', () => {
    const nodes: LabelledNode[] = [
      { key: 'a', x: 0, y: 0, radius: 5, label: '天津市' },
      { key: 'b', x: 0, y: 100, radius: 5, label: '策勒县' },
      { key: 'c', x: 300, y: 0, radius: 5, label: '和田地区' },
    ];
    expect(spreadLabels(nodes)).toEqual(new Map());
    expect(spreadLabels(nodes.slice(0, 1))).toEqual(new Map());
  });
});
