import { describe, expect, it } from 'vitest';

import { findCompanies } from '../../src/extract/find-companies.ts';
import { beforeCompanies, named, sorted } from './snippets.ts';

const companies = (text: string) => {
  const { places, taken } = beforeCompanies(text);
  return findCompanies(text, taken, places);
};
const withAliases = (text: string) => sorted(companies(text).map((m) => [m.name, m.aliases.join('|')] as const));

describe('findCompanies', () => {
  it('names known brands by their registered or group name, the brand as an alias', () => {
    expect(withAliases('喀什市相继引进阿里巴巴、京东等企业。')).toEqual([
      ['京东集团', '京东'],
      ['阿里巴巴集团', '阿里巴巴'],
    ]);
  });

  it('reads a brand and an industry word as a company where the clause speaks of business', () => {
    expect(named(companies('瑞丰光电、碧桂园地产等多家广东知名企业落户疏附。'))).toEqual([
      ['瑞丰光电', 'company'],
      ['碧桂园地产', 'company'],
    ]);
  });

  it('reads no company in an industry word after a place, or without business in the clause', () => {
    expect(named(companies('新疆能源发展迅速，阿克陶县纺织产业提质增效。'))).toEqual([]);
  });

  it('reads the company that invests and the one it invests in (康美药业投资的和田昆仑玉石矿业)', () => {
    expect(named(companies('康美药业投资的和田昆仑玉石矿业项目开工。'))).toEqual([
      ['和田昆仑玉石矿业', 'company'],
      ['康美药业', 'company'],
    ]);
  });

  it('reads the subject of an investment clause as a company, after an example word', () => {
    expect(named(companies('山东如意正在喀什投资纺织园区，比如山东鲁泰在疏勒投资建厂。'))).toEqual([
      ['山东如意', 'company'],
      ['山东鲁泰', 'company'],
    ]);
  });

  it('reads no company in a subject made of function words or generic words (我们的企业, 当地龙头企业)', () => {
    expect(named(companies('我们的企业在投资，当地龙头企业在扩产。'))).toEqual([]);
  });

  it('reads the other items of a list that holds a company as companies', () => {
    expect(named(companies('引进新疆华锦纺织科技、天山雪莲、博乐银丰等企业。'))).toEqual([
      ['博乐银丰', 'company'],
      ['天山雪莲', 'company'],
      ['新疆华锦纺织科技', 'company'],
    ]);
  });

  // 泉州鞋服集团 is the institutions' (集团); the brand before it in the owners' list is a company too.
  it('reads the list after 由 that holds a company as its owners, all companies (由A、B共同出资组建)', () => {
    expect(named(companies('该厂由匹克、泉州鞋服集团共同出资组建。'))).toEqual([['匹克', 'company']]);
  });

  it('reads no list item that a verb or another name begins (引进…、投资…)', () => {
    expect(named(companies('援疆干部走访群众、慰问老人，瑞丰光电投资建厂。'))).toEqual([['瑞丰光电', 'company']]);
  });

  // An enumeration the sentence calls 企业 holds companies even when none of them is known.
  it('reads the items of a list the sentence calls enterprises (伊利、蒙牛等企业)', () => {
    expect(named(companies('伊利、蒙牛等企业在新疆建厂。'))).toEqual([
      ['伊利', 'company'],
      ['蒙牛', 'company'],
    ]);
  });
});
