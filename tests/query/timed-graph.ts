// A graph built from short dated articles in real article language, for time windows and totals.
import { extractArticle } from '../../src/extract/extract-article.ts';
import { buildGraph } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/build.ts';

export const TIMED_ARTICLES = [
  { id: 'a2019', date: '2019-05-10', text: '2019年，天津市对口支援于田县，投入援疆资金5000万元。北京市对口支援和田市。' },
  { id: 'b2024', date: '2024-03-01', text: '2023年以来，天津市对口支援策勒县，投入援疆资金8800万元。' },
  { id: 'c2025', date: '2025-07-07', text: '“十四五”以来，天津市对口支援于田县，累计投入援疆资金12.6亿元，实施援疆项目86个。' },
  { id: 'd2025', date: '2025-08-01', text: '天津援疆前指表示，“十四五”以来天津市对口支援于田县累计投入援疆资金12.6亿元。' },
  { id: 'e2025', date: '2025-09-01', text: '天津市对口支援和田地区，累计投入援疆资金20亿元。' },
  { id: 'undated', text: '江西省对口支援阿克陶县，投入援疆资金3亿元。' },
];

export function timedGraph(): KgGraph {
  return buildGraph(TIMED_ARTICLES.map((a) => extractArticle(a)));
}
