import { describe, expect, it } from 'vitest';

import { literal, toCypher } from '../../src/export/to-cypher.ts';
import { resolveName } from '../../src/query/resolve-name.ts';
import { errorOf } from '../query/error-of.ts';
import { tinyGraph } from '../query/tiny-graph.ts';

const graph = tinyGraph();
const cypher = (line: string) => toCypher(line, (name) => resolveName(graph, name));

describe('toCypher', () => {
  it('asks who supports a name along the same justification as the console, shortest per supporter', () => {
    expect(cypher('who supports 阿克陶縣人民醫院 type province')).toBe(
      [
        "MATCH (x:Entity {name: '阿克陶县人民医院'})",
        'MATCH p = (s:Entity)<-[:LOCATED_IN|PART_OF*0..4]-(:Entity)-[:SUPPORTS*1..4]->(r:Entity)<-[:LOCATED_IN|PART_OF*0..4]-(x:Entity)',
        'WHERE s <> x AND (r = x OR NOT r:Province) AND s:Province',
        'WITH s, x, p ORDER BY length(p)',
        'WITH s, x, collect(p)[0] AS p',
        "RETURN s.name AS supporter, [l IN labels(s) WHERE l <> 'Entity'][0] AS type, x.name AS recipient,",
        '  length(p) = 1 AS direct, p',
        'ORDER BY direct DESC, length(p), supporter',
        'LIMIT 500;',
      ].join('\n'),
    );
  });

  it('asks who supports every entity of a type in an area', () => {
    const text = cypher('who supports hospitals in 和田');
    expect(text.split('\n').slice(0, 4)).toEqual([
      "MATCH (area:Entity {name: '和田地区'})",
      'MATCH (x:Hospital)-[:LOCATED_IN|PART_OF*1..6]->(area)',
      'WITH DISTINCT x',
      'MATCH p = (s:Entity)<-[:LOCATED_IN|PART_OF*0..4]-(:Entity)-[:SUPPORTS*1..4]->(r:Entity)<-[:LOCATED_IN|PART_OF*0..4]-(x:Entity)',
    ]);
  });

  it('asks what a name supports, the other way round', () => {
    const lines = cypher('what does 天津 support type school').split('\n');
    expect(lines[0]).toBe("MATCH (s:Entity {name: '天津市'})");
    expect(lines[2]).toBe('WHERE x <> s AND (r = x OR NOT r:Province) AND x:School');
    expect(lines[5]).toMatch(/^RETURN x\.name AS supported, .* s\.name AS supporter,$/);
  });

  it.each([
    [
      'path 天津 -> 策勒县第一小学',
      "MATCH (a:Entity {name: '天津市'}), (b:Entity {name: '策勒县第一小学'})\n" +
        'MATCH p = allShortestPaths((a)-[:SUPPORTS|LOCATED_IN|INVESTS_IN|RUNS|PART_OF|PARTNERS_WITH*]-(b))\n' +
        'RETURN p, length(p) AS hops\nORDER BY hops\nLIMIT 50;',
    ],
    [
      'path 天津 -> 策勒县第一小学 via supports,located_in max 3 mode shortest directed',
      "MATCH (a:Entity {name: '天津市'}), (b:Entity {name: '策勒县第一小学'})\n" +
        'MATCH p = shortestPath((a)-[:SUPPORTS|LOCATED_IN*..3]->(b))\n' +
        'RETURN p, length(p) AS hops\nORDER BY hops\nLIMIT 1;',
    ],
    [
      'path 江西 -> 阿克陶县人民医院 mode simple directed',
      "MATCH (a:Entity {name: '江西省'}), (b:Entity {name: '阿克陶县人民医院'})\n" +
        'MATCH p = (a)-[:SUPPORTS|LOCATED_IN|INVESTS_IN|RUNS|PART_OF|PARTNERS_WITH*1..4]-(b)\n' +
        "WHERE all(i IN range(0, length(p) - 1) WHERE type(relationships(p)[i]) = 'PARTNERS_WITH' OR startNode(relationships(p)[i]) = nodes(p)[i])\n" +
        '  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))\n' +
        'RETURN p, length(p) AS hops\nORDER BY hops\nLIMIT 50;',
    ],
  ])('writes %s as a path pattern', (line, expected) => {
    expect(cypher(line)).toBe(expected);
  });

  it('asks for neighbours by type, edge types and direction', () => {
    expect(cypher('neighbors 江西省 type hospital via supports,part_of in').split('\n')[0]).toBe(
      "MATCH (x:Entity {name: '江西省'})<-[e:SUPPORTS|PART_OF]-(n:Hospital)",
    );
    expect(cypher('neighbors 江西省').split('\n')[0]).toBe("MATCH (x:Entity {name: '江西省'})-[e]-(n:Entity)");
  });

  it('finds names containing a text, in an area', () => {
    expect(cypher('find 人民 in 和田地区').split('\n').slice(0, 3)).toEqual([
      "MATCH (area:Entity {name: '和田地区'})",
      'MATCH (n:Entity)-[:LOCATED_IN|PART_OF*1..6]->(area)',
      "WHERE n.name CONTAINS '人民' OR any(alias IN coalesce(n.aliases, []) WHERE alias CONTAINS '人民')",
    ]);
  });

  it('points at an unknown name, with suggestions, as the console does', () => {
    const error = errorOf(() => cypher('who supports 喀什第九医院'));
    expect(error.code).toBe('NOT_FOUND');
    expect((error.details as { at: { word: string } }).at.word).toBe('喀什第九医院');
  });

  it('has no Cypher for help', () => {
    expect(errorOf(() => cypher('help')).message).toMatch(/help has no Cypher/);
  });
});

describe('literal', () => {
  it.each([
    ['阿克陶县', "'阿克陶县'"],
    ["O'Brien", "'O\\'Brien'"],
    ['a\\b', "'a\\\\b'"],
  ])('quotes %j as %s', (text, quoted) => {
    expect(literal(text)).toBe(quoted);
  });
});
