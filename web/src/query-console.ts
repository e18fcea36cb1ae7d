// The query console: sends a line of the console language to `POST /api/query`, shows the answer
// as a table in Chinese and hands its highlight to the graph. Rows select their node or pick out
// their path; a path's relations open their evidence; help examples and suggested names run when
// clicked; an error marks the wrong word in the line. Up/down walk the history.
import type { GraphPathBody, QueryResponse } from '../../src/api/contract.ts';
import { answerTable } from './answer-table.ts';
import type { AnswerCell, AnswerRow } from './answer-table.ts';
import { ApiError, runQuery } from './api.ts';
import { consoleError, edgeLabel } from './console-text.ts';
import { append, byId, clear, h } from './dom.ts';
import { createQueryHistory } from './query-history.ts';

const HISTORY_KEY = 'kg-console-history';

export interface ConsoleActions {
  answered(query: string, answer: QueryResponse): void;
  /** A query that failed: its error replaces the previous answer, so its highlight goes too. */
  failed(query: string): void;
  cleared(): void;
  selectNode(node: string): void;
  /** Picks one path of the answer to stand out (null: the whole answer again). */
  pickPath(path: GraphPathBody | null): void;
  showEdgeEvidence(edge: string, title: string): void;
}

export interface QueryConsole {
  /** Runs a query as if typed (a query from the URL, a help example, "path to…"). */
  run(query: string): Promise<void>;
  /** Says in the output that the answer's highlight is gone (a node was clicked on the graph). */
  noteCleared(): void;
  focus(): void;
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
    output.append(h('div', { className: 'muted echo' }, `› ${q}`));
    try {
      const answer = await runQuery(q);
      output.append(renderAnswer(answer, actions, run));
      actions.answered(q, answer);
    } catch (error) {
      output.append(renderError(q, error, run));
      actions.failed(q);
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
  return {
    run,
    noteCleared() {
      if (!output.querySelector('#console-answer')) return;
      output.querySelector('#console-cleared')?.remove();
      output.prepend(h('div', { id: 'console-cleared', className: 'note' }, '已清除此查询在图中的高亮；按 ↑ 可再次运行。'));
    },
    focus() {
      input.focus();
    },
  };
}

function renderAnswer(answer: QueryResponse, actions: ConsoleActions, run: (q: string) => Promise<void>): HTMLElement {
  const table = answerTable(answer);
  const box = h('div', { id: 'console-answer', 'data-kind': answer.kind });
  box.append(h('div', { className: 'answer-title' }, table.title));
  const notes = table.notes.map((note) => h('p', { className: 'answer-note' }, note));
  if (!table.rows.length) {
    box.append(...notes, h('p', { className: 'muted' }, '没有结果。'));
    return box;
  }
  const body = h('tbody', {});
  table.rows.forEach((row, i) => {
    const tr = h('tr', { 'data-row': i, 'aria-selected': 'false' }, ...row.cells.map((cell) => h('td', {}, renderCell(cell, actions, run))));
    if (row.node || row.path) {
      tr.classList.add('pickable');
      tr.title = row.path ? '点击在图中突出这条路径' : '点击在图中选中此节点';
      tr.addEventListener('click', (event) => {
        // Buttons inside the row do their own thing.
        if ((event.target as HTMLElement).closest('button')) return;
        const picked = tr.getAttribute('aria-selected') === 'true';
        for (const other of body.querySelectorAll('tr[aria-selected="true"]')) other.setAttribute('aria-selected', 'false');
        tr.setAttribute('aria-selected', String(!picked));
        pickRow(picked ? null : row, actions);
      });
    }
    body.append(tr);
  });
  box.append(
    h('table', {}, h('thead', {}, h('tr', {}, ...table.columns.map((c) => h('th', { title: c.key }, c.label)))), body),
    h('p', { className: 'muted' }, `${table.rows.length} 行${answer.truncated ? '（结果已截断）' : ''}`),
    ...notes,
  );
  return box;
}

function pickRow(row: AnswerRow | null, actions: ConsoleActions): void {
  actions.pickPath(row?.path ?? null);
  if (row?.node) actions.selectNode(row.node);
}

function renderCell(cell: AnswerCell, actions: ConsoleActions, run: (q: string) => Promise<void>): Node | string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'node':
      return h('button', { type: 'button', className: 'link node-link', onclick: () => actions.selectNode(cell.node) }, cell.node);
    case 'example':
      return h('button', { type: 'button', className: 'link example', title: '点击运行', onclick: () => void run(cell.query) }, cell.query);
    case 'path': {
      const span = h('span', { className: 'path' });
      const { nodes, edges } = cell.path;
      append(span, h('button', { type: 'button', className: 'link node-link', onclick: () => actions.selectNode(nodes[0]!) }, nodes[0]!));
      edges.forEach((edge, i) => {
        const label = edgeLabel(edge.type);
        const arrow = edge.direction === 'forward' ? ` —${label}→ ` : ` ←${label}— `;
        const title = `${edge.source} ${label} ${edge.target}`;
        append(
          span,
          h(
            'button',
            { type: 'button', className: 'link edge-link', 'data-edge': edge.key, title: `${title}：查看证据`, onclick: () => actions.showEdgeEvidence(edge.key, title) },
            arrow,
          ),
          h('button', { type: 'button', className: 'link node-link', onclick: () => actions.selectNode(nodes[i + 1]!) }, nodes[i + 1]!),
        );
      });
      return span;
    }
  }
}

function renderError(query: string, error: unknown, run: (q: string) => Promise<void>): HTMLElement {
  const box = h('div', { id: 'console-error', role: 'alert' });
  if (!(error instanceof ApiError) || !error.body) {
    const offline = error instanceof TypeError || !(error instanceof ApiError);
    box.append(h('div', { className: 'error' }, offline ? '无法连接服务器，请稍后再试。' : `查询失败（${error.status}）`));
    return box;
  }
  const said = consoleError(error.body);
  box.append(h('div', { className: 'error' }, said.message));
  if (said.at && said.at.end >= said.at.start && said.at.end <= query.length) {
    // The line again, the wrong word marked in place: a caret line cannot line up in a proportional font.
    const { start, end } = said.at;
    const word = query.slice(start, end);
    box.append(
      h(
        'div',
        { className: 'query-line' },
        query.slice(0, start),
        word ? h('mark', { className: 'wrong-word', id: 'console-wrong-word' }, word) : h('mark', { className: 'wrong-word missing', id: 'console-wrong-word' }, '\u2009'),
        query.slice(end),
      ),
    );
  }
  for (const hint of said.hints) box.append(h('div', { className: 'muted hint' }, hint));
  if (said.alternatives) {
    const at = said.at;
    const replaced = (name: string) => (at ? query.slice(0, at.start) + name + query.slice(at.end) : null);
    box.append(
      h(
        'div',
        { className: 'suggestions' },
        said.alternatives.why,
        ...said.alternatives.names.map((name) => {
          const next = replaced(name);
          return h(
            'button',
            { type: 'button', className: 'suggestion', disabled: next === null, title: next ?? '', onclick: () => next && void run(next) },
            name,
          );
        }),
      ),
    );
  }
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
