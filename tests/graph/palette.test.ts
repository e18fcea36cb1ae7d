import { describe, expect, it } from 'vitest';

import { EDGE_COLORS, EDGE_TYPE_LABELS, NODE_COLORS, NODE_TYPE_LABELS } from '../../src/graph/palette.ts';
import { EDGE_TYPES, NODE_TYPES } from '../../src/types.ts';

describe('palette', () => {
  it('gives every node type its own #rrggbb colour', () => {
    const colors = NODE_TYPES.map((type) => NODE_COLORS[type]);
    for (const color of colors) expect(color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(new Set(colors).size).toBe(NODE_TYPES.length);
  });

  it('gives every edge type its own #rrggbb colour', () => {
    const colors = EDGE_TYPES.map((type) => EDGE_COLORS[type]);
    for (const color of colors) expect(color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(new Set(colors).size).toBe(EDGE_TYPES.length);
  });

  it('labels every type in Chinese', () => {
    expect(NODE_TYPE_LABELS.county).toBe('县级');
    expect(EDGE_TYPE_LABELS.supports).toBe('支援');
    for (const type of NODE_TYPES) expect(NODE_TYPE_LABELS[type]).toMatch(/\p{Script=Han}/u);
    for (const type of EDGE_TYPES) expect(EDGE_TYPE_LABELS[type]).toMatch(/\p{Script=Han}/u);
  });
});
