// A console answer as a table the page can render and act on: each row knows the node it is
// about and the path behind it, path cells keep their edges (for the evidence), help rows their
// example. Pure: the console renders it, the tests check it.
import type { GraphPathBody, QueryResponse } from '../../src/api/contract.ts';
import { KIND_TITLES, answerNotes, cellText, columnLabel, helpText } from './console-text.ts';

export type AnswerCell =
  | { kind: 'text'; text: string }
  | { kind: 'node'; node: string }
  | { kind: 'path'; path: GraphPathBody }
  | { kind: 'example'; query: string };

export interface AnswerRow {
  cells: AnswerCell[];
  /** The node a click on the row selects. */
  node: string | null;
  /** The path a click on the row picks out of the answer. */
  path: GraphPathBody | null;
}

export interface AnswerTable {
  title: string;
  /** Lines under the table: the time window, what totals add up. */
  notes: string[];
  columns: Array<{ key: string; label: string }>;
  rows: AnswerRow[];
}

// The column naming what a row is about, per answer kind.
const ROW_NODE: Partial<Record<QueryResponse['kind'], string>> = {
  supporters: 'supporter',
  supported: 'supported',
  neighbors: 'neighbor',
  find: 'node',
};
const NODE_COLUMNS = new Set(['supporter', 'recipient', 'supported', 'neighbor', 'node']);
// Totals give names lists ("天津市、北京市") and raw numbers beside the amount as written.
const TOTALS_DROPPED = new Set(['value', 'unit']);
// `direct` says less than `reach`, which the table shows instead.
const DROPPED = new Set(['direct']);

export function answerTable(answer: QueryResponse): AnswerTable {
  const keys: string[] = [];
  const dropped = (key: string) => DROPPED.has(key) || (answer.kind === 'totals' && TOTALS_DROPPED.has(key));
  for (const row of answer.rows) for (const key of Object.keys(row)) if (!keys.includes(key) && !dropped(key)) keys.push(key);
  const rowNode = ROW_NODE[answer.kind];
  const rows = answer.rows.map((row, i): AnswerRow => {
    const path = answer.paths?.[i] ?? null;
    const cells = keys.map((key): AnswerCell => {
      const value = row[key];
      if (value === undefined) return { kind: 'text', text: '' };
      if (key === 'path' && path) return { kind: 'path', path };
      if (key === 'example' && answer.kind === 'help') return { kind: 'example', query: String(value) };
      if (key === 'says' && answer.kind === 'help') return { kind: 'text', text: helpText(String(row.command ?? ''), String(value)) };
      if (NODE_COLUMNS.has(key) && typeof value === 'string' && answer.kind !== 'totals') return { kind: 'node', node: value };
      return { kind: 'text', text: cellText(key, value) };
    });
    const node = rowNode && typeof row[rowNode] === 'string' ? (row[rowNode] as string) : null;
    return { cells, node, path };
  });
  return { title: KIND_TITLES[answer.kind], notes: answerNotes(answer), columns: keys.map((key) => ({ key, label: columnLabel(key) })), rows };
}
