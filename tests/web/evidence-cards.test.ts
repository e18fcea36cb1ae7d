import { describe, expect, it } from 'vitest';

import { evidenceCards, nodeEvidenceCards, readingOf } from '../../web/src/evidence-cards.ts';
import { loadGraph } from '../../web/src/load-graph.ts';
import { fixtureExport } from './fixture-graph.ts';

describe('evidenceCards', () => {
  it('gives one card per distinct sentence, listing every relation it gives', () => {
    const data = fixtureExport();
    // One sentence of a2 that gives two relations.
    const shared = { article: 'a2', sentence: '天津市援助策勒县第一小学建设。', start: 30, end: 45 };
    data.edges.find((e) => e.key === '天津市|supports|策勒县')!.attributes.evidence.push(shared);
    const graph = loadGraph(data);
    const cards = nodeEvidenceCards(graph, '天津市');
    expect(cards.map((c) => [c.article, c.start, c.relations.map((r) => r.target).sort()])).toEqual([
      ['a1', 10, ['和田地区']],
      ['a1', 40, ['策勒县']],
      ['a2', 5, ['策勒县']],
      ['a2', 30, ['策勒县', '策勒县第一小学']],
    ]);
  });

  it('covers only the edges asked for', () => {
    const graph = loadGraph(fixtureExport());
    expect(evidenceCards(graph, ['江西省|supports|阿克陶县', 'no-such-edge'])).toEqual([
      {
        article: 'a3',
        start: 0,
        end: 12,
        sentence: '江西省对口支援阿克陶县。',
        relations: [{ edge: '江西省|supports|阿克陶县', source: '江西省', kind: 'supports', target: '阿克陶县' }],
      },
    ]);
  });
});

describe('readingOf', () => {
  const readings = [
    { start: 0, end: 10, text: '第一句。' },
    { start: 10, end: 20, text: '第二句。' },
  ];
  it('takes the reading with the same span, else those overlapping it', () => {
    expect(readingOf(readings, 10, 20)).toBe('第二句。');
    expect(readingOf(readings, 5, 15)).toBe('第一句。第二句。');
    expect(readingOf(readings, 30, 40)).toBeNull();
  });
});
