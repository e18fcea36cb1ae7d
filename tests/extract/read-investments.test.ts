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
  it('gives each company of a list the recipient region it forms joint ventures with (与新疆…合资合作)', () => {
    expect(investments('国家电网、中国华能等企业持续深化与新疆各地合资合作。')).toEqual([
      ['中国华能集团有限公司', 'invests_in', '新疆维吾尔自治区'],
      ['国家电网有限公司', 'invests_in', '新疆维吾尔自治区'],
    ]);
  });

  it('reads the park a company\'s project breaks ground in, named by a donor–recipient pair (在苏疆…产业园开工)', () => {
    expect(investments('计划总投资2亿元的新疆华夏机械有限公司农机装备基地项目在苏疆科创产业园开工。')).toEqual([['新疆华夏机械有限公司', 'invests_in', '苏疆科创产业园']]);
  });

  it('gives the region only where no place inside it is named, and only within the company\'s clause', () => {
    expect(investments('中国华电在新疆哈密市投资建设风电项目。')).toEqual([['中国华电集团有限公司', 'invests_in', '哈密市']]);
    expect(investments('中国大唐新增投资项目12个，新疆已成为其重要市场。')).toEqual([]);
  });

  it('reads a company settling at a place named after it in its clause', () => {
    expect(investments('比亚迪在喀什市落户。')).toEqual([['比亚迪股份有限公司', 'invests_in', '喀什市']]);
  });

  it('gives every company joined by 与 the place they sign at', () => {
    expect(investments('比亚迪与天津纺织集团在喀什市签约。')).toEqual([
      ['天津纺织集团', 'invests_in', '喀什市'],
      ['比亚迪股份有限公司', 'invests_in', '喀什市'],
    ]);
  });

  it('reads what a company invests in (…投资的和田昆仑玉石矿业)', () => {
    expect(investments('康美药业投资的和田昆仑玉石矿业项目开工。')).toEqual([['康美药业', 'invests_in', '和田昆仑玉石矿业']]);
  });

  it('reads the park a company is set up in (入驻…工业园的…有限公司)', () => {
    expect(investments('入驻墨玉北京工业园的新疆京玉服饰有限公司投产。')).toEqual([['新疆京玉服饰有限公司', 'invests_in', '墨玉北京工业园']]);
  });

  it('reads the place that brings companies in as where they invest', () => {
    expect(investments('喀什市相继引进阿里巴巴、京东等企业。')).toEqual([
      ['京东集团', 'invests_in', '喀什市'],
      ['阿里巴巴集团', 'invests_in', '喀什市'],
    ]);
  });

  it('reads the owners of a company as investing in it (是由A、B共同投资成立的)', () => {
    expect(investments('新疆雪峰鞋业有限公司是由安踏、晋江纺织集团共同投资成立的。')).toEqual([
      ['安踏体育用品集团有限公司', 'invests_in', '新疆雪峰鞋业有限公司'],
      ['晋江纺织集团', 'invests_in', '新疆雪峰鞋业有限公司'],
    ]);
  });

  // Lying in a place is settling there (地处/位于/坐落 + place + 的 + company), with no investment verb.
  it('reads the place a company lies in as where it settles (地处伽师县的…有限公司)', () => {
    expect(investments('在地处伽师县的新疆锦华纺织有限公司，一排排缝纫机正在运转。')).toEqual([['新疆锦华纺织有限公司', 'invests_in', '伽师县']]);
    expect(investments('位于阿图什市的克州锦绣服饰有限公司已吸纳300人就业。')).toEqual([['克州锦绣服饰有限公司', 'invests_in', '阿图什市']]);
  });

  it('reads no investment in a clause without an investment verb (董事长…考察)', () => {
    expect(investments('天津纺织集团董事长在喀什市考察。')).toEqual([]);
  });

  // The park a company lies in (位于…的).
  it('reads the park a company lies in (位于…工业园的…有限公司)', () => {
    expect(investments('位于墨玉北京工业园的新疆京玉服饰有限公司投产。')).toEqual([['新疆京玉服饰有限公司', 'invests_in', '墨玉北京工业园']]);
  });

  // An owner that is a brand outside the lists (特步) is a company as an item of the owners' list.
  it('reads every owner of a company, known brand or not (是由特步、晋江纺织集团共同投资成立的)', () => {
    expect(investments('新疆雪峰鞋业有限公司是由特步、晋江纺织集团共同投资成立的。')).toEqual([
      ['晋江纺织集团', 'invests_in', '新疆雪峰鞋业有限公司'],
      ['特步', 'invests_in', '新疆雪峰鞋业有限公司'],
    ]);
  });
});

describe('investmentPairs', () => {
  it('pairs each company with the recipient places after it, up to the next company that opens its own clause', () => {
    expect(pairs('江苏阳光在伊宁市投资，江苏红豆在霍城投资。')).toEqual([
      ['江苏阳光', '伊宁市'],
      ['江苏红豆', '霍城县'],
    ]);
  });

  it('pairs no company with a donor place', () => {
    expect(pairs('江苏红豆在无锡市投资。')).toEqual([]);
  });

  it('reads a place set before the clause as where the company invests, a semicolon ending its clause', () => {
    expect(investments('在洛浦县，北京首农食品集团有限公司投资建设奶牛养殖基地；在墨玉县，新疆京墨农牧科技有限公司建成饲料厂。')).toEqual([
      ['北京首农食品集团有限公司', 'invests_in', '洛浦县'],
      ['新疆京墨农牧科技有限公司', 'invests_in', '墨玉县'],
    ]);
  });
});
