import { describe, expect, it } from 'vitest';

import { decodeViewState, encodeViewState, initialState } from '../../web/src/view-state.ts';

describe('encodeViewState / decodeViewState', () => {
  it('round-trips selection, query, filters, size, colour, exploring and camera', () => {
    const state = {
      ...initialState(),
      selected: '阿克陶县人民医院',
      query: 'path 天津 -> 策勒县第一小学',
      hiddenNodeTypes: new Set(['village', 'company']),
      hiddenEdgeTypes: new Set(['located_in']),
      minDegree: 2,
      sizeBy: 'mentions' as const,
      colorBy: 'community' as const,
      expansions: [
        { node: '阿克陶县', hops: 2 as const, via: ['supports' as const, 'located_in' as const] },
        { node: 'A:B,C', hops: 1 as const, via: [] },
      ],
      pins: new Set(['天津市', '江西省']),
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
      time: { range: { from: 2019, to: 2023 }, undated: false },
    };
    const decoded = decodeViewState(encodeViewState(state));
    expect(decoded).toEqual({
      selected: state.selected,
      query: state.query,
      hiddenNodeTypes: state.hiddenNodeTypes,
      hiddenEdgeTypes: state.hiddenEdgeTypes,
      minDegree: 2,
      sizeBy: 'mentions',
      colorBy: 'community',
      expansions: state.expansions,
      pins: state.pins,
      camera: state.camera,
      time: state.time,
    });
  });

  it('keeps the time slicer in the URL as years= and undated=0, and reads bad values as all time', () => {
    const state = { ...initialState(), time: { range: { from: 2024, to: 2024 }, undated: true } };
    expect(encodeViewState(state)).toBe('years=2024');
    expect(decodeViewState('years=2024').time).toEqual(state.time);
    expect(decodeViewState('years=2023-2019&undated=1').time).toEqual({ range: null, undated: true });
    expect(decodeViewState('').time).toEqual({ range: null, undated: true });
  });

  it('writes each expansion and pin as its own parameter, the name last and whole', () => {
    const search = encodeViewState({
      ...initialState(),
      expansions: [{ node: '阿克陶县', hops: 3, via: ['supports'] }],
      pins: new Set(['天津市']),
    });
    const params = new URLSearchParams(search);
    expect(params.getAll('x')).toEqual(['3:supports:阿克陶县']);
    expect(params.getAll('pin')).toEqual(['天津市']);
  });

  it('leaves defaults out of the URL', () => {
    expect(encodeViewState(initialState())).toBe('');
  });

  it('keeps parameters it does not own, such as the bench graph URL', () => {
    const search = encodeViewState({ ...initialState(), selected: '和田地区' }, 'graph=%2Fbig.json&node=old');
    const params = new URLSearchParams(search);
    expect(params.get('graph')).toBe('/big.json');
    expect(params.get('node')).toBe('和田地区');
  });

  it('rounds the camera to 4 decimals', () => {
    const search = encodeViewState({ ...initialState(), camera: { x: 0.123456789, y: 1, ratio: 2 } });
    expect(new URLSearchParams(search).get('cam')).toBe('0.1235,1,2');
  });

  it.each([
    ['minDegree=-3', { minDegree: 0 }],
    ['minDegree=abc', { minDegree: 0 }],
    ['cam=1,2', { camera: null }],
    ['cam=1,2,0', { camera: null }],
    ['cam=a,b,c', { camera: null }],
    ['size=huge', { sizeBy: 'degree' }],
    ['size=pagerank', { sizeBy: 'pagerank' }],
    ['color=rainbow', { colorBy: 'type' }],
    ['x=4::阿克陶县&x=2:helps:天津市&x=nonsense', { expansions: [{ node: '天津市', hops: 2, via: [] }] }],
    ['hide=,,school,', { hiddenNodeTypes: new Set(['school']) }],
  ])('falls back to defaults for malformed %s', (search, expected) => {
    expect(decodeViewState(search)).toMatchObject(expected);
  });
});
