// GEXF in dynamic mode: dated nodes and edges start at their firstSeen, undated ones are
// always present, and networkx 2.8 (GEXF 1.2draft) reads the times and the figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { toGexf } from '../../src/export/to-gexf.ts';
import { timedGraph } from '../query/timed-graph.ts';
import { fixtureGraph } from './graphs.ts';
import { runPython } from './networkx.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-gexf-dyn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const READ_TIMES = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
nodes = {n: {k: d.get(k) for k in ("start", "end", "firstSeen", "lastSeen")} for n, d in g.nodes(data=True)}
edges = {d["id"]: {k: d.get(k) for k in ("start", "end", "firstSeen", "lastSeen", "amounts")} for u, v, d in g.edges(data=True)}
print(json.dumps({"mode": g.graph.get("mode"), "nodes": nodes, "edges": edges}, ensure_ascii=False))
`;

interface Times {
  mode: string;
  nodes: Record<string, { start: string | null; end: string | null; firstSeen: string | null; lastSeen: string | null }>;
  edges: Record<string, { start: string | null; end: string | null; firstSeen: string | null; lastSeen: string | null; amounts: string | null }>;
}

function readTimes(xml: string, name: string): Times {
  const file = join(dir, name);
  writeFileSync(file, xml);
  return runPython(READ_TIMES, [file]) as Times;
}

describe('toGexf: dynamic mode', () => {
  const graph = timedGraph();
  const xml = toGexf(graph);

  it('marks the graph dynamic with dates, and gives each dated element its start', () => {
    expect(xml).toMatch(/<graph mode="dynamic" timeformat="date" defaultedgetype="directed">/);
    expect(xml).toMatch(/<node start="2019-01-01" id="天津市"/);
    expect(xml).toMatch(/<edge start="2023-01-01" id="天津市\|supports\|策勒县"/);
    expect(xml).toMatch(/<node id="新疆维吾尔自治区"/);
  });

  it('is read by networkx with the start of every dated element, the others always present', () => {
    const view = readTimes(xml, 'dynamic.gexf');
    expect(view.mode).toBe('dynamic');
    expect(Object.keys(view.nodes).length).toBe(graph.order);
    for (const [node, times] of Object.entries(view.nodes)) {
      const firstSeen = graph.getNodeAttribute(node, 'firstSeen') ?? null;
      expect([node, times.start, times.firstSeen, times.lastSeen]).toEqual([node, firstSeen, firstSeen, graph.getNodeAttribute(node, 'lastSeen') ?? null]);
      expect(times.end).toBeNull();
    }
    for (const edge of graph.edges()) expect([edge, view.edges[edge]?.start]).toEqual([edge, graph.getEdgeAttribute(edge, 'firstSeen') ?? null]);
    expect(view.nodes['新疆维吾尔自治区']!.start).toBeNull();
  });

  it('carries the figures of an edge as JSON that networkx reads back', () => {
    const view = readTimes(xml, 'amounts.gexf');
    const amounts = JSON.parse(view.edges['天津市|supports|于田县']!.amounts!) as Array<{ kind: string; value: number; asWritten: string; evidence: Array<{ article: string }> }>;
    expect(amounts.map((a) => [a.kind, a.value, a.asWritten, a.evidence.map((e) => e.article)])).toEqual([
      ['money', 50_000_000, '5000万元', ['a2019']],
      ['money', 1_260_000_000, '12.6亿元', ['c2025', 'd2025']],
      ['projects', 86, '86个', ['c2025']],
    ]);
  });

  it('stays static for an undated graph, and on request', () => {
    expect(toGexf(fixtureGraph())).not.toContain('mode="dynamic"');
    expect(toGexf(graph, { dynamic: false })).not.toMatch(/mode="dynamic"|start="/);
  });
});
