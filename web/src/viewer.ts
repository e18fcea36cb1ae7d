// The sigma renderer and the viewer state it draws. Reducers read the state; every setter changes
// it and refreshes sigma (sigma's "use reducers" pattern). Listeners hear about shared-state changes.
import Sigma from 'sigma';
import type { CameraState, EdgeDisplayData, NodeDisplayData } from 'sigma/types';

import { isBigGraph } from './big-graph.ts';
import { LABEL_FONT_PX, spreadLabels } from './focus-layout.ts';
import { setColors, setSizes } from './load-graph.ts';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from './load-graph.ts';
import { deriveView, edgeDisplay, filteredOutNodes, nodeDisplay } from './reducers.ts';
import type { DerivedView } from './reducers.ts';
import { initialState } from './view-state.ts';
import type { CameraPosition, ColorBy, Expansion, Highlight, SharedState, SizeBy, ViewState } from './view-state.ts';
import type { TimeFilter } from './time-range.ts';

export const LABEL_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC", sans-serif';

/** Most nodes a focus layout moves apart: past this the pass would cost more than it shows. */
const MAX_SPREAD_NODES = 200;
const CAMERA_MS = 400;

export interface Viewer {
  readonly renderer: Sigma<ViewNodeAttributes, ViewEdgeAttributes>;
  readonly graph: ViewGraph;
  readonly state: Readonly<ViewState>;
  /** Nodes the filters currently hide. */
  hiddenNodes(): ReadonlySet<string>;
  setHovered(node: string | null): void;
  setSelected(node: string | null): void;
  setQuery(query: string, highlight: Highlight | null): void;
  /** Picks part of the answer (a row of its table) to stand out. */
  setEmphasis(emphasis: Highlight | null): void;
  setNodeTypeVisible(type: string, visible: boolean): void;
  setEdgeTypeVisible(type: string, visible: boolean): void;
  setMinDegree(minDegree: number): void;
  setSizeBy(sizeBy: SizeBy): void;
  setColorBy(colorBy: ColorBy): void;
  /** The time slicer: show the graph as its evidence stands in a range of years. */
  setTime(time: TimeFilter): void;
  setExpansions(expansions: Expansion[]): void;
  setPinned(node: string, pinned: boolean): void;
  /** Leaves exploring: every expansion and pin goes, the whole graph shows again. */
  showAll(): void;
  /** Nodes or edges were added to the graph (a neighbourhood): filters and labels take them in. */
  grown(): void;
  /** Frames by the nodes' own extent again, not the extent the viewer was opened with (before a layout run). */
  releaseBBox(): void;
  /** Animates the camera onto a node, zooming in if far out, then spreads the focus's labels. */
  centreOn(node: string): Promise<void>;
  /** Animates the camera to frame these nodes (a query answer), then spreads their labels. */
  frameNodes(nodes: Iterable<string>): Promise<void>;
  /** Back to the whole graph in view. */
  fit(): Promise<void>;
  /** Pixels at the bottom of the graph that something covers (a phone's bottom sheet): focus centres above them. */
  setCovered(pixels: number): void;
  /** Moves the focus's or the answer's nodes apart on screen so their labels do not overlap. */
  spreadFocus(): void;
  /** Puts nodes a focus layout moved back where they were (before a layout run, say). */
  unspread(): void;
  onChange(listener: (state: Readonly<ViewState>) => void): void;
  kill(): void;
}

export interface ViewerOptions {
  /**
   * Keep the frame the graph is first drawn in when nodes are added (an overview growing by
   * neighbourhoods): what is on screen stays put, and nodes beyond it are drawn further out.
   */
  holdFrame?: boolean;
}

export function createViewer(container: HTMLElement, graph: ViewGraph, shared: Partial<SharedState> = {}, options: ViewerOptions = {}): Viewer {
  const state: ViewState = { ...initialState(), ...shared };
  if (state.selected && !graph.hasNode(state.selected)) state.selected = null;
  if (state.sizeBy !== 'degree') setSizes(graph, state.sizeBy);
  if (state.colorBy !== 'type') setColors(graph, state.colorBy);
  const big = isBigGraph(graph);
  let hidden = filteredOutNodes(graph, state);
  let view: DerivedView = deriveView(graph, state, hidden, big);
  const listeners: Array<(state: Readonly<ViewState>) => void> = [];

  const renderer = new Sigma<ViewNodeAttributes, ViewEdgeAttributes>(graph, container, {
    labelFont: LABEL_FONT,
    labelSize: LABEL_FONT_PX,
    labelWeight: '500',
    labelColor: { color: '#222' },
    // Wide CJK labels need bigger grid cells to stay apart; big graphs show fewer labels.
    labelGridCellSize: 120,
    labelDensity: big ? 0.3 : 0.6,
    labelRenderedSizeThreshold: big ? 8 : 5,
    // Arrows show direction; on big graphs plain lines are much cheaper to draw.
    defaultEdgeType: big ? 'line' : 'arrow',
    zIndex: true,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    // Edge hover (figures in a tooltip) needs a picking pass over every edge: not on big graphs.
    enableEdgeEvents: !big,
    nodeReducer: (node, data) => nodeDisplay(node, data as unknown as ViewNodeAttributes, state, view) as Partial<NodeDisplayData>,
    edgeReducer: (edge, data) =>
      edgeDisplay(edge, data as unknown as ViewEdgeAttributes, graph.source(edge), graph.target(edge), state, view) as Partial<EdgeDisplayData>,
  });
  // The extent sigma has just normalised by, held: the same frame, so nothing moves now.
  let baseBBox: { x: [number, number]; y: [number, number] } | null = options.holdFrame ? renderer.getBBox() : null;
  if (baseBBox) renderer.setCustomBBox(baseBBox);
  const camera = renderer.getCamera();
  if (state.camera) camera.setState(state.camera);

  const notify = () => {
    for (const listener of listeners) listener(state);
  };
  // `filters` recomputes the hidden set (O(n)); `reindex` when positions or sizes change.
  function refresh(opts: { filters?: boolean; reindex?: boolean; notify?: boolean } = {}) {
    if (opts.filters) hidden = filteredOutNodes(graph, state);
    view = deriveView(graph, state, hidden, big);
    renderer.refresh({ skipIndexation: !opts.reindex });
    if (opts.notify !== false) notify();
  }
  // A focus layout holds for the focus it was made for; any change of focus drops it. Sigma
  // draws positions from the graph's attributes, so the moved nodes are moved there, the frame
  // is held still meanwhile, and their own positions come back afterwards.
  function unspread(): boolean {
    if (state.displaced.size === 0) return false;
    for (const [node, at] of state.displaced) if (graph.hasNode(node)) graph.mergeNodeAttributes(node, at);
    state.displaced = new Map();
    renderer.setCustomBBox(baseBBox);
    return true;
  }

  camera.on('updated', (s) => {
    state.camera = { x: s.x, y: s.y, ratio: s.ratio } satisfies CameraPosition;
    notify();
  });

  const animate = (target: Partial<CameraState>) =>
    new Promise<void>((resolve) => {
      camera.animate(target, { duration: CAMERA_MS }, resolve);
    });
  // The camera looks at the middle of the container; with its bottom covered, look lower so the
  // target sits in the middle of what is left.
  let covered = 0;
  const uncovered = (target: { x: number; y: number; ratio: number }) => {
    if (covered <= 0) return target;
    const { width, height } = renderer.getDimensions();
    const cameraState = { ...camera.getState(), ...target };
    const middle = renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState });
    const lower = renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 + covered / 2 }, { cameraState });
    return { ...target, x: target.x + lower.x - middle.x, y: target.y + lower.y - middle.y };
  };

  const viewer: Viewer = {
    renderer,
    graph,
    state,
    hiddenNodes: () => hidden,
    setHovered(node) {
      if (state.hovered === node) return;
      state.hovered = node;
      if (!big) return refresh({ notify: false });
      // Light focus changes only the old and new neighbourhoods: redraw just those.
      const before = view;
      view = deriveView(graph, state, hidden, big);
      const nodes = new Set<string>();
      const edges = new Set<string>();
      for (const v of [before, view]) {
        if (!v.focus) continue;
        nodes.add(v.focus);
        v.focusNeighbours.forEach((n) => nodes.add(n));
        graph.forEachEdge(v.focus, (edge) => void edges.add(edge));
      }
      renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
    },
    setSelected(node) {
      state.selected = node !== null && graph.hasNode(node) ? node : null;
      refresh({ filters: true, reindex: unspread() });
    },
    setQuery(query, highlight) {
      state.query = query;
      state.highlight = highlight;
      state.emphasis = null;
      refresh({ filters: true, reindex: unspread() });
    },
    setEmphasis(emphasis) {
      state.emphasis = emphasis;
      refresh();
    },
    setNodeTypeVisible(type, visible) {
      if (visible) state.hiddenNodeTypes.delete(type);
      else state.hiddenNodeTypes.add(type);
      refresh({ filters: true });
    },
    setEdgeTypeVisible(type, visible) {
      if (visible) state.hiddenEdgeTypes.delete(type);
      else state.hiddenEdgeTypes.add(type);
      refresh({ filters: true });
    },
    setMinDegree(minDegree) {
      state.minDegree = Math.max(0, Math.floor(minDegree));
      refresh({ filters: true });
    },
    setSizeBy(sizeBy) {
      state.sizeBy = sizeBy;
      setSizes(graph, sizeBy);
      // Sizes feed sigma's label grid, so this one re-indexes.
      refresh({ reindex: true });
    },
    setColorBy(colorBy) {
      state.colorBy = colorBy;
      setColors(graph, colorBy);
      refresh();
    },
    setTime(time) {
      state.time = time;
      refresh({ filters: true, reindex: unspread() });
    },
    setExpansions(expansions) {
      state.expansions = expansions;
      refresh({ filters: true, reindex: unspread() });
    },
    setPinned(node, pinned) {
      if (pinned) state.pins.add(node);
      else state.pins.delete(node);
      refresh({ filters: true });
    },
    showAll() {
      state.expansions = [];
      state.pins = new Set();
      refresh({ filters: true });
    },
    grown() {
      refresh({ filters: true, reindex: true });
    },
    releaseBBox() {
      baseBBox = null;
      if (state.displaced.size === 0) renderer.setCustomBBox(null);
    },
    async centreOn(node) {
      const display = renderer.getNodeDisplayData(node);
      if (!display) return;
      await animate(uncovered({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.4) }));
      viewer.spreadFocus();
    },
    async frameNodes(nodes) {
      const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
      for (const node of nodes) {
        const d = renderer.getNodeDisplayData(node);
        if (!d) continue;
        box.minX = Math.min(box.minX, d.x);
        box.maxX = Math.max(box.maxX, d.x);
        box.minY = Math.min(box.minY, d.y);
        box.maxY = Math.max(box.maxY, d.y);
      }
      if (box.minX === Infinity) return;
      // Display coordinates are normalised so the whole graph fits ratio 1 (a held frame: the
      // graph as first drawn, so nodes added since may need more); leave a margin.
      const extent = Math.max(box.maxX - box.minX, box.maxY - box.minY);
      const ratio = Math.min(baseBBox ? 10 : 1, Math.max(0.1, extent * 1.4));
      await animate(uncovered({ x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2, ratio }));
      viewer.spreadFocus();
    },
    async fit() {
      if (!baseBBox) return animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      // A held frame: everything drawn since, inside it or out.
      await viewer.frameNodes(graph.nodes());
    },
    setCovered(pixels) {
      covered = Math.max(0, pixels);
    },
    spreadFocus() {
      const reindex = unspread();
      const nodes = view.focus && !view.lightFocus ? [view.focus, ...view.focusNeighbours] : state.highlight ? [...state.highlight.nodes] : [];
      if (nodes.length < 2 || nodes.length > MAX_SPREAD_NODES) {
        if (reindex) renderer.refresh();
        return;
      }
      // Sigma converts positions with the camera and size of the frame it last drew; a camera
      // animation's last step and a resize (the dock folding) are drawn a frame later. Draw now,
      // so the labels are parted where the nodes will be on screen.
      renderer.refresh({ skipIndexation: !reindex });
      const placed = nodes.flatMap((node) => {
        const d = renderer.getNodeDisplayData(node);
        if (!d || d.hidden) return [];
        const at = renderer.framedGraphToViewport(d);
        return [{ key: node, x: at.x, y: at.y, radius: renderer.scaleSize(d.size), label: d.label ?? '' }];
      });
      const moved = spreadLabels(placed);
      if (moved.size === 0) return;
      renderer.setCustomBBox(baseBBox ?? renderer.getBBox());
      for (const [node, at] of moved) {
        const { x, y } = graph.getNodeAttributes(node);
        state.displaced.set(node, { x, y });
        graph.mergeNodeAttributes(node, renderer.viewportToGraph(at));
      }
      renderer.refresh();
    },
    unspread() {
      if (unspread()) renderer.refresh();
    },
    onChange(listener) {
      listeners.push(listener);
    },
    kill() {
      renderer.kill();
    },
  };
  return viewer;
}
