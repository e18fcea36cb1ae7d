import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { DEFAULT_TABLE_QUERY, tableCsv, tableRows } from '../../web/src/table-model.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());
const nothingHidden = { nodes: new Set<string>(), edgeTypes: new Set<string>() };

describe('tableRows', () => {
  it('lists nodes by degree, most connected first, ties by name', () => {
    const rows = tableRows(graph, DEFAULT_TABLE_QUERY, nothingHidden);
    expect(rows.map((r) => [r.key, r.values.degree])).toEqual([
      ['天津市', 3],
      ['策勒县', 3],
      ['和田地区', 2],
      ['策勒县第一小学', 2],
      ['江西省', 1],
      ['阿克陶县', 1],
    ]);
  });

  it('filters by text over names and aliases, by type, and by what the graph shows', () => {
    const query = { ...DEFAULT_TABLE_QUERY, text: '赣' };
    expect(tableRows(graph, query, nothingHidden).map((r) => r.key)).toEqual(['江西省']);
    expect(tableRows(graph, { ...DEFAULT_TABLE_QUERY, type: 'county' }, nothingHidden).map((r) => r.key)).toEqual(['策勒县', '阿克陶县']);
    const hidden = { nodes: new Set(['天津市']), edgeTypes: new Set<string>() };
    expect(tableRows(graph, DEFAULT_TABLE_QUERY, hidden).map((r) => r.key)).not.toContain('天津市');
    expect(tableRows(graph, { ...DEFAULT_TABLE_QUERY, visibleOnly: false }, hidden).map((r) => r.key)).toContain('天津市');
  });

  it('sorts by any column either way', () => {
    const byName = tableRows(graph, { ...DEFAULT_TABLE_QUERY, sortBy: 'label', descending: false }, nothingHidden);
    // Chinese collation: by pinyin, 阿 (a) first.
    expect(byName.map((r) => r.key)).toEqual(['阿克陶县', '策勒县', '策勒县第一小学', '和田地区', '江西省', '天津市']);
    const byMentions = tableRows(graph, { ...DEFAULT_TABLE_QUERY, sortBy: 'mentions', descending: true }, nothingHidden);
    expect(byMentions[0]!.key).toBe('天津市');
  });

  it('lists edges with their ends, relation and evidence, leaving out hidden relations', () => {
    const query = { ...DEFAULT_TABLE_QUERY, kind: 'edges' as const, sortBy: 'evidence' };
    const rows = tableRows(graph, query, { nodes: new Set(), edgeTypes: new Set(['located_in']) }, (kind) => (kind === 'supports' ? '支援' : kind));
    expect(rows.map((r) => [r.values.source, r.values.type, r.values.target, r.values.evidence, r.values.articles])).toEqual([
      ['天津市', '支援', '策勒县', 2, 2],
      ['天津市', '支援', '和田地区', 1, 1],
      ['天津市', '支援', '策勒县第一小学', 1, 1],
      ['江西省', '支援', '阿克陶县', 1, 1],
    ]);
  });
});

describe('tableCsv', () => {
  it('writes the rows as shown, with Chinese headers, quoting where needed', () => {
    const rows = tableRows(graph, { ...DEFAULT_TABLE_QUERY, type: 'province' }, nothingHidden);
    rows[0]!.values.label = '天津市,"津"';
    const csv = tableCsv('nodes', rows);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('名称,类型,连接数,提及,文章,PageRank,中介中心度,社区');
    expect(lines[1]).toBe('"天津市,""津""",province,3,6,1,0,0,1');
    expect(lines).toHaveLength(rows.length + 2);
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });
});
