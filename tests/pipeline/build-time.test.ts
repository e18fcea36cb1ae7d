// The seed build: every dated article dates its evidence, and the graph.gexf it writes is
// dynamic and read by networkx with the times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runBuild } from '../../src/pipeline/run-build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
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
