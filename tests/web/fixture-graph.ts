// A small graph in the server's export format (graphology `export()`), shaped like the seed graph.
const ev = (article: string, sentence: string, start: number) => ({ article, sentence, start, end: start + sentence.length });

export function fixtureExport() {
  const node = (key: string, type: string, extra: Record<string, unknown> = {}) => ({
    key,
    attributes: { label: key, type, aliases: [], mentions: 1, articles: ['a1'], x: 0, y: 0, size: 5, color: '#000', ...extra },
  });
  const edge = (source: string, type: string, target: string, evidence: unknown[] = []) => ({
    key: `${source}|${type}|${target}`,
    source,
    target,
    attributes: { type, evidence, weight: Math.max(1, evidence.length) },
  });
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: {},
    nodes: [
      node('天津市', 'province', { aliases: ['天津'], mentions: 6, x: -10, y: 0 }),
      node('和田地区', 'prefecture', { aliases: ['和田'], mentions: 3, x: 0, y: 0 }),
      node('策勒县', 'county', { mentions: 2, x: 5, y: 5 }),
      node('策勒县第一小学', 'school', { aliases: ['策勒县第一小学', '策勒縣第一小學'], mentions: 1, x: 10, y: 10 }),
      node('江西省', 'province', { aliases: ['赣'], mentions: 4, x: -20, y: 20 }),
      node('阿克陶县', 'county', { mentions: 0, x: 20, y: -20 }),
    ],
    edges: [
      edge('天津市', 'supports', '和田地区', [ev('a1', '天津市对口支援和田地区。', 10)]),
      edge('天津市', 'supports', '策勒县', [ev('a1', '天津援建策勒县。', 40), ev('a2', '天津市持续帮扶策勒县。', 5)]),
      edge('策勒县', 'located_in', '和田地区'),
      edge('策勒县第一小学', 'located_in', '策勒县'),
      edge('天津市', 'supports', '策勒县第一小学', [ev('a2', '天津市援助策勒县第一小学建设。', 30)]),
      edge('江西省', 'supports', '阿克陶县', [ev('a3', '江西省对口支援阿克陶县。', 0)]),
    ],
  };
}
