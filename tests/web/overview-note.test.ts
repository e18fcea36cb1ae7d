import { describe, expect, it } from 'vitest';

import { modeUrl, overviewNoteText, wantsWholeGraph } from '../../web/src/overview-note.ts';

describe('overviewNoteText', () => {
  it('says what the overview shows and how much it hides, with grouped digits', () => {
    expect(overviewNoteText({ total: { nodes: 37_922, edges: 65_249 }, loaded: { nodes: 1_230, edges: 10_749 }, topNodes: 1_000 })).toBe(
      '概览：PageRank 最高的 1,000 个节点及全部省、地州（共显示 1,230 个节点）。已隐藏 36,692 个节点、54,500 条关系；双击节点或搜索可加入其邻居。',
    );
  });
});

describe('modeUrl', () => {
  it.each([
    ['', true, '?all=1'],
    ['?node=天津市&hide=company', true, `?${new URLSearchParams({ node: '天津市', hide: 'company', all: '1' })}`],
    ['?all=1&hide=company', false, '?hide=company'],
    ['?all=1', false, '?'],
  ])('%s, all=%s → %s', (search, all, expected) => {
    expect(modeUrl(search, all)).toBe(expected);
  });
});

describe('wantsWholeGraph', () => {
  it.each([
    ['?all=1', true],
    ['?all=true', true],
    ['?all=0', false],
    ['?node=x', false],
    ['', false],
  ])('%s → %s', (search, expected) => {
    expect(wantsWholeGraph(search)).toBe(expected);
  });
});
