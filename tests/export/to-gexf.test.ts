import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { afterAll, describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/errors.ts';
import { fixVizNamespace, gexfParts, toGexf } from '../../src/export/to-gexf.ts';
import { createGraph } from '../../src/graph/build.ts';
import { graphMetrics } from '../../src/graph/metrics.ts';
import { loadGraph } from '../../src/graph/store.ts';
import type { EdgeAttributes, Evidence } from '../../src/types.ts';
import { fixtureGraph } from './graphs.ts';
import { networkxReadsGexf13, runPython } from './networkx.ts';

const SUPPORTS = '江西省|supports|阿克陶县';
const dir = mkdtempSync(join(tmpdir(), 'kg-gexf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const READ_WITH_NETWORKX = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
node = g.nodes[sys.argv[2]]
edge = next(d for u, v, d in g.edges(data=True) if (u, v) == (sys.argv[2], sys.argv[3]))
print(json.dumps({"order": g.number_of_nodes(), "size": g.number_of_edges(), "node": node, "edge": edge}, ensure_ascii=False))
`;

interface NetworkxView {
  order: number;
  size: number;
  node: Record<string, unknown> & { viz?: { color?: Record<string, number>; size?: number; position?: Record<string, number> } };
  edge: Record<string, unknown>;
}

function readWithNetworkx(xml: string, name: string, source: string, target: string): NetworkxView {
  const file = join(dir, name);
  writeFileSync(file, xml);
  return runPython(READ_WITH_NETWORKX, [file, source, target]) as NetworkxView;
}

describe('toGexf', () => {
  const graph = fixtureGraph();

  it('writes GEXF 1.2draft with the viz namespace readers expect', () => {
    const xml = toGexf(graph);
    expect(xml).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(xml).not.toContain('http:///');
  });

  it('writes GEXF 1.3 on request', () => {
    const xml = toGexf(graph, { version: '1.3' });
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
  });

  it.each(['1.2', '1.3'] as const)('%s parses back with graphology-gexf, attributes intact', (version) => {
    const back = parse(MultiDirectedGraph, toGexf(graph, { version }));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);

    const county = back.getNodeAttributes('阿克陶县');
    const original = graph.getNodeAttributes('阿克陶县');
    expect(county).toMatchObject({ label: '阿克陶县', type: 'county', aliases: '阿克陶縣', mentions: 3, articleCount: 2 });
    expect(county.articles).toBe('jx-2023-001|jx-2023-002');
    expect(county.size).toBeCloseTo(original.size);
    expect(county.x).toBeCloseTo(original.x);
    expect(county.y).toBeCloseTo(original.y);
    expect(county.color).toMatch(/^(rgba?\(|#)/);

    const edge = back.getEdgeAttributes(SUPPORTS);
    expect(edge).toMatchObject({ type: 'supports', weight: 2, evidenceCount: 2 });
    expect(JSON.parse(edge.evidence as string)).toEqual(graph.getEdgeAttribute(SUPPORTS, 'evidence'));
  });

  // 1.2draft is the default because every networkx reads it; 1.3 is checked where networkx can read it.
  const versions = networkxReadsGexf13() ? (['1.2', '1.3'] as const) : (['1.2'] as const);
  it.each(versions)('%s reads in networkx with colour, size, position and evidence', (version) => {
    const view = readWithNetworkx(toGexf(graph, { version }), `g${version}.gexf`, '江西省', '阿克陶县');
    expect(view.order).toBe(graph.order);
    expect(view.size).toBe(graph.size);

    const { viz } = view.node;
    expect(viz?.color).toEqual({ r: 0x33, g: 0x22, b: 0x88, a: 1 }); // NODE_COLORS.province
    expect(viz?.size).toBeCloseTo(graph.getNodeAttribute('江西省', 'size'));
    expect(viz?.position?.x).toBeCloseTo(graph.getNodeAttribute('江西省', 'x'));
    expect(viz?.position?.y).toBeCloseTo(graph.getNodeAttribute('江西省', 'y'));
    expect(view.node).toMatchObject({ label: '江西省', type: 'province', aliases: '赣|江西', mentions: 2 });

    const evidence = JSON.parse(view.edge.evidence as string) as Evidence[];
    expect(evidence.map((e) => e.sentence)).toEqual(graph.getEdgeAttribute(SUPPORTS, 'evidence').map((e) => e.sentence));
    expect(view.edge.weight).toBe(2);
  });

  it('writes node metrics as typed attributes that networkx and graphology read as numbers', () => {
    const metrics = graphMetrics(graph).nodes;
    const xml = toGexf(graph, { metrics });
    expect(xml).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(xml).toContain('<attribute id="community" title="community" type="integer"/>');
    const view = readWithNetworkx(xml, 'metrics.gexf', '江西省', '阿克陶县');
    const expected = metrics.get('江西省')!;
    expect(view.node.degree).toBe(expected.degree);
    expect(view.node.pagerank as number).toBeCloseTo(expected.pagerank, 10);
    expect(view.node.betweenness as number).toBeCloseTo(expected.betweenness, 10);
    expect(view.node.community).toBe(expected.community);
    const back = parse(MultiDirectedGraph, xml);
    expect(back.getNodeAttribute('阿克陶县', 'degree')).toBe(metrics.get('阿克陶县')!.degree);
    expect(toGexf(graph)).not.toContain('pagerank');
  });

  it('keeps quotes, ampersands, angle brackets and newlines in evidence', () => {
    const g = createGraph();
    const node = { aliases: [], mentions: 1, articles: ['a'], x: 0, y: 0, size: 3, color: '#332288' };
    g.addNode('江西省', { ...node, label: '江西省', type: 'province' });
    g.addNode('A&B<县>', { ...node, label: 'A&B<县>', type: 'county' });
    const evidence = [{ article: 'a', sentence: '“援疆”<b>&\n"新闻"\u0001', start: 0, end: 9 }];
    g.addDirectedEdgeWithKey('e', '江西省', 'A&B<县>', { type: 'supports', evidence, weight: 1 });
    const back = parse(MultiDirectedGraph, toGexf(g));
    expect(back.hasNode('A&B<县>')).toBe(true);
    expect(JSON.parse(back.getEdgeAttribute('e', 'evidence') as string)).toEqual(evidence);
  });

  it('writes a lean document: no indentation, values with double quotes between single quotes, read back exactly', () => {
    const g = createGraph();
    const node = { aliases: [], mentions: 1, articles: ['a'], x: 0, y: 0, size: 3, color: '#332288' };
    g.addNode('江西省', { ...node, label: '江西省', type: 'province' });
    g.addNode('"阿克陶"县', { ...node, label: '"阿克陶"县', type: 'county', aliases: ["阿克陶's"] });
    const evidence = [{ article: 'a', sentence: `他说"援疆"'好' &quot; <b>&amp;`, start: 0, end: 9 }];
    g.addDirectedEdgeWithKey('e', '江西省', '"阿克陶"县', { type: 'supports', evidence, weight: 1 });
    const xml = toGexf(g);
    expect(xml.slice(xml.indexOf('<gexf'))).not.toMatch(/>\s+</);
    expect(xml).toContain(`<attvalue for="evidence" value='[{"article":"a","sentence":"他说\\"援疆\\"&apos;好&apos; &amp;quot; &lt;b>&amp;amp;"`);
    expect(xml).toContain(`<node id='"阿克陶"县' label='"阿克陶"县'>`);
    expect(xml).toContain(`<attvalue for="aliases" value="阿克陶's"/>`);

    const back = parse(MultiDirectedGraph, xml);
    expect(JSON.parse(back.getEdgeAttribute('e', 'evidence') as string)).toEqual(evidence);
    expect(back.getNodeAttributes('"阿克陶"县')).toMatchObject({ label: '"阿克陶"县', aliases: "阿克陶's" });
    const view = readWithNetworkx(xml, 'quotes.gexf', '江西省', '"阿克陶"县');
    expect(JSON.parse(view.edge.evidence as string)).toEqual(evidence);
    expect([view.order, view.size]).toEqual([2, 1]);
  });

  it('rejects an unknown version', () => {
    expect(() => toGexf(graph, { version: '1.1' as '1.2' })).toThrow(InvalidInputError);
  });
});

describe('fixVizNamespace', () => {
  it('replaces the mistyped namespace graphology-gexf 0.13 writes', () => {
    const xml = '<?xml version="1.0"?><gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http:///www.gexf.net/1.1draft/viz"><meta/></gexf>';
    expect(fixVizNamespace(xml, '1.2')).toBe(
      '<?xml version="1.0"?><gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"><meta/></gexf>',
    );
  });
});

describe('gexfParts', () => {
  const seed = () => loadGraph(new URL('../../graph/', import.meta.url).pathname);

  it.each<[string, { version?: '1.2' | '1.3'; dynamic?: boolean; withMetrics?: boolean }]>([
    ['GEXF 1.2, dynamic', {}],
    ['GEXF 1.3 with metrics', { version: '1.3', withMetrics: true }],
    ['static', { dynamic: false }],
  ])('writes the seed graph, a few elements at a time, as toGexf does (%s)', async (_name, { withMetrics, ...options }) => {
    const graph = await seed();
    const all = { ...options, ...(withMetrics && { metrics: graphMetrics(graph).nodes }) };
    const whole = toGexf(graph, all);
    for (const chunk of [1, 7, 5000]) expect([...gexfParts(graph, all, chunk)].join('')).toBe(whole);
    expect([...gexfParts(graph, all, 7)].length).toBeGreaterThan(graph.order / 7);
  });

  it('escapes and omits as graphology-gexf does: quotes, tabs, line breaks, invalid characters, empty and missing values', () => {
    const graph = createGraph();
    const node = { aliases: [], mentions: 0, articles: [], x: -1.5, y: 1e-7, size: 3, color: '#abc' };
    graph.addNode('A&B<"县">\t\r\n', { ...node, label: 'A&B<"县">\t\r\n', type: 'county', aliases: ["'一'", '😀\uD800'], firstSeen: '2023-01-01', lastSeen: '2023-02-01' });
    graph.addNode('无标签', { ...node, label: '', type: 'program', color: 'rgba(1, 2, 3, 0.5)', articles: ['x\u0001'] });
    graph.addNode('江西省', { ...node, label: '江西省', type: 'province', color: undefined as unknown as string, size: Number.NaN });
    const evidence = [{ article: 'a', sentence: '“援疆”<b>&\n"新闻"\u0001\'', start: 0, end: 9, date: '2023-01-05' }];
    graph.addDirectedEdgeWithKey('e&1', '江西省', 'A&B<"县">\t\r\n', { type: 'supports', evidence, weight: 2, firstSeen: '2023-01-05', lastSeen: '2023-01-05' });
    graph.addDirectedEdgeWithKey('e2', '无标签', '江西省', { type: 'located_in', evidence: [], weight: Number.NaN });
    graph.addDirectedEdgeWithKey('e3', '无标签', '江西省', {
      type: 'invests_in',
      evidence,
      weight: 1,
      amounts: [{ kind: 'investment', value: 1.5e8, unit: '元', approx: false, evidence }] as unknown as EdgeAttributes['amounts'],
    });
    const metrics = graphMetrics(graph).nodes;
    for (const options of [{}, { version: '1.3' as const, metrics }, { dynamic: false }])
      for (const chunk of [1, 2, 100]) expect([...gexfParts(graph, options, chunk)].join('')).toBe(toGexf(graph, options));
  });

  it('writes a graph with no edges as toGexf does', () => {
    const graph = createGraph();
    graph.addNode('江西省', { label: '江西省', type: 'province', aliases: [], mentions: 1, articles: ['a'], x: 0, y: 0, size: 3, color: '#e6194b' });
    expect([...gexfParts(graph, {}, 1)].join('')).toBe(toGexf(graph));
  });
});
