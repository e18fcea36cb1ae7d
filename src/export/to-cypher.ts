// A console line as Cypher for a database imported from `kg export --format neo4j`: the same
// question asked of Neo4j. Names are resolved first (by `resolve`), so the query matches the
// canonical `name` the import stored. Row caps match the console's defaults.
import { DEFAULT_SETTINGS } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import { parseCommand } from '../query/console/parse-command.ts';
import type { Command } from '../query/console/parse-command.ts';
import { pointAt } from '../query/console/console-error.ts';
import type { Token } from '../query/console/tokenize.ts';
import { EDGE_TYPES } from '../types.ts';
import type { EdgeType, NodeType } from '../types.ts';
import { NEO4J_ENTITY_LABEL, neo4jLabel, neo4jRelationshipType } from './to-neo4j.ts';

// The administrative tree (located_in, part_of) is at most village → … → province deep,
// and aid chains (A supports B supports C) are short; unbounded patterns explode on hubs.
const TREE_HOPS = 4;
const SUPPORT_HOPS = 4;
const TREE = relTypes(['located_in', 'part_of']);

/** Cypher for one console line; `resolve` turns a typed name into a node key (or throws). */
export function toCypher(line: string, resolve: (name: string) => string): string {
  const command = parseCommand(line);
  // An unknown name is reported at its own word, as the console does.
  const name: Resolve = (token) => pointAt(line, token, () => resolve(token.text));
  if ('window' in command && command.window)
    throw new InvalidInputError('A time window has no Cypher translation', { hint: 'Ask the line without since/until, or use the console for windows' });
  switch (command.kind) {
    case 'path':
      return pathCypher(command, name);
    case 'supporters':
      return supportersCypher(command, name);
    case 'supported':
      return supportedCypher(command, name);
    case 'neighbors':
      return neighborsCypher(command, name);
    case 'find':
      return findCypher(command, name);
    case 'totals':
      throw new InvalidInputError('totals has no Cypher translation', { hint: 'The figures are on the relationships as the amounts property' });
    case 'help':
      throw new InvalidInputError('help has no Cypher', { hint: 'Give a path, who supports, what does … support, neighbors or find line' });
  }
}

type Of<K extends Command['kind']> = Extract<Command, { kind: K }>;
type Resolve = (token: Token) => string;

function pathCypher(command: Of<'path'>, resolve: Resolve): string {
  const from = resolve(command.from);
  const to = resolve(command.to);
  const types = command.via?.length ? command.via : [...EDGE_TYPES];
  const mode = command.mode ?? 'all-shortest';
  const max = command.maxHops ?? (mode === 'simple' ? DEFAULT_SETTINGS.defaultHops : undefined);
  const range = mode === 'simple' ? `*1..${max}` : max === undefined ? '*' : `*..${max}`;
  // partners_with is two-way even on a directed walk, which an arrow cannot say.
  const arrowed = command.directed === true && !types.includes('partners_with');
  const pattern = `(a)-[:${relTypes(types)}${range}]-${arrowed ? '>' : ''}(b)`;
  const conditions: string[] = [];
  if (command.directed && !arrowed)
    conditions.push("all(i IN range(0, length(p) - 1) WHERE type(relationships(p)[i]) = 'PARTNERS_WITH' OR startNode(relationships(p)[i]) = nodes(p)[i])");
  const lines = [`MATCH (a:${NEO4J_ENTITY_LABEL} {name: ${literal(from)}}), (b:${NEO4J_ENTITY_LABEL} {name: ${literal(to)}})`];
  if (mode === 'simple') {
    // Variable-length patterns repeat no relationship; a simple path repeats no node either.
    conditions.push('all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))');
    lines.push(`MATCH p = ${pattern}`);
  } else {
    lines.push(`MATCH p = ${mode === 'shortest' ? 'shortestPath' : 'allShortestPaths'}(${pattern})`);
  }
  if (conditions.length) lines.push(`WHERE ${conditions.join('\n  AND ')}`);
  lines.push('RETURN p, length(p) AS hops', 'ORDER BY hops', `LIMIT ${mode === 'shortest' ? 1 : DEFAULT_SETTINGS.maxPaths};`);
  return lines.join('\n');
}

// A justification, supporter to recipient: (member → whole)* · supports+ · (whole ← member)*,
// as src/query/supporters.ts walks it; aid to a whole province does not reach what lies in it.
const JUSTIFICATION =
  `(s:${NEO4J_ENTITY_LABEL})<-[:${TREE}*0..${TREE_HOPS}]-(:${NEO4J_ENTITY_LABEL})` +
  `-[:SUPPORTS*1..${SUPPORT_HOPS}]->(r:${NEO4J_ENTITY_LABEL})<-[:${TREE}*0..${TREE_HOPS}]-(x:${NEO4J_ENTITY_LABEL})`;

function supportersCypher(command: Of<'supporters'>, resolve: Resolve): string {
  const of = resolve(command.of);
  const lines =
    command.ofType === undefined
      ? [`MATCH (x:${NEO4J_ENTITY_LABEL} {name: ${literal(of)}})`]
      : [
          `MATCH (area:${NEO4J_ENTITY_LABEL} {name: ${literal(of)}})`,
          `MATCH (x:${label(command.ofType)})-[:${TREE}*1..${TREE_HOPS + 2}]->(area)`,
          'WITH DISTINCT x',
        ];
  lines.push(`MATCH p = ${JUSTIFICATION}`, `WHERE s <> x AND (r = x OR NOT r:Province)${typeCondition('s', command.type)}`);
  return [...lines, ...bestPerAnswer('s', 'x', 'supporter', 'recipient')].join('\n');
}

function supportedCypher(command: Of<'supported'>, resolve: Resolve): string {
  const by = resolve(command.by);
  return [
    `MATCH (s:${NEO4J_ENTITY_LABEL} {name: ${literal(by)}})`,
    `MATCH p = ${JUSTIFICATION}`,
    `WHERE x <> s AND (r = x OR NOT r:Province)${typeCondition('x', command.type)}`,
    ...bestPerAnswer('x', 's', 'supported', 'supporter'),
  ].join('\n');
}

/** The shortest justification per answer, direct ones first, as the console ranks them. */
function bestPerAnswer(answer: string, other: string, answerName: string, otherName: string): string[] {
  return [
    `WITH ${answer}, ${other}, p ORDER BY length(p)`,
    `WITH ${answer}, ${other}, collect(p)[0] AS p`,
    `RETURN ${answer}.name AS ${answerName}, [l IN labels(${answer}) WHERE l <> '${NEO4J_ENTITY_LABEL}'][0] AS type, ${other}.name AS ${otherName},`,
    `  length(p) = 1 AS direct, p`,
    `ORDER BY direct DESC, length(p), ${answerName}`,
    `LIMIT ${DEFAULT_SETTINGS.maxRows};`,
  ];
}

function neighborsCypher(command: Of<'neighbors'>, resolve: Resolve): string {
  const of = resolve(command.of);
  const types = command.via?.length ? `:${relTypes(command.via)}` : '';
  const [left, right] = command.direction === 'out' ? ['-', '->'] : command.direction === 'in' ? ['<-', '-'] : ['-', '-'];
  return [
    `MATCH (x:${NEO4J_ENTITY_LABEL} {name: ${literal(of)}})${left}[e${types}]${right}(n:${command.type ? label(command.type) : NEO4J_ENTITY_LABEL})`,
    `RETURN n.name AS neighbor, [l IN labels(n) WHERE l <> '${NEO4J_ENTITY_LABEL}'][0] AS type, toLower(type(e)) AS edge,`,
    `  CASE WHEN startNode(e) = x THEN 'out' ELSE 'in' END AS direction, e.weight AS evidence`,
    'ORDER BY evidence DESC, neighbor',
    `LIMIT ${DEFAULT_SETTINGS.maxRows};`,
  ].join('\n');
}

function findCypher(command: Of<'find'>, resolve: Resolve): string {
  const lines: string[] = [];
  const node = `(n:${command.type ? label(command.type) : NEO4J_ENTITY_LABEL})`;
  if (command.within) {
    const area = resolve(command.within);
    lines.push(`MATCH (area:${NEO4J_ENTITY_LABEL} {name: ${literal(area)}})`, `MATCH ${node}-[:${TREE}*1..${TREE_HOPS + 2}]->(area)`);
  } else {
    lines.push(`MATCH ${node}`);
  }
  if (command.text !== undefined) {
    const text = literal(command.text);
    lines.push(`WHERE n.name CONTAINS ${text} OR any(alias IN coalesce(n.aliases, []) WHERE alias CONTAINS ${text})`);
  }
  lines.push(
    `RETURN DISTINCT n.name AS node, [l IN labels(n) WHERE l <> '${NEO4J_ENTITY_LABEL}'][0] AS type, n.mentions AS mentions`,
    'ORDER BY mentions DESC, node',
    `LIMIT ${DEFAULT_SETTINGS.maxRows};`,
  );
  return lines.join('\n');
}

function relTypes(types: readonly EdgeType[]): string {
  return types.map(neo4jRelationshipType).join('|');
}

function label(type: NodeType): string {
  return neo4jLabel(type);
}

function typeCondition(variable: string, type: NodeType | undefined): string {
  return type === undefined ? '' : ` AND ${variable}:${label(type)}`;
}

/** A Cypher string literal: single quotes, with backslash and quote escaped. */
export function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
