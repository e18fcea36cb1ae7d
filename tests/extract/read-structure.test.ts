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
    expect(structure('巴州教育局召开会议。')).toEqual([['巴音郭楞蒙古自治州教育局', 'part_of', '巴音郭楞蒙古自治州']]);
  });

  it('makes a hospital part of the university in its name, and located in the university\'s place', () => {
    expect(structure('西安交通大学第一附属医院派出专家。')).toEqual([
      ['西安交通大学第一附属医院', 'located_in', '西安市'],
      ['西安交通大学第一附属医院', 'part_of', '西安交通大学'],
    ]);
  });

  it('makes a hospital that bears another hospital\'s name its branch (…瑞金医院喀什医院)', () => {
    expect(structure('上海交通大学医学院附属瑞金医院喀什医院挂牌成立。').filter(([, type]) => type !== 'located_in')).toEqual([
      ['上海交通大学医学院附属瑞金医院喀什医院', 'part_of', '上海交通大学医学院附属瑞金医院'],
    ]);
  });

  it('locates a village in its township and the township in its county', () => {
    expect(structure('伽师县夏普吐勒乡夏普吐勒村村民喜迁新居。')).toEqual([
      ['夏普吐勒乡', 'located_in', '伽师县'],
      ['夏普吐勒村', 'located_in', '夏普吐勒乡'],
    ]);
  });

  it('reads nothing of a body whose place its name does not give', () => {
    expect(structure('霍尔果斯经济开发区江苏服务中心揭牌。')).toEqual([]);
  });
});

describe('readSetUps', () => {
  it('makes what an organisation sets up part of it, in a list of set-ups', () => {
    expect(setUps('伽师县人民医院引进了“周建华博士工作站”，成立了“马丽娟名医工作室”。')).toEqual([
      ['周建华博士工作站', 'part_of', '伽师县人民医院'],
      ['马丽娟名医工作室', 'part_of', '伽师县人民医院'],
    ]);
  });

  it('skips the place a company sets something up in', () => {
    expect(setUps('新疆棉韵服饰有限公司在伽师县设立棉韵家庭工坊。')).toEqual([['棉韵家庭工坊', 'part_of', '新疆棉韵服饰有限公司']]);
  });

  it('makes a satellite factory a company sets up part of it (设立…卫星工厂)', () => {
    expect(setUps('新疆棉韵服饰有限公司在伽师县设立棉韵卫星工厂。')).toEqual([['棉韵卫星工厂', 'part_of', '新疆棉韵服饰有限公司']]);
  });

  it('reads no part in a site an organisation only visits', () => {
    expect(setUps('伽师县人民医院参观了喀什地区博物馆。')).toEqual([]);
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
