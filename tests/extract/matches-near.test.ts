import { describe, expect, it } from 'vitest';

import { matchesNear } from '../../src/extract/matches-near.ts';

const scan = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1], m[2]]);
const near = (find: (text: string) => RegExpExecArray[], text: string) => find(text).map((m) => [m.index, m[0], m[1], m[2]]);

describe('matchesNear', () => {
  const TRAIN = /([\u4e00-\u9fff]{2,8}(?:——|·)?[\u4e00-\u9fff]{0,6}?号)(?=(?:援疆)?(?:旅游)?(?:专列|列车|班列))|(?<=^|[，。；、,;\s])([\u4e00-\u9fff]{2,6}班列)/gu;
  const EVENT = /([\u4e00-\u9fff·]{4,20}?(?:交易会|博览会|文化节))/gu;
  const TEXTS = [
    '好客山东——喀什号援疆旅游专列抵达喀什站，青喀班列首发。',
    '青喀班列，中欧班列和“喀什号”列车',
    '中国新疆喀什·中亚南亚商品交易会开幕，喀什文化节同期举办，第八届亚欧博览会。',
    '没有任何名称的句子。',
    '',
    '交易会交易会交易会',
    '号专列',
  ];

  it.each(TEXTS)('finds what a scan of the whole text finds: %s', (text) => {
    expect(near(matchesNear(TRAIN, ['专列', '列车', '班列'], 21), text)).toEqual(scan(TRAIN, text));
    expect(near(matchesNear(EVENT, ['交易会', '博览会', '文化节'], 20), text)).toEqual(scan(EVENT, text));
  });

  it('finds nothing without a head word', () => {
    expect(matchesNear(EVENT, ['交易会'], 20)('中国新疆喀什商品展')).toEqual([]);
  });
});
