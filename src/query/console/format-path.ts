// One-line rendering of a path for tables and the terminal.
import type { GraphPath } from '../describe-path.ts';

/** "天津市 —supports→ 策勒县 ←located_in— 策勒县第一小学" */
export function formatPath(path: GraphPath): string {
  let text = path.nodes[0] ?? '';
  path.edges.forEach((edge, i) => {
    const arrow = edge.direction === 'forward' ? ` —${edge.type}→ ` : ` ←${edge.type}— `;
    text += arrow + path.nodes[i + 1];
  });
  return text;
}
