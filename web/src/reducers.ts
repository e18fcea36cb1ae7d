// What sigma draws for each node and edge, given the state: the bodies of its nodeReducer/edgeReducer.
// Pure and sigma-free so the rules are unit-tested.
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from './load-graph.ts';
import type { ViewState } from './view-state.ts';

export const DIM_NODE_COLOR = '#e2e2e2';
export const DIM_EDGE_COLOR = '#efefef';
export const PATH_EDGE_COLOR = '#d62728';

/** Sets computed from the state when it changes, so the reducers stay O(1) per item. */
export interface DerivedView {
  /** Nodes removed by the filters. */
  hidden: Set<string>;
  /** The node whose neighbourhood is shown (see `focusNode`). */
  focus: string | null;
  focusNeighbours: Set<string>;
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
 * Nodes the filters remove: their type is off or their degree is below the minimum. The selected
 * node and the nodes of a query answer stay, so a shared link or a path never loses its subject.
 */
export function filteredOutNodes(graph: ViewGraph, state: ViewState): Set<string> {
  const hidden = new Set<string>();
  if (state.hiddenNodeTypes.size === 0 && state.minDegree <= 0) return hidden;
  graph.forEachNode((node, a) => {
    if (node === state.selected || state.highlight?.nodes.has(node)) return;
    if (state.hiddenNodeTypes.has(a.kind) || a.degree < state.minDegree) hidden.add(node);
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
  return { hidden, focus, focusNeighbours: focus ? visibleNeighbours(graph, focus, state, hidden) : new Set(), lightFocus };
}

export function nodeDisplay(node: string, a: ViewNodeAttributes, state: ViewState, view: DerivedView): NodeDisplay {
  const display: NodeDisplay = {
    x: a.x,
    y: a.y,
    size: a.size,
    color: a.color,
    label: a.label,
    hidden: false,
    highlighted: node === state.selected,
    forceLabel: node === state.selected,
    zIndex: node === state.selected ? 2 : 0,
  };
  if (view.hidden.has(node)) return { ...display, hidden: true };

  if (view.focus && !view.lightFocus) {
    if (node === view.focus) return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
    if (view.focusNeighbours.has(node)) return { ...display, zIndex: Math.max(display.zIndex, 1) };
    return dim(display);
  }
  let shown = display;
  if (state.highlight)
    shown = state.highlight.nodes.has(node) ? { ...display, forceLabel: true, zIndex: Math.max(display.zIndex, 1) } : dim(display);
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
  if (state.hiddenEdgeTypes.has(a.kind) || view.hidden.has(source) || view.hidden.has(target))
    return { ...display, hidden: true };

  const touchesFocus = view.focus !== null && (source === view.focus || target === view.focus);
  if (view.focus && !view.lightFocus) {
    // Only the focused node's edges: everything else would be noise around it.
    if (touchesFocus) return { ...display, size: display.size + 0.5, zIndex: 1 };
    return { ...display, hidden: true };
  }
  let shown = display;
  if (state.highlight)
    shown = state.highlight.edges.has(edge)
      ? { ...display, color: PATH_EDGE_COLOR, size: display.size + 2, zIndex: 1 }
      : { ...display, color: DIM_EDGE_COLOR };
  if (touchesFocus)
    return { ...shown, color: shown.color === DIM_EDGE_COLOR ? a.color : shown.color, size: shown.size + 1, zIndex: 1 };
  return shown;
}

function dim(display: NodeDisplay): NodeDisplay {
  return { ...display, color: DIM_NODE_COLOR, label: null, forceLabel: false, highlighted: false, zIndex: 0 };
}
