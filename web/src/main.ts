// Entry point: loads the graph, builds the viewer and wires the page's parts to its setters.
import './zod-config.ts';
import type { EdgeType, QueryResponse } from '../../src/api/contract.ts';
import { GRAPH_URL, getGraph, getOverview } from './api.ts';
import type { OverviewEnvelope } from './api.ts';
import { showArticle, showEvidence } from './article-dialog.ts';
import { attachViewer, createBenchHooks } from './bench-hooks.ts';
import { isBigGraph } from './big-graph.ts';
import { mountDataTable } from './data-table.ts';
import type { DataTable } from './data-table.ts';
import { mountDock } from './dock.ts';
import { byId, h } from './dom.ts';
import { evidenceCards } from './evidence-cards.ts';
import { mountExportButtons } from './export-buttons.ts';
import { graphSource } from './graph-source.ts';
import { resolveHighlight } from './highlight.ts';
import { mountEdgeTooltip } from './edge-tooltip.ts';
import { mountLegend } from './legend.ts';
import { createLayoutRunner } from './layout-runner.ts';
import { loadGraph } from './load-graph.ts';
import type { ViewGraph } from './load-graph.ts';
import { mountModeBar } from './mode-bar.ts';
import { addNeighborhood, hiddenEdgesOf } from './neighborhood-loader.ts';
import { mountOverviewNote, mountWholeNote, wantsWholeGraph } from './overview-note.ts';
import type { OverviewNote } from './overview-note.ts';
import { nodeDetails } from './node-details.ts';
import { renderNodePanel } from './node-panel.ts';
import type { PanelActions } from './node-panel.ts';
import { mountQueryConsole } from './query-console.ts';
import { sceneNodes, withExpansion } from './scene.ts';
import { mountSearchBox } from './search-box.ts';
import { mountStatusLine } from './status-line.ts';
import { mountTimeSlider } from './time-slider.ts';
import { decodeViewState, encodeViewState, isExploring } from './view-state.ts';
import type { ColorBy, SizeBy } from './view-state.ts';
import { createViewer } from './viewer.ts';
import type { Viewer } from './viewer.ts';

/** How soon after a click on a node a second click, wherever it lands, makes it a double-click. */
const DOUBLE_CLICK_MS = 1000;

async function main(): Promise<void> {
  const bench = createBenchHooks();
  const shared = decodeViewState(location.search);
  // `?graph=/some.json` renders another graph of this site (the bench's synthetic one).
  const source = graphSource(location.search, location.origin);

  // A big graph opens on its overview unless `?all=1` asks for all of it.
  const whole = wantsWholeGraph(location.search);
  let overview: Extract<OverviewEnvelope, { overview: true }> | null = null;
  if (source.url === GRAPH_URL && !whole) {
    const answer = await getOverview();
    if (answer.overview) overview = answer;
  }
  const data = overview ? overview.graph : await getGraph(source.url);
  bench.timings.fetched = performance.now();
  const graph = loadGraph(data, { sizeBy: shared.sizeBy, colorBy: shared.colorBy });
  // Nodes a shared link names that the overview lacks come with what they need.
  if (overview) await addLinked(graph, shared);
  bench.timings.loaded = performance.now();

  const viewer = createViewer(byId('graph'), graph, shared, { holdFrame: overview !== null });
  bench.timings.firstRender = performance.now();
  attachViewer(bench, viewer);
  let note: OverviewNote | null = null;
  const noteCounts = () => ({ total: overview!.total, loaded: { nodes: graph.order, edges: graph.size }, topNodes: overview!.topNodes });
  if (overview) note = mountOverviewNote(noteCounts());
  else if (whole && source.url === GRAPH_URL) mountWholeNote({ nodes: graph.order });
  bench.overview = () => (overview ? { ...noteCounts(), hidden: { nodes: overview.total.nodes - graph.order, edges: overview.total.edges - graph.size } } : null);

  /**
   * On an overview, adds what the page lacks within `hops` of `nodes` (0: the nodes themselves,
   * whole); resolves to the nodes added. Off an overview there is nothing to add.
   */
  let loading: string | null = null;
  async function grow(nodes: string[], hops: 0 | 1 | 2 | 3, via: EdgeType[] = []): Promise<string[]> {
    if (!overview || nodes.length === 0) return [];
    const { merged } = await addNeighborhood(graph, nodes, { hops, via, view: viewer.state });
    if (merged.nodes.length || merged.edges.length) viewer.grown();
    note?.update(noteCounts());
    return merged.nodes;
  }
  const failed = (error: unknown) => {
    byId('status').textContent = `加载邻居失败：${error instanceof Error ? error.message : String(error)}`;
  };
  /** Adds the node's neighbours and brings them into view. */
  async function addNeighbours(node: string): Promise<void> {
    loading = node;
    showPanel();
    try {
      const added = await grow([node], 1);
      if (viewer.state.selected === node) void viewer.frameNodes([node, ...added, ...graph.neighbors(node)]);
    } catch (error) {
      failed(error);
    } finally {
      loading = null;
      showPanel();
    }
  }
  keepSized(viewer);
  if (source.refused) {
    const notice = h('span', { id: 'graph-refused', role: 'alert', className: 'error' }, '只能打开本站的图谱，已忽略链接中的 graph 地址');
    byId('status').after(notice);
  }

  const legend = mountLegend(viewer);
  mountTimeSlider(viewer, byId('legend-box'));
  mountEdgeTooltip(viewer);
  const statusLine = mountStatusLine(viewer);
  const modeBar = mountModeBar();
  let table: DataTable | null = null;
  const dock = mountDock((tab) => {
    if (tab !== 'console') table?.show(tab);
  });

  // "Path to…": the next node chosen, on the graph or in the search, is the other end.
  let pathFrom: string | null = null;
  const stopPicking = () => {
    pathFrom = null;
    modeBar.picking(null, stopPicking);
  };

  const panelActions: PanelActions = {
    selectNode: (node) => select(node, { centre: true }),
    showArticle: (card) => void showArticle(card),
    async expand(expansion) {
      // On an overview, what the expansion reaches comes from the server first.
      try {
        await grow([expansion.node], expansion.hops, expansion.via);
      } catch (error) {
        failed(error);
      }
      viewer.setExpansions(withExpansion(viewer.state.expansions, expansion));
      showPanel();
      void viewer.frameNodes(sceneNodes(graph, viewer.state.expansions, viewer.state.pins, viewer.state.hiddenEdgeTypes));
    },
    addNeighbours: (node) => void addNeighbours(node),
    collapse(node) {
      viewer.setExpansions(withExpansion(viewer.state.expansions, { node, hops: 0 }));
      showPanel();
    },
    setPinned(node, pinned) {
      viewer.setPinned(node, pinned);
      showPanel();
    },
    pathFrom(node) {
      pathFrom = node;
      modeBar.picking(graph.getNodeAttribute(node, 'label'), stopPicking);
    },
    close: () => select(null),
  };
  const showPanel = () => {
    const selected = viewer.state.selected;
    renderNodePanel(
      selected ? nodeDetails(graph, selected) : null,
      {
        expansion: viewer.state.expansions.find((e) => e.node === selected) ?? null,
        pinned: selected !== null && viewer.state.pins.has(selected),
        hiddenEdges: overview && selected ? hiddenEdgesOf(graph, selected) : null,
        loading: selected !== null && loading === selected,
      },
      panelActions,
    );
    viewer.setCovered(coveredByPanel());
  };

  /**
   * Selects a node (or none). A node picked on the graph, in the search, the panel or a table
   * ends a shown answer (the console says so); one picked in the answer's own table keeps it.
   */
  function select(node: string | null, options: { centre?: boolean; keepAnswer?: boolean } = {}): void {
    if (pathFrom && node && node !== pathFrom) {
      const from = pathFrom;
      stopPicking();
      dock.show('console');
      void queryConsole.run(`path ${from} -> ${node}`);
      return;
    }
    if (node && !options.keepAnswer && viewer.state.highlight) {
      viewer.setQuery('', null);
      queryConsole.noteCleared();
    }
    viewer.setSelected(node);
    showPanel();
    // An overview's node comes without its articles and evidence: fetch them for the panel.
    if (node && overview && graph.hasNode(node) && !graph.getNodeAttribute(node, 'whole'))
      void grow([node], 0).then(() => viewer.state.selected === node && showPanel(), failed);
    // On a phone a node picked outside the console wants the graph: fold the dock away.
    if (node && !options.keepAnswer && window.matchMedia('(max-width: 700px)').matches) dock.setOpen(false);
    const selected = viewer.state.selected;
    if (selected && options.centre) void viewer.centreOn(selected);
    else if (selected) viewer.spreadFocus();
  }

  const renderer = viewer.renderer;
  mountHover(viewer);
  // The first click of a double-click selects, which may spread the focus's labels and move
  // the node from under the pointer: the second click then counts for the node clicked first.
  // A page slow to handle the first click can also miss sigma's 300 ms window: the browser's own
  // click count (`detail` 2) then says it was the second click of a double-click.
  let lastClick: { node: string; at: number } | null = null;
  const doubleClicked = (event: { preventSigmaDefault(): void }, node: string | null): boolean => {
    const target = node ?? (lastClick && performance.now() - lastClick.at < DOUBLE_CLICK_MS ? lastClick.node : null);
    if (!overview || !target) return false;
    // Instead of sigma's zoom: the node's neighbourhood joins the overview.
    event.preventSigmaDefault();
    if (viewer.state.selected !== target) select(target);
    void addNeighbours(target);
    return true;
  };
  const secondClick = (event: { original: MouseEvent | TouchEvent }) => event.original.detail >= 2;
  renderer.on('clickNode', ({ node, event, preventSigmaDefault }) => {
    if (secondClick(event) && doubleClicked({ preventSigmaDefault }, node)) return;
    lastClick = { node, at: performance.now() };
    select(node);
  });
  renderer.on('doubleClickNode', (event) => doubleClicked(event, event.node));
  renderer.on('doubleClickStage', (event) => doubleClicked(event, null));
  renderer.on('clickStage', ({ event, preventSigmaDefault }) => {
    if (secondClick(event) && doubleClicked({ preventSigmaDefault }, null)) return;
    if (!pathFrom) select(null);
  });

  // A camera restored from the URL wins over framing the restored query's answer.
  let frameAnswers = shared.camera === null;
  const queryConsole = mountQueryConsole({
    answered: (query, answer) => void showAnswer(query, answer),
    failed: () => viewer.setQuery('', null),
    cleared: () => viewer.setQuery('', null),
    selectNode: (node) => select(node, { centre: true, keepAnswer: true }),
    pickPath: (path) => {
      viewer.setEmphasis(path ? { nodes: new Set(path.nodes), edges: new Set(path.edges.map((e) => e.key)) } : null);
      if (path) void viewer.frameNodes(path.nodes);
    },
    showEdgeEvidence: (edge, title) => showEvidence(title, evidenceCards(graph, [edge])),
  });
  async function showAnswer(query: string, answer: QueryResponse): Promise<void> {
    // On an overview, the answer's nodes the page lacks are added first (their edges with them).
    const missing = answerNodes(answer).filter((node) => !graph.hasNode(node));
    if (missing.length) await grow(missing, 0).catch(failed);
    const highlight = resolveHighlight(graph, answer);
    viewer.setQuery(query, highlight);
    if (highlight && frameAnswers) void viewer.frameNodes(highlight.nodes);
    else if (highlight) viewer.spreadFocus();
  }
  table = mountDataTable(viewer, {
    selectNode: (node) => select(node, { centre: true }),
    selectEdge: (edge) => {
      select(null);
      const ends = [graph.source(edge), graph.target(edge)];
      viewer.setQuery('', { nodes: new Set(ends), edges: new Set([edge]) });
      void viewer.frameNodes(ends);
    },
  });

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      dock.show('console');
      queryConsole.focus();
    } else if (event.key === 'Escape' && !typing && !byId<HTMLDialogElement>('article').open) {
      if (pathFrom) stopPicking();
      else select(null);
    } else if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search-input').focus();
    }
  });

  mountSearchBox(
    graph,
    (node) => {
      if (graph.hasNode(node)) return select(node, { centre: true });
      // A name the overview hides: it joins with its neighbours, then is picked.
      void grow([node], 1).then(() => select(node, { centre: true }), failed);
    },
    { hiddenToo: overview !== null },
  );
  mountExportButtons(viewer, (message) => (byId('status').textContent = `导出失败：${message}`));
  mountLayoutButton(viewer);
  byId('fit-button').addEventListener('click', () => void viewer.fit());
  const sizeBy = byId<HTMLSelectElement>('size-by');
  sizeBy.value = viewer.state.sizeBy;
  sizeBy.addEventListener('change', () => viewer.setSizeBy(sizeBy.value as SizeBy));
  const colorBy = byId<HTMLSelectElement>('color-by');
  colorBy.value = viewer.state.colorBy;
  colorBy.addEventListener('change', () => viewer.setColorBy(colorBy.value as ColorBy));

  const showAll = () => {
    viewer.showAll();
    showPanel();
  };
  viewer.onChange(() => {
    legend.update();
    statusLine.update();
    table?.update();
    modeBar.exploring(isExploring(viewer.state) ? graph.order - viewer.hiddenNodes().size : null, showAll);
  });
  modeBar.exploring(isExploring(viewer.state) ? graph.order - viewer.hiddenNodes().size : null, showAll);
  syncUrl(viewer);

  if (viewer.state.selected) {
    showPanel();
    // A link with only `?node=` zooms to the node; one with a camera keeps its camera.
    if (frameAnswers && !shared.query) void viewer.centreOn(viewer.state.selected);
  }
  if (shared.query) await queryConsole.run(shared.query);
  frameAnswers = true;

  bench.timings.interactive = performance.now();
  bench.ready = true;
  document.body.dataset.ready = 'true';
}

/** How much of the graph's bottom the node panel covers: on phones it is a sheet over the graph. */
function coveredByPanel(): number {
  const panel = byId('panel');
  if (panel.hidden) return 0;
  const sheet = panel.getBoundingClientRect();
  const graph = byId('graph').getBoundingClientRect();
  // Side by side on a desktop: nothing covered.
  if (sheet.left >= graph.right || sheet.right <= graph.left) return 0;
  return Math.max(0, graph.bottom - sheet.top);
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

/** Sigma resizes only with the window; the panel, the dock and the phone layout resize the graph too. */
function keepSized(viewer: Viewer): void {
  const container = byId('graph');
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    // Next frame, so a resize never runs inside the observer's own delivery.
    frame = requestAnimationFrame(() => {
      if (container.offsetWidth > 0 && container.offsetHeight > 0) viewer.renderer.refresh({ skipIndexation: true });
    });
  }).observe(container);
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

/** Nodes a console answer names: its highlight and every path's, and the ends of its edges. */
function answerNodes(answer: QueryResponse): string[] {
  const nodes = new Set(answer.highlight.nodes);
  for (const path of answer.paths ?? []) path.nodes.forEach((node) => nodes.add(node));
  return [...nodes];
}

/** Brings into an overview the nodes a shared link selects, pins or expands, with what they reach. */
async function addLinked(graph: ViewGraph, shared: ReturnType<typeof decodeViewState>): Promise<void> {
  const view = { sizeBy: shared.sizeBy, colorBy: shared.colorBy };
  const single = [shared.selected, ...shared.pins].filter((node): node is string => node !== null && !graph.hasNode(node));
  try {
    if (single.length) await addNeighborhood(graph, single, { hops: 0, view });
    for (const e of shared.expansions) await addNeighborhood(graph, [e.node], { hops: e.hops, via: e.via, view });
  } catch (error) {
    // A name the graph no longer has: the link opens on the overview without it.
    console.warn(error);
  }
}

function mountLayoutButton(viewer: Viewer): void {
  const button = byId<HTMLButtonElement>('layout-button');
  const runner = createLayoutRunner(viewer.graph);
  button.addEventListener('click', () => {
    if (runner.running()) return runner.stop();
    // The layout moves nodes past the extent the overview was framed by.
    viewer.releaseBBox();
    // The layout starts from the nodes' own positions, not from a focus's spread.
    viewer.unspread();
    button.textContent = '停止布局';
    runner.start(() => {
      button.textContent = '重新布局';
      // The layout spreads the graph out: bring all of it back into view.
      void viewer.fit();
    });
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
