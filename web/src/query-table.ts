// Turns the rows of a console answer into a plain table of strings (rendered with textContent).
import { EDGE_TYPE_LABELS, NODE_TYPE_LABELS } from '../../src/graph/palette.ts';

export interface Table {
  columns: string[];
  cells: string[][];
}

/**
 * Object rows give one column per key, in order of first appearance; other rows give one column.
 * Paths print as `A → B → C`, lists with `、`, nodes by label.
 */
export function rowsToTable(rows: readonly unknown[]): Table {
  if (rows.length > 0 && rows.every(isPlainObject)) {
    const columns: string[] = [];
    for (const row of rows as Record<string, unknown>[])
      for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
    return { columns, cells: (rows as Record<string, unknown>[]).map((row) => columns.map((c) => cellText(c, row[c]))) };
  }
  return { columns: ['result'], cells: rows.map((row) => [formatCell(row)]) };
}

const typeLabels: Record<string, string> = { ...NODE_TYPE_LABELS, ...EDGE_TYPE_LABELS };

/** Types and yes/no in Chinese for the type-valued columns; everything else as `formatCell`. */
export function cellText(column: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if ((column === 'type' || column === 'edge') && typeof value === 'string' && typeLabels[value])
    return `${typeLabels[value]} ${value}`;
  return formatCell(value);
}

export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(formatCell).join('、');
  if (isPlainObject(value)) {
    if (Array.isArray(value.nodes) && value.nodes.every((n) => typeof n === 'string')) return value.nodes.join(' → ');
    if (typeof value.label === 'string') return value.label;
    if (typeof value.key === 'string') return value.key;
    return JSON.stringify(value);
  }
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Chinese headers for the columns the console answers with; unknown columns keep their name.
const COLUMN_LABELS: Record<string, string> = {
  rank: '序号',
  hops: '跳数',
  evidence: '证据数',
  path: '路径',
  supporter: '支援方',
  recipient: '受援方',
  supported: '受援对象',
  direct: '直接',
  type: '类型',
  neighbor: '相邻节点',
  edge: '关系',
  direction: '方向',
  node: '节点',
  command: '命令',
  example: '示例',
  says: '说明',
  result: '结果',
};

export function columnLabel(column: string): string {
  return COLUMN_LABELS[column] ?? column;
}
