// What sigma draws for each node and edge, given the state: the bodies of its nodeReducer/edgeReducer.
// Pure and sigma-free so the rules are unit-tested.
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from './load-graph.ts';
import { sceneNodes } from './scene.ts';
import { inTime, isTimeFiltered } from './time-range.ts';
import { isExploring } from './view-state.ts';
import type { ViewState } from './view-state.ts';

export const DIM_NODE_COLOR = '#e2e2e2';
export const DIM_EDGE_COLOR = '#efefef';
export const PATH_EDGE_COLOR = '#d62728';
/** Labels forced on at once: past this, the biggest nodes of a focus or an answer keep theirs. */
export const MAX_FORCED_LABELS = 80;

/** Sets computed from the state when it changes, so the reducers stay O(1) per item. */
export interface DerivedView {
  /** Nodes removed by the filters, or left out of the scene while exploring. */
  hidden: Set<string>;
  /** The node whose neighbourhood is shown (see `focusNode`). */
  focus: string | null;
  focusNeighbours: Set<string>;
  /** Nodes whose labels are drawn whatever the label grid says: the focus or the answer first. */
  labelled: Set<string>;
  /**
   * Big graphs: the focus only emphasises its neighbourhood and leaves every other item as it
   * was, so a hover redraws O(degree) items instead of the whole graph.
   */
  lightFocus: boolean;
}

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeDisplay {
  color: string;
  size: number;
  hidden: boolean;
  zIndex: number;
}

/**
 * Nodes the filters remove: their type is off, their degree is below the minimum, or, while
 * exploring, no expansion or pin reaches them. The selected node and the nodes of a query answer
 * stay, so a shared link or a path never loses its subject.
 */
export function filteredOutNodes(graph: ViewGraph, state: ViewState): Set<string> {
  const hidden = new Set<string>();
  const scene = isExploring(state) ? sceneNodes(graph, state.expansions, state.pins, state.hiddenEdgeTypes) : null;
  const timed = isTimeFiltered(state.time);
  if (state.hiddenNodeTypes.size === 0 && state.minDegree <= 0 && !scene && !timed) return hidden;
  graph.forEachNode((node, a) => {
    if (node === state.selected || state.highlight?.nodes.has(node)) return;
    if (state.hiddenNodeTypes.has(a.kind) || a.degree < state.minDegree || (scene && !scene.has(node)) || (timed && !inTime(a, state.time))) hidden.add(node);
  });
  return hidden;
}

/** Hover leads; then a query answer (no focus, so the path shows); then the selected node. */
export function focusNode(state: ViewState): string | null {
  if (state.hovered) return state.hovered;
  if (state.highlight) return null;
  return state.selected;
}

/** Neighbours of `node` over edges the filters keep, both directions. */
export function visibleNeighbours(graph: ViewGraph, node: string, state: ViewState, hidden: Set<string>): Set<string> {
  const out = new Set<string>();
  if (!graph.hasNode(node)) return out;
  graph.forEachEdge(node, (_edge, a, source, target) => {
    if (state.hiddenEdgeTypes.has(a.kind)) return;
    const other = source === node ? target : source;
    if (!hidden.has(other)) out.add(other);
  });
  return out;
}

export function deriveView(
  graph: ViewGraph,
  state: ViewState,
  hidden = filteredOutNodes(graph, state),
  lightFocus = false,
): DerivedView {
  const focus = focusNode(state);
  const focusNeighbours = focus ? visibleNeighbours(graph, focus, state, hidden) : new Set<string>();
  return { hidden, focus, focusNeighbours, labelled: labelledNodes(graph, state, focus, focusNeighbours), lightFocus };
}

/** The picked part of an answer, the answer, then the focus with its neighbours, biggest first. */
function labelledNodes(graph: ViewGraph, state: ViewState, focus: string | null, neighbours: Set<string>): Set<string> {
  const labelled = new Set<string>();
  const take = (nodes: Iterable<string>) => {
    const bySize = [...nodes].filter((n) => graph.hasNode(n)).sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'));
    for (const node of bySize) {
      if (labelled.size >= MAX_FORCED_LABELS) return;
      labelled.add(node);
    }
  };
  if (state.emphasis) take(state.emphasis.nodes);
  if (focus) take([focus]);
  if (state.highlight) take(state.highlight.nodes);
  if (focus) take(neighbours);
  return labelled;
}

export function nodeDisplay(node: string, a: ViewNodeAttributes, state: ViewState, view: DerivedView): NodeDisplay {
  const selected = node === state.selected;
  const display: NodeDisplay = {
    x: a.x,
    y: a.y,
    size: a.size,
    color: a.color,
    label: a.label,
    hidden: false,
    highlighted: selected,
    forceLabel: selected || view.labelled.has(node),
    zIndex: selected ? 2 : 0,
  };
  if (view.hidden.has(node)) return { ...display, hidden: true };

  if (view.focus && !view.lightFocus) {
    if (node === view.focus) return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
    if (view.focusNeighbours.has(node)) return { ...display, zIndex: Math.max(display.zIndex, 1) };
    return dim(display);
  }
  let shown = display;
  if (state.highlight) {
    if (!state.highlight.nodes.has(node)) shown = dim(display);
    else if (state.emphasis?.nodes.has(node)) shown = { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
    else shown = { ...display, zIndex: Math.max(display.zIndex, 1) };
  }
  if (view.focus && (node === view.focus || view.focusNeighbours.has(node))) {
    const focused = node === view.focus;
    return {
      ...shown,
      color: a.color,
      label: a.label,
      forceLabel: true,
      highlighted: shown.highlighted || focused,
      zIndex: focused ? 2 : Math.max(shown.zIndex, 1),
    };
  }
  return shown;
}

export function edgeDisplay(
  edge: string,
  a: ViewEdgeAttributes,
  source: string,
  target: string,
  state: ViewState,
  view: DerivedView,
): EdgeDisplay {
  const display: EdgeDisplay = { color: a.color, size: a.size, hidden: false, zIndex: 0 };
  if (state.hiddenEdgeTypes.has(a.kind) || view.hidden.has(source) || view.hidden.has(target) || !edgeInTime(edge, a, state))
    return { ...display, hidden: true };

  const touchesFocus = view.focus !== null && (source === view.focus || target === view.focus);
  if (view.focus && !view.lightFocus) {
    // Only the focused node's edges: everything else would be noise around it.
    if (touchesFocus) return { ...display, size: display.size + 0.5, zIndex: 1 };
    return { ...display, hidden: true };
  }
  let shown = display;
  if (state.highlight) {
    if (!state.highlight.edges.has(edge)) shown = { ...display, color: DIM_EDGE_COLOR };
    else if (state.emphasis?.edges.has(edge)) shown = { ...display, color: PATH_EDGE_COLOR, size: display.size + 4, zIndex: 2 };
    else shown = { ...display, color: PATH_EDGE_COLOR, size: display.size + 2, zIndex: 1 };
  }
  if (touchesFocus) return { ...shown, color: shown.color === DIM_EDGE_COLOR ? a.color : shown.color, size: shown.size + 1, zIndex: 1 };
  return shown;
}

/** The time slicer hides an edge out of its years, unless it is part of the answer shown. */
export function edgeInTime(edge: string, a: { firstSeen?: string; lastSeen?: string }, state: Pick<ViewState, 'time' | 'highlight'>): boolean {
  return !isTimeFiltered(state.time) || state.highlight?.edges.has(edge) === true || inTime(a, state.time);
}

function dim(display: NodeDisplay): NodeDisplay {
  return { ...display, color: DIM_NODE_COLOR, label: null, forceLabel: false, highlighted: false, zIndex: 0 };
}
