import { describe, expect, it } from 'vitest';

import { collectRelations } from '../../src/extract/collect-relations.ts';
import type { FoundRelation } from '../../src/extract/find-relations.ts';
import { normalise } from '../../src/ingest/normalise.ts';
import type { Relation } from '../../src/types.ts';

describe('collectRelations', () => {
  const text = '江西省對口支援阿克陶縣。 阿克陶縣人民醫院得到江西省幫扶。';
  const article = { id: 'a1', text };
  const doc = normalise(article);
  const first = { start: 0, end: doc.text.indexOf('。') + 1 };
  const second = { start: first.end, end: doc.text.length };
  const found: FoundRelation[] = [
    { source: '江西省', target: '阿克陶县', type: 'supports', sentence: first },
    { source: '江西省', target: '阿克陶县人民医院', type: 'supports', sentence: second },
    { source: '江西省', target: '阿克陶县人民医院', type: 'supports', sentence: second },
    { source: '江西省', target: '阿克陶县', type: 'supports', sentence: second },
  ];

  it('keys each relation source|type|target, with one evidence item per sentence however many rules read it', () => {
    const relations = collectRelations(article, doc, found);
    expect([...relations.entries()].map(([key, r]) => [key, r.evidence.map((e) => e.sentence)])).toEqual([
      ['江西省|supports|阿克陶县', ['江西省對口支援阿克陶縣。', '阿克陶縣人民醫院得到江西省幫扶。']],
      ['江西省|supports|阿克陶县人民医院', ['阿克陶縣人民醫院得到江西省幫扶。']],
    ]);
  });

  it('gives the sentence as written (trimmed), with the offsets of its span in the article', () => {
    const [evidence] = collectRelations(article, doc, found).get('江西省|supports|阿克陶县人民医院')!.evidence;
    expect(evidence).toEqual({ article: 'a1', sentence: '阿克陶縣人民醫院得到江西省幫扶。', start: text.indexOf('。') + 1, end: text.length });
    expect(text.slice(evidence!.start, evidence!.end).trim()).toBe(evidence!.sentence);
  });

  it("gives each found relation's Relation in order when asked, the one its key names", () => {
    const relationOf: Relation[] = [];
    const relations = collectRelations(article, doc, found, relationOf);
    expect(relationOf).toHaveLength(found.length);
    found.forEach((r, i) => expect(relationOf[i]).toBe(relations.get(`${r.source}|${r.type}|${r.target}`)));
  });
});
