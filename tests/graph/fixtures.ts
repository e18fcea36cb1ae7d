// Two extractions in real article language: the same pairing (江西省 → 阿克陶县) read
// from a Simplified and a Traditional article, plus gazetteer knowledge.
import type { Evidence, Extraction } from '../../src/types.ts';

export const ARTICLE_1 =
  '江西省对口支援新疆工作如同一条纽带，把赣鄱大地与帕米尔高原紧紧相连。南昌大学第一附属医院组团式帮扶阿克陶县人民医院。';
export const ARTICLE_2 = '近日，江西省對口支援阿克陶縣教育工作取得新進展，阿克陶縣人民醫院新增遠程會診中心。';

/** Evidence for `sentence`, with offsets found in `text`. */
export function evidenceIn(article: string, text: string, sentence: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: "${sentence}" not in article ${article}`);
  return { article, sentence, start, end: start + sentence.length };
}

const supportSentence1 = '江西省对口支援新疆工作如同一条纽带，把赣鄱大地与帕米尔高原紧紧相连。';
const hospitalSentence1 = '南昌大学第一附属医院组团式帮扶阿克陶县人民医院。';
const supportSentence2 = '近日，江西省對口支援阿克陶縣教育工作取得新進展，阿克陶縣人民醫院新增遠程會診中心。';

export const EXTRACTION_1: Extraction = {
  article: 'jx-2023-001',
  entities: [
    { name: '江西省', type: 'province', aliases: ['赣'], mentions: 1 },
    { name: '阿克陶县', type: 'county', aliases: ['阿克陶县'], mentions: 1 },
    { name: '克孜勒苏柯尔克孜自治州', type: 'prefecture', aliases: ['克州'], mentions: 0 },
    { name: '南昌大学第一附属医院', type: 'hospital', aliases: ['南大一附院'], mentions: 1 },
    { name: '阿克陶县人民医院', type: 'hospital', aliases: [], mentions: 1 },
  ],
  relations: [
    { source: '江西省', target: '阿克陶县', type: 'supports', evidence: [evidenceIn('jx-2023-001', ARTICLE_1, supportSentence1)] },
    { source: '南昌大学第一附属医院', target: '阿克陶县人民医院', type: 'supports', evidence: [evidenceIn('jx-2023-001', ARTICLE_1, hospitalSentence1)] },
    { source: '阿克陶县', target: '克孜勒苏柯尔克孜自治州', type: 'located_in', evidence: [] },
  ],
};

export const EXTRACTION_2: Extraction = {
  article: 'jx-2023-002',
  entities: [
    { name: '江西省', type: 'province', aliases: ['江西'], mentions: 1 },
    { name: '阿克陶县', type: 'county', aliases: ['阿克陶縣'], mentions: 2 },
    { name: '阿克陶县人民医院', type: 'hospital', aliases: ['阿克陶縣人民醫院'], mentions: 1 },
    { name: '克孜勒苏柯尔克孜自治州', type: 'prefecture', aliases: [], mentions: 0 },
  ],
  relations: [
    { source: '江西省', target: '阿克陶县', type: 'supports', evidence: [evidenceIn('jx-2023-002', ARTICLE_2, supportSentence2)] },
    { source: '阿克陶县', target: '克孜勒苏柯尔克孜自治州', type: 'located_in', evidence: [] },
  ],
};
