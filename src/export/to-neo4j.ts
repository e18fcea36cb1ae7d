// CSV files for `neo4j-admin database import full`: one node file per node type, one
// relationship file per edge type, each with its own header, and the command that reads them.
// Header and quoting follow Neo4j's import rules: `name:type` columns, arrays split on `;`,
// fields quoted with `"` and inner quotes doubled (a backslash escapes nothing).
import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import { EDGE_TYPES, NODE_TYPES } from '../types.ts';
import type { EdgeType, NodeType } from '../types.ts';
import { evidenceJson } from './evidence-json.ts';
import { toTar } from './to-tar.ts';

export const NEO4J_NODE_HEADER = [':ID', 'name', 'aliases:string[]', 'mentions:int', 'articles:string[]', 'x:double', 'y:double', 'firstSeen:date', 'lastSeen:date', ':LABEL'];
export const NEO4J_RELATIONSHIP_HEADER = [':START_ID', ':END_ID', ':TYPE', 'weight:int', 'evidence', 'firstSeen:date', 'lastSeen:date', 'amounts', 'evidenceOmitted'];
/** neo4j-admin's default array delimiter, so the command needs no option for it. */
export const NEO4J_ARRAY_DELIMITER = ';';
/** Every node also carries this label, so a query can match a name without knowing its type. */
export const NEO4J_ENTITY_LABEL = 'Entity';

export interface Neo4jFile {
  name: string;
  text: string;
}

/** `hospital` → `Hospital`: Neo4j labels are conventionally capitalised. */
export function neo4jLabel(type: NodeType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** `located_in` → `LOCATED_IN`: relationship types are conventionally upper case. */
export function neo4jRelationshipType(type: EdgeType): string {
  return type.toUpperCase();
}

export const nodeFileName = (type: NodeType): string => `nodes-${type}.csv`;
export const relationshipFileName = (type: EdgeType): string => `relationships-${type}.csv`;

/**
 * One file per node type and per edge type, every type present even when empty, so the
 * import command is the same for every graph. Throws InvalidInputError naming the node or
 * edge when a value cannot be written faithfully (an array item holding `;`, a line break).
 */
export function toNeo4j(graph: KgGraph): Neo4jFile[] {
  const nodeRows = new Map<NodeType, string[]>(NODE_TYPES.map((t) => [t, [header(NEO4J_NODE_HEADER)]]));
  graph.forEachNode((node, a) => {
    const rows = nodeRows.get(a.type);
    if (!rows) throw new InvalidInputError(`Node "${node}" has an unknown type "${a.type}"`);
    const where = `node "${node}"`;
    rows.push(
      row([
        text(node, where),
        text(a.label, where),
        array(a.aliases, `aliases of ${where}`),
        String(a.mentions),
        array(a.articles, `articles of ${where}`),
        coordinate(a.x),
        coordinate(a.y),
        a.firstSeen ?? '',
        a.lastSeen ?? '',
        `${NEO4J_ENTITY_LABEL}${NEO4J_ARRAY_DELIMITER}${neo4jLabel(a.type)}`,
      ]),
    );
  });
  const relationshipRows = new Map<EdgeType, string[]>(EDGE_TYPES.map((t) => [t, [header(NEO4J_RELATIONSHIP_HEADER)]]));
  graph.forEachEdge((edge, a, source, target) => {
    const rows = relationshipRows.get(a.type);
    if (!rows) throw new InvalidInputError(`Edge "${edge}" has an unknown type "${a.type}"`);
    // JSON escapes line breaks, so evidence always fits on one line.
    rows.push(
      row([
        text(source, `edge "${edge}"`),
        text(target, `edge "${edge}"`),
        neo4jRelationshipType(a.type),
        String(a.weight),
        evidenceJson(a.evidence),
        a.firstSeen ?? '',
        a.lastSeen ?? '',
        // Figures and omitted counts as JSON strings, like evidence; empty when the edge has none.
        a.amounts ? JSON.stringify(a.amounts) : '',
        a.evidenceOmitted ? JSON.stringify(a.evidenceOmitted) : '',
      ]),
    );
  });
  return [
    ...NODE_TYPES.map((t) => ({ name: nodeFileName(t), text: nodeRows.get(t)!.join('') })),
    ...EDGE_TYPES.map((t) => ({ name: relationshipFileName(t), text: relationshipRows.get(t)!.join('') })),
  ];
}

/** The import command for the files `toNeo4j` writes, run from the folder that holds them. */
export function neo4jImportCommand(database = 'neo4j'): string {
  return [
    `neo4j-admin database import full ${database}`,
    ...NODE_TYPES.map((t) => `--nodes=${nodeFileName(t)}`),
    ...EDGE_TYPES.map((t) => `--relationships=${relationshipFileName(t)}`),
  ].join(' \\\n  ');
}

/** A shell script that runs the import from its own folder; NEO4J_HOME and the database name are optional. */
export function neo4jImportScript(): string {
  const command = neo4jImportCommand('"${1:-neo4j}"').replace(/^neo4j-admin/, '"${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin"');
  return ['#!/bin/sh', '# Imports these CSV files into a new Neo4j database: ./import.sh [DATABASE]', 'set -e', 'cd "$(dirname "$0")"', `exec ${command}`, ''].join('\n');
}

/** The files and import.sh in one tar archive, for a single download. */
export function toNeo4jArchive(graph: KgGraph): string {
  return toTar([...toNeo4j(graph), { name: 'import.sh', text: neo4jImportScript(), mode: 0o755 }]);
}

function header(columns: string[]): string {
  return `${columns.join(',')}\n`;
}

function row(fields: string[]): string {
  return `${fields.map(quote).join(',')}\n`;
}

// Quoting every field that is not a plain number keeps the rule simple and the files valid.
function quote(field: string): string {
  return /^-?[\d.e+-]+$/i.test(field) || field === '' ? field : `"${field.replace(/"/g, '""')}"`;
}

// The importer reads one record per line unless told otherwise (--multiline-fields), which slows it down.
function text(value: string, where: string): string {
  if (/[\r\n]/.test(value)) throw new InvalidInputError(`Cannot write ${where} for Neo4j: ${JSON.stringify(value)} holds a line break`);
  return value;
}

// An empty field is no property: a node without a position gets none.
function coordinate(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

function array(values: string[], where: string): string {
  for (const value of values) {
    text(value, where);
    if (value.includes(NEO4J_ARRAY_DELIMITER) || value === '')
      throw new InvalidInputError(`Cannot write ${where} for Neo4j: ${JSON.stringify(value)} ${value ? `holds the array delimiter "${NEO4J_ARRAY_DELIMITER}"` : 'is empty'}`);
  }
  return values.join(NEO4J_ARRAY_DELIMITER);
}
