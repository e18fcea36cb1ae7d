import { describe, expect, it } from 'vitest';

import { investmentPairs, readInvestments } from '../../src/extract/read-investments.ts';
import { relationsRead, resolvedMentions } from './snippets.ts';

const investments = (text: string) => relationsRead(text, [readInvestments]);
/** [company, target] of each pair investmentPairs reads in a one-sentence text. */
const pairs = (text: string) => {
  const { text: normal, mentions } = resolvedMentions(text);
  return investmentPairs(mentions, normal).map(([c, t]) => [c.name, t.name]);
};

describe('readInvestments', () => {
  it('reads a company settling at a place named after it in its clause', () => {
    expect(investments('比亚迪在喀什市落户。')).toEqual([['比亚迪股份有限公司', 'invests_in', '喀什市']]);
  });

  it('gives every company joined by 与 the place they sign at', () => {
    expect(investments('比亚迪与天津纺织集团在喀什市签约。')).toEqual([
      ['天津纺织集团', 'invests_in', '喀什市'],
      ['比亚迪股份有限公司', 'invests_in', '喀什市'],
    ]);
  });

  it('reads what a company invests in (…投资的若羌神山矿业)', () => {
    expect(investments('神威药业投资的若羌神山矿业项目开工。')).toEqual([['神威药业', 'invests_in', '若羌神山矿业']]);
  });

  it('reads the park a company is set up in (入驻…工业园的…有限公司)', () => {
    expect(investments('入驻于田天津工业园的新疆鸿荣轻工有限公司投产。')).toEqual([['新疆鸿荣轻工有限公司', 'invests_in', '于田天津工业园']]);
  });

  it('reads the place that brings companies in as where they invest', () => {
    expect(investments('阿克苏市先后引入阿里巴巴、京东等企业。')).toEqual([
      ['京东集团', 'invests_in', '阿克苏市'],
      ['阿里巴巴集团', 'invests_in', '阿克苏市'],
    ]);
  });

  it('reads the owners of a company as investing in it (是由A、B共同投资成立的)', () => {
    expect(investments('新疆鸿荣轻工有限公司是由鸿星尔克、天津纺织集团共同投资成立的。')).toEqual([
      ['天津纺织集团', 'invests_in', '新疆鸿荣轻工有限公司'],
      ['鸿星尔克', 'invests_in', '新疆鸿荣轻工有限公司'],
    ]);
  });

  it('reads no investment in a clause without an investment verb (董事长…考察)', () => {
    expect(investments('天津纺织集团董事长在喀什市考察。')).toEqual([]);
  });

  // The park a company lies in (位于…的).
  it('reads the park a company lies in (位于…工业园的…有限公司)', () => {
    expect(investments('位于于田天津工业园的新疆鸿荣轻工有限公司投产。')).toEqual([['新疆鸿荣轻工有限公司', 'invests_in', '于田天津工业园']]);
  });
});

describe('investmentPairs', () => {
  it('pairs each company with the recipient places after it, up to the next company that opens its own clause', () => {
    expect(pairs('天津金开新能在昌吉投资，天津荣程在和田投资。')).toEqual([
      ['天津金开新能', '昌吉回族自治州'],
      ['天津荣程', '和田地区'],
    ]);
  });

  it('pairs no company with a donor place', () => {
    expect(pairs('天津荣程在天津市投资。')).toEqual([]);
  });

  it('reads a place set before the clause as where the company invests, a semicolon ending its clause', () => {
    expect(investments('在于田县，天津食品集团有限公司投资建设肉羊养殖基地；在民丰县，新疆津垦奥群农牧科技有限公司建成饲料厂。')).toEqual([
      ['天津食品集团有限公司', 'invests_in', '于田县'],
      ['新疆津垦奥群农牧科技有限公司', 'invests_in', '民丰县'],
    ]);
  });
});
