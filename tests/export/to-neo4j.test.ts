import { readFileSync } from 'node:fs';

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import {
  NEO4J_NODE_HEADER,
  NEO4J_RELATIONSHIP_HEADER,
  neo4jImportCommand,
  neo4jImportScript,
  toNeo4j,
  toNeo4jArchive,
} from '../../src/export/to-neo4j.ts';
import type { Neo4jFile } from '../../src/export/to-neo4j.ts';
import { applySizes, createGraph } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { edgeKey } from '../../src/graph/keys.ts';
import { NODE_COLORS } from '../../src/graph/palette.ts';
import { loadGraph } from '../../src/graph/store.ts';
import { EDGE_TYPES, NODE_TYPES } from '../../src/types.ts';
import type { EdgeType } from '../../src/types.ts';
import { fixtureGraph } from './graphs.ts';

/**
 * Reads the files as `neo4j-admin database import` would, with an independent CSV parser
 * (RFC 4180 quoting, no backslash escapes) and the header's types, into a graphology graph.
 */
function readBack(files: Neo4jFile[]): KgGraph {
  const graph = createGraph();
  const tables = files.map((f) => ({ name: f.name, rows: parse(f.text, { relax_quotes: false, escape: '"' }) as string[][] }));
  const typeOfLabel = new Map(NODE_TYPES.map((t) => [t.charAt(0).toUpperCase() + t.slice(1), t]));
  for (const { name, rows } of tables.filter((t) => t.name.startsWith('nodes-'))) {
    expect(rows[0], name).toEqual(NEO4J_NODE_HEADER);
    for (const [id, label, aliases, mentions, articles, x, y, firstSeen, lastSeen, labels] of rows.slice(1)) {
      const [entity, typeLabel, ...more] = labels!.split(';');
      expect([entity, more]).toEqual(['Entity', []]);
      const type = typeLabel && typeLabel.length ? typeLabel : '';
      expect(typeOfLabel.has(type), `label ${type}`).toBe(true);
      expect(mentions).toMatch(/^\d+$/);
      graph.addNode(id!, {
        label: label!,
        type: typeOfLabel.get(type)!,
        // An empty array is an empty field: Neo4j stores no property, and it reads back as [].
        aliases: aliases ? aliases.split(';') : [],
        mentions: Number(mentions),
        articles: articles ? articles.split(';') : [],
        x: Number(x),
        y: Number(y),
        size: 0,
        color: '',
        ...(firstSeen ? { firstSeen: date(firstSeen) } : {}),
        ...(lastSeen ? { lastSeen: date(lastSeen) } : {}),
      });
    }
  }
  for (const { name, rows } of tables.filter((t) => t.name.startsWith('relationships-'))) {
    expect(rows[0], name).toEqual(NEO4J_RELATIONSHIP_HEADER);
    for (const [start, end, relType, weight, evidence, firstSeen, lastSeen, amounts, evidenceOmitted] of rows.slice(1)) {
      const type = relType!.toLowerCase() as EdgeType;
      expect(name).toBe(`relationships-${type}.csv`);
      expect(weight).toMatch(/^\d+$/);
      graph.addDirectedEdgeWithKey(edgeKey(start!, type, end!), start!, end!, {
        type,
        weight: Number(weight),
        evidence: JSON.parse(evidence!),
        ...(firstSeen ? { firstSeen: date(firstSeen) } : {}),
        ...(lastSeen ? { lastSeen: date(lastSeen) } : {}),
        ...(amounts ? { amounts: JSON.parse(amounts) } : {}),
        ...(evidenceOmitted ? { evidenceOmitted: JSON.parse(evidenceOmitted) } : {}),
      });
    }
  }
  // Size and colour are derived from weights and types, as the build derives them.
  applySizes(graph);
  return graph;
}

/** A `:date` field as Neo4j reads it: an ISO calendar date. */
function date(field: string): string {
  expect(field).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return field;
}

const sorted = (graph: KgGraph) => {
  const data = graph.export();
  return {
    nodes: [...data.nodes].sort((a, b) => (a.key < b.key ? -1 : 1)),
    edges: [...data.edges].map(({ key, source, target, attributes }) => ({ key, source, target, attributes })).sort((a, b) => (a.key! < b.key! ? -1 : 1)),
  };
};

describe('toNeo4j', () => {
  it('writes one node file per node type and one relationship file per edge type', () => {
    const files = toNeo4j(fixtureGraph());
    expect(files.map((f) => f.name)).toEqual([
      ...NODE_TYPES.map((t) => `nodes-${t}.csv`),
      ...EDGE_TYPES.map((t) => `relationships-${t}.csv`),
    ]);
    const byName = new Map(files.map((f) => [f.name, f.text]));
    expect(byName.get('nodes-school.csv')).toBe(':ID,name,aliases:string[],mentions:int,articles:string[],x:double,y:double,firstSeen:date,lastSeen:date,:LABEL\n');
    expect(byName.get('relationships-runs.csv')).toBe(':START_ID,:END_ID,:TYPE,weight:int,evidence,firstSeen:date,lastSeen:date,amounts,evidenceOmitted\n');
  });

  it('writes the documented rows: arrays joined by ";", both labels, integer weight, evidence as JSON', () => {
    const graph = fixtureGraph();
    const files = new Map(toNeo4j(graph).map((f) => [f.name, f.text]));
    const { x, y } = graph.getNodeAttributes('江西省');
    expect(files.get('nodes-province.csv')).toBe(
      `${NEO4J_NODE_HEADER.join(',')}\n"江西省","江西省","赣;江西",2,"jx-2023-001;jx-2023-002",${x},${y},,,"Entity;Province"\n`,
    );
    const evidence = graph.getEdgeAttribute('江西省|supports|阿克陶县', 'evidence');
    const json = JSON.stringify(evidence).replace(/"/g, '""');
    expect(files.get('relationships-supports.csv')!.split('\n')[1]).toBe(`"江西省","阿克陶县","SUPPORTS",2,"${json}",,,,`);
  });

  it('writes dates as Neo4j dates and figures as JSON, and reads them back', () => {
    const graph = fixtureGraph();
    const amounts = [{ kind: 'money', value: 126_000_000, unit: '元', asWritten: '1.26亿元', approx: false, evidence: [] }];
    graph.mergeNodeAttributes('江西省', { firstSeen: '2023-04-01', lastSeen: '2025-07-07' });
    graph.mergeEdgeAttributes('江西省|supports|阿克陶县', { firstSeen: '2023-04-01', lastSeen: '2025-07-07', amounts, evidenceOmitted: { 'jx-2023-001': 3 } } as never);
    const files = new Map(toNeo4j(graph).map((f) => [f.name, f.text]));
    expect(files.get('nodes-province.csv')).toContain(',2023-04-01,2025-07-07,"Entity;Province"');
    expect(files.get('relationships-supports.csv')!.split('\n')[1]).toMatch(/,2023-04-01,2025-07-07,"\[\{""kind"":""money"".*\]","\{""jx-2023-001"":3\}"$/);
    expect(sorted(readBack(toNeo4j(graph)))).toEqual(sorted(graph));
  });

  it('quotes commas, quotes and backslashes by doubling quotes only', () => {
    const g = createGraph();
    const a = { mentions: 1, articles: ['a-1'], x: 1.5, y: -2e-7, size: 3, color: NODE_COLORS.program };
    g.addNode('他说"援疆",\\好', { ...a, label: '他说"援疆",\\好', type: 'program', aliases: ['一,二'] });
    const files = new Map(toNeo4j(g).map((f) => [f.name, f.text]));
    expect(files.get('nodes-program.csv')!.split('\n')[1]).toBe('"他说""援疆"",\\好","他说""援疆"",\\好","一,二",1,"a-1",1.5,-2e-7,,,"Entity;Program"');
    expect(sorted(readBack(toNeo4j(g))).nodes[0]!.attributes).toEqual({ ...a, size: 3, label: '他说"援疆",\\好', type: 'program', aliases: ['一,二'] });
  });

  it('refuses values the importer would misread, naming the node', () => {
    const g = createGraph();
    const a = { mentions: 1, articles: [], x: 0, y: 0, size: 3, color: '#332288' };
    g.addNode('甲', { ...a, label: '甲', type: 'program', aliases: ['乙;丙'] });
    expect(() => toNeo4j(g)).toThrow(/aliases of node "甲".*array delimiter/);
    g.dropNode('甲');
    g.addNode('第一行\n第二行', { ...a, label: '第一行', type: 'program', aliases: [] });
    expect(() => toNeo4j(g)).toThrow(/line break/);
  });

  it('reads back into graphology as the same nodes, edges and attributes (fixture graph)', () => {
    const graph = fixtureGraph();
    expect(sorted(readBack(toNeo4j(graph)))).toEqual(sorted(graph));
  });

  it('reads back into graphology as the same nodes, edges and attributes (seed graph)', async () => {
    const graph = await loadGraph('graph');
    expect(graph.order).toBeGreaterThan(100);
    const back = readBack(toNeo4j(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(sorted(back)).toEqual(sorted(graph));
  });
});

describe('neo4jImportCommand', () => {
  it('names every file once, nodes and relationships, database first', () => {
    const command = neo4jImportCommand();
    expect(command.startsWith('neo4j-admin database import full neo4j \\\n  --nodes=nodes-province.csv')).toBe(true);
    expect(command.match(/--nodes=/g)).toHaveLength(NODE_TYPES.length);
    expect(command.match(/--relationships=/g)).toHaveLength(EDGE_TYPES.length);
    for (const file of toNeo4j(createGraph()).map((f) => f.name)) expect(command).toContain(`=${file}`);
  });

  it('is the command the README gives', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(neo4jImportCommand());
  });

  it('is wrapped in a script that runs from its own folder', () => {
    const script = neo4jImportScript();
    expect(script).toMatch(/^#!\/bin\/sh\n/);
    expect(script).toContain('cd "$(dirname "$0")"');
    expect(script).toContain('database import full "${1:-neo4j}"');
  });
});

describe('toNeo4jArchive', () => {
  it('holds the CSV files and import.sh, as toNeo4j and neo4jImportScript write them', () => {
    const graph = fixtureGraph();
    const archive = toNeo4jArchive(graph);
    for (const file of toNeo4j(graph)) expect(archive).toContain(file.text);
    expect(archive).toContain(neo4jImportScript());
    expect(Buffer.byteLength(archive, 'utf8') % 512).toBe(0);
  });
});
