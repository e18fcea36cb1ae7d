import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { clampYears, formatYears, inTime, isTimeFiltered, parseYears, yearBounds, yearHistogram } from '../../web/src/time-range.ts';
import type { Dated } from '../../web/src/time-range.ts';

function graph(): MultiDirectedGraph<Dated, Dated> {
  const g = new MultiDirectedGraph<Dated, Dated>();
  g.addNode('天津市', { firstSeen: '2019-01-01', lastSeen: '2025-08-01' });
  g.addNode('于田县', { firstSeen: '2019-01-01', lastSeen: '2025-08-01' });
  g.addNode('策勒县', { firstSeen: '2023-01-01', lastSeen: '2024-03-01' });
  g.addNode('和田地区', {});
  g.addEdgeWithKey('a', '天津市', '于田县', { firstSeen: '2019-01-01', lastSeen: '2025-08-01' });
  g.addEdgeWithKey('b', '天津市', '策勒县', { firstSeen: '2023-01-01', lastSeen: '2024-03-01' });
  g.addEdgeWithKey('c', '于田县', '和田地区', {});
  return g;
}

describe('yearBounds', () => {
  it('spans the first and last year seen', () => {
    expect(yearBounds(graph())).toEqual({ from: 2019, to: 2025 });
  });
  it('is null for an undated graph', () => {
    const g = new MultiDirectedGraph<Dated, Dated>();
    g.addNode('x', {});
    expect(yearBounds(g)).toBeNull();
  });
});

describe('inTime', () => {
  const on = (from: number, to: number, undated = true) => ({ range: { from, to }, undated });
  it('keeps what its span meets', () => {
    const g = graph();
    const shown = (filter: ReturnType<typeof on>) => g.filterNodes((_n, a) => inTime(a, filter));
    expect(shown(on(2020, 2022))).toEqual(['天津市', '于田县', '和田地区']);
    expect(shown(on(2024, 2024))).toEqual(['天津市', '于田县', '策勒县', '和田地区']);
    expect(shown(on(2015, 2018))).toEqual(['和田地区']);
    expect(shown(on(2015, 2018, false))).toEqual([]);
    expect(g.filterEdges((_e, a) => inTime(a, on(2024, 2025, false)))).toEqual(['a', 'b']);
  });
  it('keeps everything with no range, and undated items unless hidden', () => {
    expect(inTime({}, { range: null, undated: true })).toBe(true);
    expect(inTime({}, { range: null, undated: false })).toBe(false);
    expect(isTimeFiltered({ range: null, undated: true })).toBe(false);
    expect(isTimeFiltered({ range: null, undated: false })).toBe(true);
  });
});

describe('yearHistogram', () => {
  it('counts edges by the year they are first seen', () => {
    expect(yearHistogram(graph(), { from: 2019, to: 2025 })).toEqual([1, 0, 0, 0, 1, 0, 0]);
  });
});

describe('years in the URL', () => {
  it('round-trips ranges and single years, and refuses the rest', () => {
    expect(parseYears(formatYears({ from: 2019, to: 2023 }))).toEqual({ from: 2019, to: 2023 });
    expect(formatYears({ from: 2023, to: 2023 })).toBe('2023');
    expect(parseYears('2023')).toEqual({ from: 2023, to: 2023 });
    for (const bad of ['2023-2019', 'soon', '', null, '20-30']) expect(parseYears(bad)).toBeNull();
  });
  it('clamps a range to the graph and drops one that covers it all', () => {
    const bounds = { from: 2019, to: 2025 };
    expect(clampYears({ from: 2010, to: 2022 }, bounds)).toEqual({ from: 2019, to: 2022 });
    expect(clampYears({ from: 2030, to: 2040 }, bounds)).toEqual({ from: 2025, to: 2025 });
    expect(clampYears({ from: 2000, to: 2030 }, bounds)).toBeNull();
  });
});
