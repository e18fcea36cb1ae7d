import { describe, expect, it } from 'vitest';

import { findMentions } from '../../src/extract/find-mentions.ts';
import { sorted } from './snippets.ts';

/** [name ('' while the context must give it), type, what it is part of, nested] of each mention. */
const mentions = (text: string) =>
  sorted(findMentions(text).map((m) => [m.name, m.type, m.parentOrg ?? '', m.nested ? 'nested' : ''] as const));

describe('findMentions', () => {
  it('keeps the longest name where names overlap, and what a name starts with as its parent', () => {
    expect(mentions('上海交通大学医学院附属瑞金医院派出专家。')).toEqual([
      ['上海交通大学医学院', 'school', '上海交通大学', 'nested'],
      ['上海交通大学医学院附属瑞金医院', 'hospital', '上海交通大学医学院', ''],
    ]);
  });

  it('names a known company inside a longer company name by its known name', () => {
    expect(mentions('宁波援疆指挥部引进雅戈尔集团在库车市投资建设纺织项目。')).toEqual([
      ['宁波市对口支援新疆工作前方指挥部', 'agency', '', ''],
      ['库车市', 'county', '', ''],
      ['雅戈尔集团股份有限公司', 'company', '', ''],
    ]);
  });

  it('leaves 我省 and 我市 to the article\'s donor, but not 我省委 (a body)', () => {
    const found = findMentions('我省援疆干部与我省委组织部座谈。');
    expect(found.map((m) => [m.surface, m.type, m.pending?.kind])).toEqual([
      ['我省', 'province', 'deictic'],
      ['省委组织部', 'agency', 'body'],
    ]);
  });

  it('merges an institution and its other name in brackets into one', () => {
    const found = findMentions('在喀什深圳实验学校（喀什市第十五中学），师生齐聚。');
    expect(sorted(found.map((m) => [m.name, m.type, m.aliases.join('|')] as const))).toEqual([['喀什市第十五中学', 'school', '喀什深圳实验学校']]);
  });

  it('reads a brand in brackets after a company with another name as its parent', () => {
    expect(mentions('新疆鸿荣轻工有限公司（鸿星尔克）投产。')).toEqual([
      ['新疆鸿荣轻工有限公司', 'company', '鸿星尔克', ''],
      ['鸿星尔克', 'company', '', ''],
    ]);
  });

  it('reads a campus in brackets as part of its school', () => {
    expect(mentions('喀什大学（本部校区）启用。')).toEqual([
      ['喀什大学', 'school', '', ''],
      ['喀什大学本部校区', 'school', '喀什大学', ''],
    ]);
  });

  it('reads a short name an article gives (以下简称“…”) as the same entity wherever it is written', () => {
    const found = findMentions('阿克苏地区第一人民医院（以下简称“地区一院”）开诊。地区一院新增床位。');
    expect(found.map((m) => [m.surface, m.name])).toEqual([
      ['阿克苏地区第一人民医院', '阿克苏地区第一人民医院'],
      ['地区一院', '阿克苏地区第一人民医院'],
      ['地区一院', '阿克苏地区第一人民医院'],
    ]);
  });

  it('keeps two institutions of one kind joined by 和 as two', () => {
    expect(mentions('若羌县人民医院和尉犁县人民医院共建。')).toEqual([
      ['尉犁县人民医院', 'hospital', '', ''],
      ['若羌县人民医院', 'hospital', '', ''],
    ]);
  });

  it('reads no place in the name of a campus (南湖校区)', () => {
    expect(mentions('喀什大学（南湖校区）启用。')).toEqual([
      ['喀什大学', 'school', '', ''],
      ['喀什大学南湖校区', 'school', '喀什大学', ''],
    ]);
  });

  // A campus of one character before 校区 (南校区, 东校区).
  it('reads a one-character campus (南校区) as part of its school', () => {
    expect(mentions('喀什大学（南校区）启用。')).toEqual([
      ['喀什大学', 'school', '', ''],
      ['喀什大学南校区', 'school', '喀什大学', ''],
    ]);
  });


  it('names central enterprises and universities from the public lists by their registered names', () => {
    expect(mentions('中国宝武与新疆大学签订合作协议。')).toEqual([
      ['中国宝武钢铁集团有限公司', 'company', '', ''],
      ['新疆大学', 'school', '', ''],
    ]);
  });

  // A brand in brackets is judged as written: 安踏's registered name shares 有限公司 with the company's.
  it('reads any known brand in brackets after a company as its parent (…有限公司（安踏）)', () => {
    expect(mentions('新疆雪峰鞋业有限公司（安踏）投产。')).toEqual([
      ['安踏体育用品集团有限公司', 'company', '', ''],
      ['新疆雪峰鞋业有限公司', 'company', '安踏体育用品集团有限公司', ''],
    ]);
  });
});
