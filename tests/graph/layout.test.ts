import { describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/errors.ts';
import { buildGraph, createGraph, type KgGraph } from '../../src/graph/build.ts';
import { iterationBudget, layoutGraph } from '../../src/graph/layout.ts';
import type { Entity, Relation } from '../../src/types.ts';

// Two triangles of counties, not linked to each other.
function twoTriangles(): KgGraph {
  const names = ['且末县', '若羌县', '轮台县', '策勒县', '于田县', '民丰县'];
  const entities: Entity[] = names.map((name) => ({ name, type: 'county', aliases: [], mentions: 1 }));
  const link = (source: string, target: string): Relation => ({ source, target, type: 'partners_with', evidence: [] });
  const relations = [link('且末县', '若羌县'), link('若羌县', '轮台县'), link('轮台县', '且末县'), link('策勒县', '于田县'), link('于田县', '民丰县'), link('民丰县', '策勒县')];
  return buildGraph([{ article: 'a', entities, relations }]);
}

function positions(graph: KgGraph): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((node, a) => (out[node] = [a.x, a.y]));
  return out;
}

function distance(graph: KgGraph, a: string, b: string): number {
  const p = graph.getNodeAttributes(a);
  const q = graph.getNodeAttributes(b);
  return Math.hypot(p.x - q.x, p.y - q.y);
}

describe('layoutGraph', () => {
  it('writes finite positions', () => {
    const graph = twoTriangles();
    layoutGraph(graph);
    for (const [x, y] of Object.values(positions(graph))) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('gives the same positions for the same seed, whatever the insertion order', () => {
    const a = twoTriangles();
    const b = createGraph();
    b.import(a.export());
    const reversed = createGraph();
    for (const node of [...a.nodes()].reverse()) reversed.addNode(node, a.getNodeAttributes(node));
    a.forEachEdge((edge, attributes, source, target) => reversed.addDirectedEdgeWithKey(edge, source, target, attributes));

    layoutGraph(a, { seed: 7, iterations: 0 });
    layoutGraph(reversed, { seed: 7, iterations: 0 });
    expect(positions(reversed)).toEqual(positions(a));

    layoutGraph(a, { seed: 7 });
    layoutGraph(b, { seed: 7 });
    expect(positions(b)).toEqual(positions(a));
  });

  it('starts from different positions for a different seed', () => {
    const a = twoTriangles();
    const b = twoTriangles();
    layoutGraph(a, { seed: 1, iterations: 0 });
    layoutGraph(b, { seed: 2, iterations: 0 });
    expect(positions(b)).not.toEqual(positions(a));
  });

  it('puts linked nodes closer than unlinked ones', () => {
    const graph = twoTriangles();
    layoutGraph(graph, { seed: 3 });
    const linked = Math.max(distance(graph, '且末县', '若羌县'), distance(graph, '策勒县', '于田县'));
    const unlinked = Math.min(distance(graph, '且末县', '策勒县'), distance(graph, '若羌县', '民丰县'));
    expect(linked).toBeLessThan(unlinked);
  });

  it('does nothing on an empty graph', () => {
    expect(() => layoutGraph(createGraph())).not.toThrow();
  });

  it.each([-1, 2.5, Number.NaN])('rejects %s iterations', (iterations) => {
    expect(() => layoutGraph(twoTriangles(), { iterations })).toThrow(InvalidInputError);
  });
});

describe('iterationBudget', () => {
  it('spends 500 iterations on small graphs and fewer as graphs grow', () => {
    expect(iterationBudget(10)).toBe(500);
    expect(iterationBudget(1000)).toBe(500);
    expect(iterationBudget(5000)).toBeLessThan(500);
    expect(iterationBudget(30_000)).toBeLessThanOrEqual(70);
    expect(iterationBudget(100_000)).toBeLessThan(iterationBudget(30_000));
    expect(iterationBudget(10_000_000)).toBe(20);
  });
});
