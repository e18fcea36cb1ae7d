import { describe, expect, it } from 'vitest';

import { csvField, toCsv } from '../../src/export/to-csv.ts';
import { createGraph } from '../../src/graph/build.ts';
import { graphMetrics } from '../../src/graph/metrics.ts';
import { fixtureGraph } from './graphs.ts';

describe('csvField', () => {
  it.each([
    ['阿克陶县', '阿克陶县'],
    ['赣,江西', '"赣,江西"'],
    ['他说"援疆"', '"他说""援疆"""'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['', ''],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","点击")', `"'=HYPERLINK(""http://evil.example"",""点击"")"`],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', `'@SUM(1+1)*cmd|' /C calc'!A0`],
    ['+8613800000000', `'+8613800000000`],
    ['-2+3', `'-2+3`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `"'\r=1+1"`],
    ['江西省=赣', '江西省=赣'],
  ])('neutralises %j, which a spreadsheet would run, as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toCsv', () => {
  it('writes a node table and an edge table with CRLF line ends', () => {
    const { nodes, edges } = toCsv(fixtureGraph());
    expect(nodes.split('\r\n')[0]).toBe('id,label,type,aliases,mentions,articles,x,y,size,color,first_seen,last_seen');
    expect(edges.split('\r\n')[0]).toBe('id,source,target,relation,weight,evidence_count,evidence,first_seen,last_seen,amounts,amounts_json');
    expect(nodes.endsWith('\r\n')).toBe(true);
    expect(nodes.split('\r\n')).toHaveLength(1 + 5 + 1);
  });

  it('adds the node metrics as columns when given them', () => {
    const graph = fixtureGraph();
    const metrics = graphMetrics(graph).nodes;
    const lines = toCsv(graph, { metrics }).nodes.split('\r\n');
    expect(lines[0]).toBe('id,label,type,aliases,mentions,articles,x,y,size,color,first_seen,last_seen,degree,pagerank,betweenness,community');
    const row = lines.find((line) => line.startsWith('江西省,'))!.split(',');
    const m = metrics.get('江西省')!;
    expect(row.slice(-4)).toEqual([String(m.degree), String(m.pagerank), String(m.betweenness), String(m.community)]);
  });

  it('gives an edge its first evidence sentence and the evidence count', () => {
    const { edges } = toCsv(fixtureGraph());
    const row = edges.split('\r\n').find((line) => line.startsWith('江西省|supports|阿克陶县,'));
    // Full-width commas need no quoting.
    expect(row).toBe('江西省|supports|阿克陶县,江西省,阿克陶县,supports,2,2,江西省对口支援新疆工作如同一条纽带，把赣鄱大地与帕米尔高原紧紧相连。,,,,');
  });

  it('quotes fields holding commas, quotes and line breaks', () => {
    const g = createGraph();
    const node = { mentions: 1, articles: ['a'], x: 1.5, y: -2, size: 3, color: '#332288' };
    g.addNode('江西省', { ...node, label: '江西省', type: 'province', aliases: ['赣', '江西'] });
    g.addNode('阿克陶县', { ...node, label: '阿克陶县', type: 'county', aliases: [] });
    const sentence = '江西省援建的"红杜鹃"学校,\r\n在阿克陶县落成。';
    g.addDirectedEdgeWithKey('e', '江西省', '阿克陶县', { type: 'supports', evidence: [{ article: 'a', sentence, start: 0, end: 5 }], weight: 1 });
    const { nodes, edges } = toCsv(g);
    expect(nodes).toContain('\r\n江西省,江西省,province,赣|江西,1,a,1.5,-2,3,#332288,,\r\n');
    expect(edges).toContain('\r\ne,江西省,阿克陶县,supports,1,1,"江西省援建的""红杜鹃""学校,\r\n在阿克陶县落成。",,,,\r\n');
  });

  it('writes first and last seen, and the figures readable and as JSON', () => {
    const g = createGraph();
    const node = { mentions: 1, articles: ['a'], x: 0, y: 0, size: 3, color: '#332288', firstSeen: '2021-01-01', lastSeen: '2025-07-07' };
    g.addNode('天津市', { ...node, label: '天津市', type: 'province', aliases: [] });
    g.addNode('于田县', { ...node, label: '于田县', type: 'county', aliases: [] });
    const evidence = [{ article: 'a', sentence: '“十四五”以来，天津累计投入援疆资金12.6亿元。', start: 0, end: 25, date: '2025-07-07' }];
    const amounts = [{ kind: 'money' as const, value: 1_260_000_000, unit: '元', asWritten: '12.6亿元', approx: false, evidence }];
    g.addDirectedEdgeWithKey('e', '天津市', '于田县', { type: 'supports', evidence, weight: 1, firstSeen: '2021-01-01', lastSeen: '2025-07-07', amounts });
    const { nodes, edges } = toCsv(g);
    expect(nodes.split('\r\n')[1]).toBe('天津市,天津市,province,,1,a,0,0,3,#332288,2021-01-01,2025-07-07');
    expect(edges.split('\r\n')[1]).toBe(
      'e,天津市,于田县,supports,1,1,“十四五”以来，天津累计投入援疆资金12.6亿元。,2021-01-01,2025-07-07,money 12.6亿元 (1260000000 元),' +
        '"[{""kind"":""money"",""value"":1260000000,""unit"":""元"",""asWritten"":""12.6亿元"",""approx"":false,""evidence"":[{""article"":""a"",""start"":0,""end"":25}]}]"',
    );
  });

  it('neutralises names and sentences read from articles, and keeps negative coordinates numbers', () => {
    const g = createGraph();
    const node = { mentions: 1, articles: ['a'], x: -1.5, y: -2, size: 3, color: '#332288' };
    const evil = '=HYPERLINK("http://evil.example","红杜鹃")';
    g.addNode('江西省', { ...node, label: '江西省', type: 'province', aliases: [] });
    g.addNode(evil, { ...node, label: evil, type: 'program', aliases: ['@红杜鹃'] });
    g.addDirectedEdgeWithKey('e', '江西省', evil, { type: 'runs', evidence: [{ article: 'a', sentence: '-实施“红杜鹃”', start: 0, end: 8 }], weight: 1 });
    const { nodes, edges } = toCsv(g);
    const quoted = `"'=HYPERLINK(""http://evil.example"",""红杜鹃"")"`;
    expect(nodes.split('\r\n')[2]).toBe(`${quoted},${quoted},program,'@红杜鹃,1,a,-1.5,-2,3,#332288,,`);
    expect(edges.split('\r\n')[1]).toBe(`e,江西省,${quoted},runs,1,1,'-实施“红杜鹃”,,,,`);
  });
});
