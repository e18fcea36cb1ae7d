// The export formats, named once: GET/POST /api/export, GET /api/export/formats, `kg export`,
// the build's graph.gexf and the viewer's download buttons all read this list. Pure data, so
// the API contract (and with it the viewer) can import it; export-graph.ts gives each format
// its writer, in a table the compiler checks covers every name here.
import { InvalidInputError } from '../errors.ts';
import type { GexfVersion } from './to-gexf.ts';

export const CSV_TABLES = ['nodes', 'edges'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
export const GEXF_VERSIONS = ['1.2', '1.3'] as const satisfies readonly GexfVersion[];
export type GexfVersionName = (typeof GEXF_VERSIONS)[number];

/** Options a writer may read; each format lists those it reads. */
export interface WriteOptions {
  /** CSV is two tables; one file carries one of them. */
  table: CsvTable;
  /** 1.2draft by default: networkx reads it, and Gephi reads both. */
  gexfVersion: GexfVersionName;
}

export const DEFAULT_WRITE_OPTIONS: Readonly<WriteOptions> = Object.freeze({ table: 'edges', gexfVersion: '1.2' });

export interface ExportFormatInfo {
  name: string;
  /** What a button or a help line calls it. */
  label: string;
  mediaType: string;
  /** File extension, without the dot. */
  extension: string;
  options: ReadonlyArray<keyof WriteOptions>;
}

export const EXPORT_FORMATS = [
  { name: 'gexf', label: 'GEXF (Gephi, networkx)', mediaType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', options: ['gexfVersion'] },
  { name: 'graphml', label: 'GraphML (yEd, Cytoscape, networkx)', mediaType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', options: [] },
  { name: 'json', label: 'JSON (graphology)', mediaType: 'application/json; charset=utf-8', extension: 'json', options: [] },
  { name: 'csv', label: 'CSV (spreadsheets, Gephi)', mediaType: 'text/csv; charset=utf-8', extension: 'csv', options: ['table'] },
  // Many files (one CSV per node and edge type, and import.sh), so one tar archive. Its
  // headers are ASCII and its files UTF-8 text, so it travels as a UTF-8 string like the rest.
  { name: 'neo4j', label: 'Neo4j (CSV files for neo4j-admin import)', mediaType: 'application/x-tar; charset=utf-8', extension: 'tar', options: [] },
] as const satisfies readonly ExportFormatInfo[];

export type ExportFormatName = (typeof EXPORT_FORMATS)[number]['name'];
export const EXPORT_FORMAT_NAMES = EXPORT_FORMATS.map((f) => f.name) as [ExportFormatName, ...ExportFormatName[]];

export function exportFormat(name: string): ExportFormatInfo & { name: ExportFormatName } {
  const format = EXPORT_FORMATS.find((f) => f.name === name);
  if (!format) throw new InvalidInputError(`Unknown format "${name}"`, { hint: `Formats: ${EXPORT_FORMAT_NAMES.join(', ')}` });
  return format;
}

/**
 * The name a download of an export gets, from the server's Content-Disposition and from the
 * viewer's links alike: `yuanjiang-graph.gexf`, `yuanjiang-part-nodes.csv`.
 */
export function exportFileName(format: ExportFormatName, options: { part?: boolean; table?: CsvTable } = {}): string {
  const base = options.part ? 'yuanjiang-part' : 'yuanjiang-graph';
  const { extension } = exportFormat(format);
  return format === 'csv' ? `${base}-${options.table ?? DEFAULT_WRITE_OPTIONS.table}.${extension}` : `${base}.${extension}`;
}
