// The viewer's state as one plain object, and its round trip through the URL so a view can be shared.
import { EDGE_TYPES } from '../../src/api/contract.ts';
import type { EdgeType } from '../../src/api/contract.ts';
import { ALL_TIME, formatYears, parseYears } from './time-range.ts';
import type { TimeFilter } from './time-range.ts';

export interface CameraPosition {
  x: number;
  y: number;
  ratio: number;
}

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export const SIZE_BYS = ['degree', 'mentions', 'pagerank', 'betweenness'] as const;
export type SizeBy = (typeof SIZE_BYS)[number];
export const COLOR_BYS = ['type', 'community'] as const;
export type ColorBy = (typeof COLOR_BYS)[number];

/** Neighbours of `node` up to `hops` edges out, over edges of `via` (all types when empty). */
export interface Expansion {
  node: string;
  hops: 1 | 2 | 3;
  via: EdgeType[];
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
  colorBy: ColorBy;
  /** Last console query; its answer is the highlight. */
  query: string;
  highlight: Highlight | null;
  /** The part of the answer the user picked in its table (not in the URL). */
  emphasis: Highlight | null;
  /** While any expansion or pin exists, only what they reach is shown (exploring). */
  expansions: Expansion[];
  pins: Set<string>;
  camera: CameraPosition | null;
  /** Nodes moved apart so focused labels do not overlap, with their own positions (not in the URL). */
  displaced: Map<string, { x: number; y: number }>;
  /** The time slicer: the years shown, and whether undated items show. */
  time: TimeFilter;
}

export function initialState(): ViewState {
  return {
    selected: null,
    hovered: null,
    hiddenNodeTypes: new Set(),
    hiddenEdgeTypes: new Set(),
    minDegree: 0,
    sizeBy: 'degree',
    colorBy: 'type',
    query: '',
    highlight: null,
    emphasis: null,
    expansions: [],
    pins: new Set(),
    camera: null,
    displaced: new Map(),
    time: ALL_TIME,
  };
}

export function isExploring(state: Pick<ViewState, 'expansions' | 'pins'>): boolean {
  return state.expansions.length > 0 || state.pins.size > 0;
}

/** The part of the state that goes in the URL, and nothing else. */
export type SharedState = Pick<
  ViewState,
  'selected' | 'hiddenNodeTypes' | 'hiddenEdgeTypes' | 'minDegree' | 'sizeBy' | 'colorBy' | 'query' | 'expansions' | 'pins' | 'camera' | 'time'
>;

const OWN_PARAMS = ['node', 'q', 'hide', 'hideEdges', 'minDegree', 'size', 'color', 'x', 'pin', 'cam', 'years', 'undated'];

/**
 * Writes the shared state over `base` (other parameters, such as `graph`, are kept) and returns
 * the query string without `?`. Defaults are left out so plain views get short URLs. Each
 * expansion is one `x=HOPS:VIA+VIA:NODE` and each pin one `pin=NODE`: names go last, whole.
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
  if (state.colorBy !== 'type') params.set('color', state.colorBy);
  for (const e of state.expansions) params.append('x', `${e.hops}:${e.via.join('+')}:${e.node}`);
  for (const pin of [...state.pins].sort()) params.append('pin', pin);
  if (state.time.range) params.set('years', formatYears(state.time.range));
  if (!state.time.undated) params.set('undated', '0');
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
  const size = params.get('size');
  const color = params.get('color');
  return {
    selected: params.get('node') || null,
    query: params.get('q') ?? '',
    hiddenNodeTypes: list('hide'),
    hiddenEdgeTypes: list('hideEdges'),
    minDegree: Number.isInteger(minDegree) && minDegree > 0 ? minDegree : defaults.minDegree,
    sizeBy: (SIZE_BYS as readonly string[]).includes(size ?? '') ? (size as SizeBy) : defaults.sizeBy,
    colorBy: (COLOR_BYS as readonly string[]).includes(color ?? '') ? (color as ColorBy) : defaults.colorBy,
    expansions: params.getAll('x').flatMap((value) => {
      const expansion = decodeExpansion(value);
      return expansion ? [expansion] : [];
    }),
    pins: new Set(params.getAll('pin').filter(Boolean)),
    camera:
      cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : null,
    time: { range: parseYears(params.get('years')), undated: params.get('undated') !== '0' },
  };
}

function decodeExpansion(value: string): Expansion | null {
  const match = /^([123]):([a-z_+]*):(.+)$/.exec(value);
  if (!match) return null;
  const via = match[2]!.split('+').filter((t): t is EdgeType => (EDGE_TYPES as readonly string[]).includes(t));
  return { hops: Number(match[1]) as Expansion['hops'], via, node: match[3]! };
}
