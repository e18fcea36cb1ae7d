// Dates and figures in GraphML and JSON, read back by networkx and graphology.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { toGraphml } from '../../src/export/to-graphml.ts';
import { toJson } from '../../src/export/to-json.ts';
import { timedGraph } from '../query/timed-graph.ts';
import { runPython } from './networkx.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-graphml-time-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EDGE = '天津市|supports|策勒县';

describe('toGraphml: time and figures', () => {
  it('writes firstSeen, lastSeen and amounts that networkx reads', () => {
    const file = join(dir, 'timed.graphml');
    writeFileSync(file, toGraphml(timedGraph()));
    const read = runPython(
      `
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
edge = next(d for u, v, d in g.edges(data=True) if (u, v) == ("天津市", "策勒县"))
print(json.dumps({"node": g.nodes["策勒县"], "edge": edge}, ensure_ascii=False))
`,
      [file],
    ) as { node: Record<string, unknown>; edge: Record<string, string> };
    expect([read.node.firstSeen, read.node.lastSeen]).toEqual(['2023-01-01', '2024-03-01']);
    expect([read.edge.firstSeen, read.edge.lastSeen]).toEqual(['2023-01-01', '2024-03-01']);
    expect(JSON.parse(read.edge.amounts!)).toEqual([
      {
        kind: 'money',
        value: 88_000_000,
        unit: '元',
        asWritten: '8800万元',
        approx: false,
        period: { from: '2023', to: '2024-03-01', asWritten: '2023年以来' },
        evidence: [{ article: 'b2024', start: 0, end: 32 }],
      },
    ]);
  });
});

describe('toJson: time and figures', () => {
  it('keeps them as graph.json does, with the article dates as a graph attribute', () => {
    const json = toJson(timedGraph());
    expect(json.attributes?.articleDates).toMatchObject({ a2019: '2019-05-10', b2024: '2024-03-01' });
    const edge = json.edges.find((e) => e.key === EDGE)!;
    expect(edge.attributes?.amounts?.[0]?.evidence[0]).toMatchObject({ article: 'b2024', date: '2024-03-01', time: { asWritten: '2023年以来' } });
  });
});
