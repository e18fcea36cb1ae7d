// Autocomplete over `/api/search` (Simplified, Traditional, pinyin); falls back to the loaded graph.
// On an overview, names the page does not hold are offered too (marked), for the page to add.
import { searchNames } from './api.ts';
import { nodeTypeLabel } from './console-text.ts';
import { byId, clear, h } from './dom.ts';
import { localSearch } from './local-search.ts';
import type { SearchHit } from './local-search.ts';
import type { ViewGraph } from './load-graph.ts';

export function mountSearchBox(graph: ViewGraph, onChoose: (node: string) => void, options: { hiddenToo?: boolean } = {}): void {
  const offered = (key: string) => options.hiddenToo || graph.hasNode(key);
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-results');
  let items: SearchHit[] = [];
  /** The query that found nothing, said in the list rather than left blank. */
  let missed: string | null = null;
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let requestId = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = () => {
    clear(list);
    items.forEach((item, index) => {
      const li = h(
        'li',
        { role: 'option', 'aria-selected': String(index === active), 'data-key': item.key },
        h('span', {}, item.label),
        h('span', { className: 'muted' }, nodeTypeLabel(item.type)),
        item.matched && item.matched !== item.label ? h('span', { className: 'muted' }, item.matched) : null,
        graph.hasNode(item.key) ? null : h('span', { className: 'muted hidden-node' }, '未显示'),
      );
      // mousedown, not click: it fires before the input's blur closes the list.
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(index);
      });
      list.append(li);
    });
    if (!items.length && missed !== null) list.append(h('li', { className: 'no-match', 'aria-disabled': 'true' }, `没有找到“${missed}”`));
    list.hidden = list.childElementCount === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const choose = (index: number) => {
    const item = items[index];
    if (!item || !offered(item.key)) return;
    input.value = item.label;
    close();
    onChoose(item.key);
  };
  const lookup = async (q: string) => {
    pending = false;
    const id = ++requestId;
    let found: SearchHit[];
    try {
      found = (await searchNames(q, 10)).map((r) => ({ key: r.node, label: r.label, type: r.type, matched: r.matched }));
    } catch {
      found = localSearch(graph, q, 10);
    }
    if (id !== requestId) return; // a newer keystroke has answered already
    items = found.filter((item) => offered(item.key));
    missed = items.length ? null : q;
    active = items.length ? 0 : -1;
    render();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q === '') {
      items = [];
      missed = null;
      close();
      return;
    }
    pending = true;
    timer = setTimeout(() => void lookup(q), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Typed fast and pressed Enter before the debounce: look up now and take the best match.
      if (pending) {
        clearTimeout(timer);
        void lookup(input.value.trim()).then(() => choose(0));
      } else if (active >= 0) choose(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
