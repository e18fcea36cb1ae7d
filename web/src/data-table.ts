// The node and edge tables: sortable by any column, filtered by text and type (and by what the
// graph shows), a click selects the row's node or relation in the graph, and the CSV button saves
// exactly the rows the filters leave, in the order shown.
import { byId, clear, h } from './dom.ts';
import { download } from './export-buttons.ts';
import { edgeLabel, nodeTypeLabel } from './console-text.ts';
import { typeCounts } from './load-graph.ts';
import { DEFAULT_TABLE_QUERY, TABLE_COLUMNS, tableCsv, tableRows } from './table-model.ts';
import type { TableKind, TableQuery, TableRow } from './table-model.ts';
import type { Viewer } from './viewer.ts';

/** Rows drawn at once; the count line and the CSV cover them all. */
export const MAX_DRAWN_ROWS = 300;

export interface TableActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
}

export interface DataTable {
  show(kind: TableKind): void;
  /** Redraws if the graph's filters changed since the last drawing. */
  update(): void;
}

export function mountDataTable(viewer: Viewer, actions: TableActions): DataTable {
  const text = byId<HTMLInputElement>('table-filter');
  const type = byId<HTMLSelectElement>('table-type');
  const visibleOnly = byId<HTMLInputElement>('table-visible-only');
  const head = byId('table-head');
  const body = byId('table-body');
  const count = byId('table-count');
  const types = typeCounts(viewer.graph);
  const query: TableQuery = { ...DEFAULT_TABLE_QUERY };
  let rows: TableRow[] = [];
  let drawnFor: ReadonlySet<string> | null = null;
  let drawnEdgeTypes = '';

  const typeLabel = (kind: string) => (query.kind === 'nodes' ? nodeTypeLabel(kind) : edgeLabel(kind));
  const fillTypes = () => {
    clear(type);
    type.append(h('option', { value: '' }, query.kind === 'nodes' ? '全部类型' : '全部关系'));
    for (const [kind, n] of query.kind === 'nodes' ? types.nodes : types.edges)
      type.append(h('option', { value: kind }, `${typeLabel(kind)}（${n}）`));
    type.value = query.type;
  };

  const draw = () => {
    drawnFor = viewer.hiddenNodes();
    drawnEdgeTypes = [...viewer.state.hiddenEdgeTypes].sort().join(',');
    rows = tableRows(viewer.graph, query, { nodes: viewer.hiddenNodes(), edgeTypes: viewer.state.hiddenEdgeTypes }, typeLabel);
    clear(head);
    for (const column of TABLE_COLUMNS[query.kind]) {
      const sorted = column.key === query.sortBy;
      const th = h(
        'th',
        { 'aria-sort': sorted ? (query.descending ? 'descending' : 'ascending') : 'none', 'data-key': column.key },
        h('button', { type: 'button', className: 'sort' }, column.label, sorted ? (query.descending ? ' ▼' : ' ▲') : ''),
      );
      th.querySelector('button')!.addEventListener('click', () => {
        query.descending = sorted ? !query.descending : column.numeric;
        query.sortBy = column.key;
        draw();
      });
      head.append(th);
    }
    clear(body);
    for (const row of rows.slice(0, MAX_DRAWN_ROWS)) {
      const tr = h(
        'tr',
        { 'data-key': row.key, className: 'pickable' },
        ...TABLE_COLUMNS[query.kind].map((c) => {
          const value = row.values[c.key]!;
          return h('td', { className: c.numeric ? 'num' : '' }, typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(4) : String(value));
        }),
      );
      tr.addEventListener('click', () => {
        for (const other of body.querySelectorAll('tr[aria-selected="true"]')) other.setAttribute('aria-selected', 'false');
        tr.setAttribute('aria-selected', 'true');
        if (query.kind === 'nodes') actions.selectNode(row.key);
        else actions.selectEdge(row.key);
      });
      body.append(tr);
    }
    const what = query.kind === 'nodes' ? '个节点' : '条关系';
    count.textContent =
      rows.length > MAX_DRAWN_ROWS ? `${rows.length} ${what}，列出前 ${MAX_DRAWN_ROWS} 个；CSV 含全部` : `${rows.length} ${what}`;
  };

  text.addEventListener('input', () => {
    query.text = text.value;
    draw();
  });
  type.addEventListener('change', () => {
    query.type = type.value;
    draw();
  });
  visibleOnly.addEventListener('change', () => {
    query.visibleOnly = visibleOnly.checked;
    draw();
  });
  byId('table-csv').addEventListener('click', () => {
    const csv = tableCsv(query.kind, rows);
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `yuanjiang-${query.kind === 'nodes' ? 'nodes' : 'edges'}-table.csv`);
  });

  let shown = false;
  return {
    show(kind) {
      shown = true;
      if (kind !== query.kind) {
        Object.assign(query, { ...DEFAULT_TABLE_QUERY, kind, sortBy: kind === 'nodes' ? 'degree' : 'evidence', text: text.value });
        type.value = '';
      }
      visibleOnly.checked = query.visibleOnly;
      fillTypes();
      draw();
    },
    update() {
      if (!shown || !query.visibleOnly) return;
      const edgeTypes = [...viewer.state.hiddenEdgeTypes].sort().join(',');
      if (drawnFor === viewer.hiddenNodes() && drawnEdgeTypes === edgeTypes) return;
      draw();
    },
  };
}
