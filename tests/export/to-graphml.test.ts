import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';

import { toGraphml } from '../../src/export/to-graphml.ts';
import { createGraph } from '../../src/graph/build.ts';
import { graphMetrics } from '../../src/graph/metrics.ts';
import { fixtureGraph } from './graphs.ts';
import { runPython } from './networkx.ts';

const SUPPORTS = '江西省|supports|阿克陶县';
const dir = mkdtempSync(join(tmpdir(), 'kg-graphml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('toGraphml', () => {
  const graph = fixtureGraph();

  it('parses back with graphology-graphml, typed attributes intact', () => {
    const back = parse(MultiDirectedGraph, toGraphml(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const original = graph.getNodeAttributes('阿克陶县');
    expect(back.getNodeAttributes('阿克陶县')).toMatchObject({
      label: '阿克陶县',
      type: 'county',
      aliases: '阿克陶縣',
      mentions: 3,
      articleCount: 2,
      x: original.x,
      y: original.y,
      size: original.size,
      color: original.color,
    });
    const edge = back.getEdgeAttributes(SUPPORTS);
    expect(edge).toMatchObject({ type: 'supports', weight: 2, evidenceCount: 2 });
    expect(JSON.parse(edge.evidence as string)).toEqual(graph.getEdgeAttribute(SUPPORTS, 'evidence'));
  });

  it('adds the node metrics as typed keys when given them', () => {
    const metrics = graphMetrics(graph).nodes;
    const back = parse(MultiDirectedGraph, toGraphml(graph, { metrics }));
    expect(back.getNodeAttributes('阿克陶县')).toMatchObject(metrics.get('阿克陶县')!);
    expect(toGraphml(graph)).not.toContain('pagerank');
  });

  it('escapes markup in names and evidence', () => {
    const g = createGraph();
    const node = { aliases: ['"甲"&乙'], mentions: 1, articles: ['a'], x: 0, y: 0, size: 3, color: '#332288' };
    g.addNode('<江西省>', { ...node, label: '<江西省>', type: 'province' });
    g.addNode('A&B县', { ...node, label: 'A&B县', type: 'county' });
    const evidence = [{ article: 'a', sentence: "援疆</data>'&\"\n第二行", start: 0, end: 9 }];
    g.addDirectedEdgeWithKey('<e>', '<江西省>', 'A&B县', { type: 'supports', evidence, weight: 1 });
    const back = parse(MultiDirectedGraph, toGraphml(g));
    expect(back.getNodeAttribute('<江西省>', 'aliases')).toBe('"甲"&乙');
    expect(JSON.parse(back.getEdgeAttribute('<e>', 'evidence') as string)).toEqual(evidence);
  });

  it('reads in networkx', () => {
    const file = join(dir, 'graph.graphml');
    writeFileSync(file, toGraphml(graph));
    const view = runPython(
      `
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
edge = next(d for u, v, d in g.edges(data=True) if (u, v) == ("江西省", "阿克陶县"))
print(json.dumps({"order": g.number_of_nodes(), "node": g.nodes["江西省"], "edge": edge}, ensure_ascii=False))
`,
      [file],
    ) as { order: number; node: Record<string, unknown>; edge: Record<string, unknown> };
    expect(view.order).toBe(graph.order);
    expect(view.node).toMatchObject({ label: '江西省', type: 'province', mentions: 2 });
    expect(JSON.parse(view.edge.evidence as string)).toHaveLength(2);
  });
});
