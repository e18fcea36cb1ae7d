import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../src/extract/extract-article.ts';

// Aid and investment relations of a snippet with their time and figures, as
// [source, type, target, time asWritten or '', ["kind asWritten @period", …]].
type Row = [string, string, string, string, string[]];

function factsOf(text: string, date?: string): Row[] {
  const extraction = extractArticle({ id: 'snippet', text, ...(date ? { date } : {}) });
  return extraction.relations
    .filter((r) => r.type === 'supports' || r.type === 'invests_in')
    .map((r): Row => [
      r.source,
      r.type,
      r.target,
      r.evidence.map((e) => e.time?.asWritten ?? '').join('|'),
      (r.amounts ?? []).map((a) => `${a.kind} ${a.asWritten}${a.period ? ` @${a.period.asWritten}` : ''}`),
    ]);
}

describe('extractArticle: time and figures of relations', () => {
  it('gives the figures of a sentence to its aid relation, with the sentence time as their period', () => {
    expect(factsOf('“十四五”以来，江苏省对口支援阿图什市，累计投入援疆资金9.8亿元，实施援疆项目74个。', '2025-07-07')).toEqual([
      ['江苏省', 'supports', '阿图什市', '“十四五”以来', ['money 9.8亿元 @“十四五”以来', 'projects 74个 @“十四五”以来']],
    ]);
  });

  it('gives each figure to the relation of its own clause', () => {
    expect(factsOf('北京市对口支援和田市，投入资金5亿元，深圳市对口支援喀什市，投入资金8亿元。')).toEqual([
      ['北京市', 'supports', '和田市', '', ['money 5亿元']],
      ['深圳市', 'supports', '喀什市', '', ['money 8亿元']],
    ]);
  });

  it('gives each relation the time of its own clause', () => {
    expect(factsOf('2021年，上海市对口支援巴楚县；2023年4月，江西省对口支援阿克陶县。', '2025-07-07')).toEqual([
      ['上海市', 'supports', '巴楚县', '2021年', []],
      ['江西省', 'supports', '阿克陶县', '2023年4月', []],
    ]);
  });

  it('puts the article date on every evidence item', () => {
    const extraction = extractArticle({ id: 'd', text: '广东省对口支援喀什地区。', date: '2024-03-08' });
    expect(extraction.date).toBe('2024-03-08');
    expect(extraction.relations.find((r) => r.type === 'supports')?.evidence.map((e) => e.date)).toEqual(['2024-03-08']);
  });

  it('reads the date a user gives in another form, and ignores one that is not a date', () => {
    expect(extractArticle({ id: 'a', text: '广东省对口支援喀什地区。', date: '2024年3月8日' }).date).toBe('2024-03-08');
    expect(extractArticle({ id: 'b', text: '广东省对口支援喀什地区。', date: 'yesterday' }).date).toBeUndefined();
  });

  it('keeps a figure repeated in two sentences of one article as one fact with two evidence items', () => {
    const extraction = extractArticle({ id: 'r', text: '江苏省对口支援阿图什市，投入援疆资金6500万元。江苏省对口支援阿图什市的6500万元援疆资金已全部到位。' });
    const relation = extraction.relations.find((r) => r.type === 'supports')!;
    expect(relation.amounts?.map((a) => [a.kind, a.value, a.evidence.length])).toEqual([['money', 65_000_000, 2]]);
  });

  it('gives investments only money, projects and jobs', () => {
    expect(factsOf('北京首农食品集团在和田地区投资建设饲料加工厂，总投资3亿元，带动1200人就业，完成手术30例。')).toEqual([
      ['北京首农食品集团', 'invests_in', '和田地区', '', ['money 3亿元', 'jobs 1200人']],
    ]);
  });

  it('reads Traditional sentences', () => {
    expect(factsOf('2023年以來，江蘇省對口支援克孜勒蘇柯爾克孜自治州，累計投入援疆資金十二億元，選派幹部人才三百餘名。', '2025-01-01')).toEqual([
      ['江苏省', 'supports', '克孜勒苏柯尔克孜自治州', '2023年以來', ['money 十二億元 @2023年以來', 'people 三百餘名 @2023年以來']],
    ]);
  });
});
