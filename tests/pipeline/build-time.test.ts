// The seed build: every dated article dates its evidence, and the graph.gexf it writes is
// dynamic and read by networkx with the times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runBuild } from '../../src/pipeline/run-build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { runQuery } from '../../src/query/console/run-query.ts';
import { findTotals } from '../../src/query/totals.ts';
import { runPython } from '../export/networkx.ts';

const out = mkdtempSync(join(tmpdir(), 'kg-build-time-'));
let graph: KgGraph;
beforeAll(async () => {
  ({ graph } = await runBuild({ articlesDir: new URL('../../seeds', import.meta.url).pathname, outDir: out }));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the seed build', () => {
  it('dates the evidence of every article that has a dateline', () => {
    const undated = new Set<string>();
    graph.forEachEdge((_edge, a) => {
      for (const e of a.evidence) if (!e.date) undated.add(e.article);
    });
    // 004 is a set of editorials with no dateline.
    expect([...undated]).toEqual(['004_bc355209b628d6c9']);
  });

  it('writes graph.gexf in dynamic mode, with start dates networkx reads', () => {
    const read = runPython(
      `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
edge = next(d for u, v, d in g.edges(data=True) if (u, v) == ("江西省", "阿克陶县"))
print(json.dumps({"mode": g.graph["mode"], "node": g.nodes["江西省"].get("start"), "edge": edge.get("start"), "dated": sum(1 for _, d in g.nodes(data=True) if "start" in d)}))
`,
      [join(out, 'graph.gexf')],
    ) as { mode: string; node: string; edge: string; dated: number };
    expect(read).toEqual({
      mode: 'dynamic',
      node: graph.getNodeAttribute('江西省', 'firstSeen'),
      edge: graph.getEdgeAttribute('江西省|supports|阿克陶县', 'firstSeen'),
      dated: graph.filterNodes((_n, a) => a.firstSeen !== undefined).length,
    });
    expect(read.edge).toBe('2023-04-01');
  });
});

// The README's examples on the seed graph: a "since" query and a totals answer, with their evidence.
describe('the README examples on the seed graph', () => {
  it('who supports 和田地区 since 2020: 天津市 and 北京市, 北京市 by a sentence of 去年8月', () => {
    const english = runQuery(graph, 'who supports 和田地区 since 2020');
    expect(english.rows.map((r) => [r.supporter, r.years])).toEqual([
      ['天津市', '2010–2025'],
      ['北京市', '2024–2025'],
    ]);
    expect(runQuery(graph, '2020年以来谁支援和田地区').rows).toEqual(english.rows);
    const beijing = english.paths![1]!.edges[0]!.evidence;
    expect(beijing.map((e) => [e.article, e.date, e.time?.asWritten])).toContainEqual(['003_ea277452b1a26da8', '2025-07-06', '去年8月']);
  });

  it('totals 江西: the figures with their periods and evidence, the people not added', () => {
    const totals = findTotals(graph, { of: '江西' });
    expect(totals.facts.map((f) => [f.relation, f.kind, f.asWritten, f.period?.asWritten ?? ''])).toEqual([
      ['supports', 'money', '1500余萬元', '兩年來'],
      ['supports', 'projects', '近600個', ''],
      ['supports', 'people', '777名', ''],
      ['supports', 'people', '100余名', ''],
      ['supports', 'people', '66名', ''],
      ['invests_in', 'money', '12.4億元', ''],
    ]);
    expect(totals.facts[0]!.evidence[0]!.sentence).toMatch(/^兩年來,阿克陶縣人民醫/);
    expect(totals.summary.find((s) => s.kind === 'people')).toMatchObject({ count: 3, note: expect.stringMatching(/^not added: 777名 and 100余名 may overlap/) });
  });
});
