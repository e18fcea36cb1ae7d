// The viewer's state as one plain object, and its round trip through the URL so a view can be shared.
import type { SizeBy } from './load-graph.ts';

export interface CameraPosition {
  x: number;
  y: number;
  ratio: number;
}

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface ViewState {
  /** Node whose panel is open. */
  selected: string | null;
  /** Node under the pointer (not shared in the URL). */
  hovered: string | null;
  hiddenNodeTypes: Set<string>;
  hiddenEdgeTypes: Set<string>;
  minDegree: number;
  sizeBy: SizeBy;
  /** Last console query; its answer is the highlight. */
  query: string;
  highlight: Highlight | null;
  camera: CameraPosition | null;
}

export function initialState(): ViewState {
  return {
    selected: null,
    hovered: null,
    hiddenNodeTypes: new Set(),
    hiddenEdgeTypes: new Set(),
    minDegree: 0,
    sizeBy: 'degree',
    query: '',
    highlight: null,
    camera: null,
  };
}

/** The part of the state that goes in the URL, and nothing else. */
export type SharedState = Pick<
  ViewState,
  'selected' | 'hiddenNodeTypes' | 'hiddenEdgeTypes' | 'minDegree' | 'sizeBy' | 'query' | 'camera'
>;

const OWN_PARAMS = ['node', 'q', 'hide', 'hideEdges', 'minDegree', 'size', 'cam'];

/**
 * Writes the shared state over `base` (other parameters, such as `graph`, are kept) and returns
 * the query string without `?`. Defaults are left out so plain views get short URLs.
 */
export function encodeViewState(state: SharedState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const name of OWN_PARAMS) params.delete(name);
  if (state.selected) params.set('node', state.selected);
  if (state.query) params.set('q', state.query);
  if (state.hiddenNodeTypes.size) params.set('hide', [...state.hiddenNodeTypes].sort().join(','));
  if (state.hiddenEdgeTypes.size) params.set('hideEdges', [...state.hiddenEdgeTypes].sort().join(','));
  if (state.minDegree > 0) params.set('minDegree', String(state.minDegree));
  if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('cam', [x, y, ratio].map((v) => Number(v.toFixed(4))).join(','));
  }
  return params.toString();
}

/** Reads what `encodeViewState` wrote; malformed values fall back to defaults rather than throwing. */
export function decodeViewState(search: string): SharedState {
  const params = new URLSearchParams(search);
  const defaults = initialState();
  const list = (name: string) =>
    new Set(
      (params.get(name) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  const minDegree = Number(params.get('minDegree'));
  const cam = (params.get('cam') ?? '').split(',').map(Number);
  return {
    selected: params.get('node') || null,
    query: params.get('q') ?? '',
    hiddenNodeTypes: list('hide'),
    hiddenEdgeTypes: list('hideEdges'),
    minDegree: Number.isInteger(minDegree) && minDegree > 0 ? minDegree : defaults.minDegree,
    sizeBy: params.get('size') === 'mentions' ? 'mentions' : 'degree',
    camera:
      cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0 ? { x: cam[0], y: cam[1], ratio: cam[2] } : null,
  };
}
