import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import {
  DIM_EDGE_COLOR,
  DIM_NODE_COLOR,
  PATH_EDGE_COLOR,
  deriveView,
  edgeDisplay,
  filteredOutNodes,
  focusNode,
  nodeDisplay,
} from '../../web/src/reducers.ts';
import { type ViewState, initialState } from '../../web/src/view-state.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());

function render(patch: Partial<ViewState>, lightFocus = false) {
  const state = { ...initialState(), ...patch };
  const view = deriveView(graph, state, undefined, lightFocus);
  const node = (key: string) => nodeDisplay(key, graph.getNodeAttributes(key), state, view);
  const edge = (key: string) =>
    edgeDisplay(key, graph.getEdgeAttributes(key), graph.source(key), graph.target(key), state, view);
  return { node, edge };
}

describe('filteredOutNodes', () => {
  it('hides nodes of switched-off types', () => {
    const hidden = filteredOutNodes(graph, { ...initialState(), hiddenNodeTypes: new Set(['county']) });
    expect([...hidden].sort()).toEqual(['策勒县', '阿克陶县'].sort());
  });

  it('hides nodes below the minimum degree', () => {
    const hidden = filteredOutNodes(graph, { ...initialState(), minDegree: 2 });
    expect(hidden.has('阿克陶县')).toBe(true);
    expect(hidden.has('天津市')).toBe(false);
  });

  it('never hides the selected node or the nodes of a query answer', () => {
    const hidden = filteredOutNodes(graph, {
      ...initialState(),
      hiddenNodeTypes: new Set(['county', 'school']),
      selected: '阿克陶县',
      highlight: { nodes: new Set(['策勒县第一小学']), edges: new Set() },
    });
    expect(hidden).toEqual(new Set(['策勒县']));
  });
});

describe('focusNode', () => {
  it('prefers the hovered node, then a query answer (no focus), then the selection', () => {
    const highlight = { nodes: new Set(['天津市']), edges: new Set<string>() };
    expect(focusNode({ ...initialState(), hovered: 'a', selected: 'b', highlight })).toBe('a');
    expect(focusNode({ ...initialState(), selected: 'b', highlight })).toBeNull();
    expect(focusNode({ ...initialState(), selected: 'b' })).toBe('b');
  });
});

describe('nodeDisplay', () => {
  it('draws every node in its type colour when nothing is focused', () => {
    const { node } = render({});
    expect(node('天津市')).toMatchObject({ color: '#332288', hidden: false, label: '天津市' });
  });

  it('on hover keeps the neighbourhood and dims the rest without labels', () => {
    const { node } = render({ hovered: '策勒县' });
    expect(node('策勒县')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node('天津市').color).toBe('#332288');
    expect(node('策勒县第一小学').color).not.toBe(DIM_NODE_COLOR);
    expect(node('江西省')).toMatchObject({ color: DIM_NODE_COLOR, label: null });
  });

  it('ignores neighbours reached only through hidden edge types', () => {
    const { node } = render({ hovered: '策勒县', hiddenEdgeTypes: new Set(['located_in']) });
    expect(node('策勒县第一小学').color).toBe(DIM_NODE_COLOR);
    expect(node('天津市').color).not.toBe(DIM_NODE_COLOR);
  });

  it('labels the nodes of a query answer and dims the others', () => {
    const { node } = render({ highlight: { nodes: new Set(['天津市', '策勒县第一小学']), edges: new Set() } });
    expect(node('天津市')).toMatchObject({ forceLabel: true, color: '#332288' });
    expect(node('和田地区').color).toBe(DIM_NODE_COLOR);
  });

  it('hides filtered nodes', () => {
    const { node } = render({ hiddenNodeTypes: new Set(['province']) });
    expect(node('天津市').hidden).toBe(true);
    expect(node('和田地区').hidden).toBe(false);
  });

  it('marks the selected node', () => {
    const { node } = render({ selected: '和田地区' });
    expect(node('和田地区')).toMatchObject({ highlighted: true, forceLabel: true });
  });
});

describe('edgeDisplay', () => {
  it('draws edges in their type colour', () => {
    const { edge } = render({});
    expect(edge('天津市|supports|和田地区')).toMatchObject({ color: '#EE7733', hidden: false });
  });

  it('hides edges of switched-off types and edges to hidden nodes', () => {
    const { edge } = render({ hiddenEdgeTypes: new Set(['located_in']), hiddenNodeTypes: new Set(['school']) });
    expect(edge('策勒县|located_in|和田地区').hidden).toBe(true);
    expect(edge('天津市|supports|策勒县第一小学').hidden).toBe(true);
    expect(edge('天津市|supports|策勒县').hidden).toBe(false);
  });

  it('on focus shows only the focused node’s edges', () => {
    const { edge } = render({ selected: '江西省' });
    expect(edge('江西省|supports|阿克陶县').hidden).toBe(false);
    expect(edge('天津市|supports|和田地区').hidden).toBe(true);
  });

  it('paints the path edges of a query answer and dims the others', () => {
    const { edge } = render({
      highlight: { nodes: new Set(['天津市', '策勒县第一小学']), edges: new Set(['天津市|supports|策勒县第一小学']) },
    });
    expect(edge('天津市|supports|策勒县第一小学')).toMatchObject({ color: PATH_EDGE_COLOR, zIndex: 1 });
    expect(edge('天津市|supports|和田地区').color).toBe(DIM_EDGE_COLOR);
  });
});

describe('light focus (big graphs)', () => {
  it('labels the hovered node and its neighbours and leaves the others untouched', () => {
    const light = render({ hovered: '策勒县' }, true);
    const plain = render({}, true);
    expect(light.node('策勒县')).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
    expect(light.node('天津市')).toMatchObject({ forceLabel: true, color: '#332288' });
    expect(light.node('江西省')).toEqual(plain.node('江西省'));
    expect(light.edge('江西省|supports|阿克陶县')).toEqual(plain.edge('江西省|supports|阿克陶县'));
  });

  it('thickens the hovered node’s edges, restoring their colour under a query answer', () => {
    const highlight = { nodes: new Set(['天津市', '和田地区']), edges: new Set(['天津市|supports|和田地区']) };
    const { edge } = render({ hovered: '策勒县', highlight }, true);
    expect(edge('策勒县|located_in|和田地区')).toMatchObject({ color: '#BBBBBB', zIndex: 1 });
    expect(edge('天津市|supports|和田地区').color).toBe(PATH_EDGE_COLOR);
    expect(edge('江西省|supports|阿克陶县').color).toBe(DIM_EDGE_COLOR);
  });
});

describe('exploring', () => {
  it('shows only what the expansions and pins reach, keeping the selection and an answer', () => {
    const state = { ...initialState(), expansions: [{ node: '江西省', hops: 1 as const, via: [] }], pins: new Set(['和田地区']) };
    expect(filteredOutNodes(graph, state)).toEqual(new Set(['天津市', '策勒县', '策勒县第一小学']));
    const withSelection = { ...state, selected: '天津市', highlight: { nodes: new Set(['策勒县']), edges: new Set<string>() } };
    expect(filteredOutNodes(graph, withSelection)).toEqual(new Set(['策勒县第一小学']));
  });
});

describe('labels of a focus and an answer', () => {
  it('labels every neighbour of the focused node, not only the biggest', () => {
    const { node } = render({ selected: '策勒县' });
    for (const key of ['策勒县', '天津市', '和田地区', '策勒县第一小学']) expect(node(key).forceLabel, key).toBe(true);
    expect(node('江西省')).toMatchObject({ forceLabel: false, label: null });
  });

  it('puts the picked row of an answer in front, its edges thicker than the rest of the answer', () => {
    const highlight = { nodes: new Set(['天津市', '策勒县', '策勒县第一小学']), edges: new Set(['天津市|supports|策勒县', '策勒县第一小学|located_in|策勒县']) };
    const emphasis = { nodes: new Set(['天津市', '策勒县']), edges: new Set(['天津市|supports|策勒县']) };
    const { node, edge } = render({ highlight, emphasis });
    expect(node('策勒县')).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 2 });
    expect(node('策勒县第一小学')).toMatchObject({ highlighted: false, forceLabel: true, zIndex: 1 });
    expect(edge('天津市|supports|策勒县').size).toBeGreaterThan(edge('策勒县第一小学|located_in|策勒县').size);
  });

});
