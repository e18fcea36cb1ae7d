// Entry point: loads the graph, builds the viewer and wires the page's parts to its setters.
import { GRAPH_URL, getGraph } from './api.ts';
import { showArticle } from './article-dialog.ts';
import { attachViewer, createBenchHooks } from './bench-hooks.ts';
import { isBigGraph } from './big-graph.ts';
import { byId } from './dom.ts';
import { mountExportButtons } from './export-buttons.ts';
import { resolveHighlight } from './highlight.ts';
import { mountLegend } from './legend.ts';
import { createLayoutRunner } from './layout-runner.ts';
import { loadGraph } from './load-graph.ts';
import type { SizeBy } from './load-graph.ts';
import { nodeDetails } from './node-details.ts';
import { renderNodePanel } from './node-panel.ts';
import { mountQueryConsole } from './query-console.ts';
import { mountSearchBox } from './search-box.ts';
import { decodeViewState, encodeViewState } from './view-state.ts';
import { createViewer } from './viewer.ts';
import type { Viewer } from './viewer.ts';

async function main(): Promise<void> {
  const bench = createBenchHooks();
  const status = byId('status');
  const shared = decodeViewState(location.search);
  // `?graph=/some.json` renders another graph (the bench's synthetic one) with the same page.
  const graphUrl = new URLSearchParams(location.search).get('graph') ?? GRAPH_URL;

  const data = await getGraph(graphUrl);
  bench.timings.fetched = performance.now();
  const graph = loadGraph(data, shared.sizeBy);
  bench.timings.loaded = performance.now();

  const viewer = createViewer(byId('graph'), graph, shared);
  bench.timings.firstRender = performance.now();
  attachViewer(bench, viewer);
  status.textContent = `${graph.order} 个节点 · ${graph.size} 条关系`;

  const select = (node: string | null, centre = false) => {
    viewer.setSelected(node);
    const selected = viewer.state.selected;
    renderNodePanel(selected ? nodeDetails(graph, selected) : null, {
      selectNode: (next) => select(next, true),
      showEvidence: (evidence) => void showArticle(evidence),
      close: () => select(null),
    });
    if (selected && centre) viewer.centreOn(selected);
  };

  const renderer = viewer.renderer;
  mountHover(viewer);
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => select(null));

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === 'Escape' && !typing && !byId<HTMLDialogElement>('article').open) select(null);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search-input').focus();
    }
  });

  mountLegend(viewer);
  mountSearchBox(graph, (node) => select(node, true));
  mountExportButtons(viewer, (message) => (status.textContent = `导出失败：${message}`));
  mountLayoutButton(viewer);
  // A camera restored from the URL wins over framing the restored query's answer.
  let frameAnswers = shared.camera === null;
  const queryConsole = mountQueryConsole({
    answered: (query, answer) => {
      const highlight = resolveHighlight(graph, answer);
      viewer.setQuery(query, highlight);
      if (highlight && frameAnswers) viewer.frameNodes(highlight.nodes);
    },
    cleared: () => viewer.setQuery('', null),
  });
  const sizeBy = byId<HTMLSelectElement>('size-by');
  sizeBy.value = viewer.state.sizeBy;
  sizeBy.addEventListener('change', () => viewer.setSizeBy(sizeBy.value as SizeBy));

  syncUrl(viewer);
  if (viewer.state.selected) select(viewer.state.selected);
  if (shared.query) await queryConsole.run(shared.query);
  frameAnswers = true;

  bench.timings.interactive = performance.now();
  bench.ready = true;
  document.body.dataset.ready = 'true';
}

/**
 * Hover re-reduces every node and edge, so it is skipped while the mouse drags the view and, on
 * big graphs, applied only once the pointer rests on a node.
 */
function mountHover(viewer: Viewer): void {
  const renderer = viewer.renderer;
  const mouse = renderer.getMouseCaptor();
  const delay = isBigGraph(viewer.graph) ? 120 : 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  renderer.on('enterNode', ({ node }) => {
    clearTimeout(timer);
    if (mouse.isMouseDown) return;
    if (delay === 0) viewer.setHovered(node);
    else timer = setTimeout(() => viewer.setHovered(node), delay);
  });
  renderer.on('leaveNode', () => {
    clearTimeout(timer);
    viewer.setHovered(null);
  });
}

/** Keeps the shareable part of the state in the address bar (debounced: the camera moves often). */
function syncUrl(viewer: Viewer): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  viewer.onChange((state) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const search = encodeViewState(state, location.search);
      history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
    }, 250);
  });
}

function mountLayoutButton(viewer: Viewer): void {
  const button = byId<HTMLButtonElement>('layout-button');
  const runner = createLayoutRunner(viewer.graph);
  button.addEventListener('click', () => {
    if (runner.running()) return runner.stop();
    button.textContent = '停止布局';
    runner.start(() => (button.textContent = '重新布局'));
  });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const status = document.getElementById('status');
  if (status) {
    status.textContent = `加载失败：${message}`;
    status.classList.add('error');
  }
  if (window.__kgBench) window.__kgBench.error = message;
  document.body.dataset.ready = 'error';
  console.error(error);
});
