import { describe, expect, it } from 'vitest';

import { readSetUps, readStructure, readSubsidiaries } from '../../src/extract/read-structure.ts';
import { relationsRead } from './snippets.ts';

const structure = (text: string) => relationsRead(text, [readStructure]);
const setUps = (text: string) => relationsRead(text, [readSetUps]);

describe('readStructure', () => {
  it('makes an aid body part of its donor', () => {
    expect(structure('天津援疆前指召开会议。')).toEqual([['天津市对口支援新疆工作前方指挥部', 'part_of', '天津市']]);
  });

  it('makes a government department part of its place', () => {
    expect(structure('克州科技局召开会议。')).toEqual([['克孜勒苏柯尔克孜自治州科学技术局', 'part_of', '克孜勒苏柯尔克孜自治州']]);
  });

  it('makes a hospital part of the university in its name, and located in the university\'s place', () => {
    expect(structure('南昌大学第一附属医院派出专家。')).toEqual([
      ['南昌大学第一附属医院', 'located_in', '南昌市'],
      ['南昌大学第一附属医院', 'part_of', '南昌大学'],
    ]);
  });

  it('locates a village in its township and the township in its county', () => {
    expect(structure('阿克陶县布伦口乡布伦口村村民喜迁新居。')).toEqual([
      ['布伦口乡', 'located_in', '阿克陶县'],
      ['布伦口村', 'located_in', '布伦口乡'],
    ]);
  });

  it('reads nothing of a body whose place its name does not give', () => {
    expect(structure('喀什经济开发区深圳服务中心揭牌。')).toEqual([]);
  });
});

describe('readSetUps', () => {
  it('makes what an organisation sets up part of it, in a list of set-ups', () => {
    expect(setUps('阿克陶县人民医院引进了“李爱青博士工作站”，成立了“郑宏名医工作室”。')).toEqual([
      ['李爱青博士工作站', 'part_of', '阿克陶县人民医院'],
      ['郑宏名医工作室', 'part_of', '阿克陶县人民医院'],
    ]);
  });

  it('skips the place a company sets something up in', () => {
    expect(setUps('新疆唐锦纺织有限公司在阿克陶县设立唐锦家庭工坊。')).toEqual([['唐锦家庭工坊', 'part_of', '新疆唐锦纺织有限公司']]);
  });

  it('reads no part in a site an organisation only visits', () => {
    expect(setUps('阿克陶县人民医院参观了喀什地区博物馆。')).toEqual([]);
  });
});

describe('readSubsidiaries', () => {
  it('makes a subsidiary part of its parent (A旗下的B)', () => {
    expect(relationsRead('中国石化旗下的新疆石化工程有限公司在库车市建设基地。', [readSubsidiaries])).toEqual([
      ['新疆石化工程有限公司', 'part_of', '中国石油化工集团有限公司'],
    ]);
  });

  it('reads no subsidiary where a company only works with another', () => {
    expect(relationsRead('中国石化与新疆石化工程有限公司签订合作协议。', [readSubsidiaries])).toEqual([]);
  });
});
