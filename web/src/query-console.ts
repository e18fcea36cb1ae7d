// The query console: sends a line of the console language to `POST /api/query`, prints the answer
// as a table and hands its highlight to the graph. Up/down walk the history.
import type { QueryResponse } from '../../src/api/contract.ts';
import { ApiError, runQuery } from './api.ts';
import { append, byId, clear, h } from './dom.ts';
import { createQueryHistory } from './query-history.ts';
import { columnLabel, rowsToTable } from './query-table.ts';

const HISTORY_KEY = 'kg-console-history';

export interface ConsoleActions {
  answered(query: string, answer: QueryResponse): void;
  cleared(): void;
}

export interface QueryConsole {
  /** Runs a query as if typed (used for a query restored from the URL). */
  run(query: string): Promise<void>;
}

export function mountQueryConsole(actions: ConsoleActions): QueryConsole {
  const form = byId<HTMLFormElement>('console-form');
  const input = byId<HTMLInputElement>('console-input');
  const output = byId('console-output');
  const history = createQueryHistory(readHistory());

  async function run(query: string): Promise<void> {
    const q = query.trim();
    if (q === '') return;
    history.push(q);
    saveHistory(history.entries);
    clear(output);
    output.append(h('div', { className: 'muted' }, `› ${q}`));
    try {
      const answer = await runQuery(q);
      output.append(renderAnswer(answer));
      actions.answered(q, answer);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const hint = error instanceof ApiError && error.hint ? error.hint : null;
      append(output, h('div', { className: 'error', role: 'alert' }, message), hint ? h('div', { className: 'muted' }, hint) : null);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value;
    input.value = '';
    void run(q);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const line = event.key === 'ArrowUp' ? history.up(input.value) : history.down();
    if (line === null) return;
    event.preventDefault();
    input.value = line;
  });
  byId('console-clear').addEventListener('click', () => {
    clear(output);
    actions.cleared();
  });
  return { run };
}

function renderAnswer(answer: QueryResponse): HTMLElement {
  const rows = answer.rows;
  const box = h('div', { id: 'console-answer', 'data-kind': answer.kind });
  if (!rows.length) {
    box.append(h('p', { className: 'muted' }, '没有结果。'));
    return box;
  }
  const table = rowsToTable(rows);
  box.append(
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...table.columns.map((c) => h('th', { title: c }, columnLabel(c))))),
      h('tbody', {}, ...table.cells.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
    ),
    h('p', { className: 'muted' }, `${rows.length} 行${answer.truncated ? '（结果已截断）' : ''}`),
  );
  return box;
}

function readHistory(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function saveHistory(entries: readonly string[]): void {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(entries));
  } catch {
    // Private mode or storage full: history just lasts the session.
  }
}
