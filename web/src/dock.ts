// The dock under the graph: the console and the node and edge tables as tabs, collapsible
// (collapsed at first on phones, so the graph gets the screen).
import { byId } from './dom.ts';
import type { TableKind } from './table-model.ts';

export type DockTab = 'console' | TableKind;

export interface Dock {
  show(tab: DockTab): void;
  setOpen(open: boolean): void;
}

export function mountDock(onTab: (tab: DockTab) => void): Dock {
  const tabs: Record<DockTab, HTMLButtonElement> = {
    console: byId<HTMLButtonElement>('tab-console'),
    nodes: byId<HTMLButtonElement>('tab-nodes'),
    edges: byId<HTMLButtonElement>('tab-edges'),
  };
  const consolePane = byId('console-pane');
  const tablePane = byId('table-pane');
  const toggle = byId<HTMLButtonElement>('dock-toggle');

  const setOpen = (open: boolean) => {
    document.body.classList.toggle('dock-collapsed', !open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? '收起' : '展开';
  };
  const show = (tab: DockTab) => {
    for (const [name, button] of Object.entries(tabs)) button.setAttribute('aria-selected', String(name === tab));
    consolePane.hidden = tab !== 'console';
    tablePane.hidden = tab === 'console';
    setOpen(true);
    onTab(tab);
  };
  for (const [name, button] of Object.entries(tabs)) button.addEventListener('click', () => show(name as DockTab));
  toggle.addEventListener('click', () => setOpen(document.body.classList.contains('dock-collapsed')));
  setOpen(!window.matchMedia('(max-width: 700px)').matches);
  return { show, setOpen };
}
