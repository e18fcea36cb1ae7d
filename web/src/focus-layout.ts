// Moves the nodes of a focus or an answer apart so that their labels do not overlap: a
// graphology-layout-noverlap pass in screen space, where a node with its label is a box.
// Pure (screen positions in, screen positions out); the viewer converts to graph coordinates.
import { UndirectedGraph } from 'graphology';
import noverlapModule from 'graphology-layout-noverlap';

// CommonJS package typed with `export default`: at run time the default import is the function.
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

export interface LabelledNode {
  key: string;
  /** Centre of the node, in pixels. */
  x: number;
  y: number;
  /** Drawn radius, in pixels. */
  radius: number;
  label: string;
}

export const LABEL_FONT_PX = 13;
const LABEL_GAP_PX = 3;
const LABEL_HEIGHT_PX = LABEL_FONT_PX + 4;

/** Width a label takes: CJK characters are square, others about half as wide. */
export function labelWidth(label: string, fontPx = LABEL_FONT_PX): number {
  let width = 0;
  for (const ch of label) width += /[\u2E80-\uFFEF]/u.test(ch) ? fontPx : fontPx * 0.6;
  return width;
}

/**
 * New centres for the nodes, so that no two boxes (node plus its label on the right, as
 * sigma draws it) overlap. noverlap separates circles, so y is stretched until an average box
 * is square, and each box gets the circle drawn around it: circles apart, boxes apart.
 */
export function spreadLabels(nodes: readonly LabelledNode[], options: { iterations?: number; margin?: number } = {}): Map<string, { x: number; y: number }> {
  const moved = new Map<string, { x: number; y: number }>();
  if (nodes.length < 2) return moved;
  const boxes = nodes.map((n) => {
    const width = 2 * n.radius + LABEL_GAP_PX + labelWidth(n.label);
    const height = Math.max(2 * n.radius, LABEL_HEIGHT_PX);
    return { node: n, width, height, dx: width / 2 - n.radius };
  });
  const stretch = boxes.reduce((sum, b) => sum + b.width / b.height, 0) / boxes.length;
  const graph = new UndirectedGraph();
  for (const b of boxes)
    graph.addNode(b.node.key, { x: b.node.x + b.dx, y: b.node.y * stretch, size: Math.hypot(b.width, b.height * stretch) / 2 });
  const positions = noverlap(graph, { maxIterations: options.iterations ?? 300, settings: { margin: options.margin ?? 1, ratio: 1, expansion: 1.1 } });
  for (const b of boxes) {
    const p = positions[b.node.key]!;
    const x = p.x - b.dx;
    const y = p.y / stretch;
    if (Math.abs(x - b.node.x) > 0.5 || Math.abs(y - b.node.y) > 0.5) moved.set(b.node.key, { x, y });
  }
  return moved;
}
