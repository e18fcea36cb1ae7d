import { describe, expect, it } from 'vitest';

import {
  COMMUNITY_COLORS,
  EDGE_COLORS,
  EDGE_TYPE_LABELS,
  NODE_COLORS,
  NODE_TYPE_LABELS,
  OTHER_COMMUNITY_COLOR,
  communityColor,
} from '../../src/graph/palette.ts';
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

describe('communityColor', () => {
  it('gives the largest communities distinct colours and the rest one grey', () => {
    const colors = COMMUNITY_COLORS.map((_c, i) => communityColor(i));
    expect(new Set(colors).size).toBe(COMMUNITY_COLORS.length);
    for (const color of colors) expect(color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(colors).not.toContain(OTHER_COMMUNITY_COLOR);
    expect(communityColor(COMMUNITY_COLORS.length)).toBe(OTHER_COMMUNITY_COLOR);
    expect(communityColor(500)).toBe(OTHER_COMMUNITY_COLOR);
  });
});
