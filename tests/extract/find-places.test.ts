import { describe, expect, it } from 'vitest';

import { findPlaces } from '../../src/extract/find-places.ts';

/** [surface, canonical name, type, place it lies in] for every place found, in text order. */
const places = (text: string) => findPlaces(text).map((m) => [m.surface, m.name, m.type, m.place ?? null]);

const XJ = '新疆维吾尔自治区';

// Snippets in the language of 对口援疆 reporting, written for these tests.
describe('findPlaces: short forms of county-level units outside Xinjiang', () => {
  it.each([
    [
      'next to their prefecture and province',
      '来自江苏无锡江阴的援疆干部已到岗',
      [['江苏', '江苏省', 'province', null], ['无锡', '无锡市', 'prefecture', '江苏省'], ['江阴', '江阴市', 'county', '无锡市']],
    ],
    [
      'next to their prefecture',
      '湖南怀化溆浦的支教老师走进课堂',
      [['湖南', '湖南省', 'province', null], ['怀化', '怀化市', 'prefecture', '湖南省'], ['溆浦', '溆浦县', 'county', '怀化市']],
    ],
    [
      'before an aid word (donor-side context)',
      '张家港援疆工作组今年新建两所学校',
      [['张家港', '张家港市', 'county', '苏州市']],
    ],
    [
      'paired with a recipient and counted',
      '昆山、阿图什两地签约共建产业园',
      [['昆山', '昆山市', 'county', '苏州市'], ['阿图什', '阿图什市', 'county', '克孜勒苏柯尔克孜自治州']],
    ],
    [
      'in an enumeration closed by its level',
      '赣州市定南、龙南、全南三县文艺团体来疆演出',
      [['赣州市', '赣州市', 'prefecture', '江西省'], ['定南', '定南县', 'county', '赣州市'], ['龙南', '龙南市', 'county', '赣州市'], ['全南', '全南县', 'county', '赣州市']],
    ],
    [
      'after the full name earlier in the text',
      '宜兴市与疏附县签订协议。宜兴的企业随后考察了产业园。',
      [['宜兴市', '宜兴市', 'county', '无锡市'], ['疏附县', '疏附县', 'county', '喀什地区'], ['宜兴', '宜兴市', 'county', '无锡市']],
    ],
  ])('reads a short form %s', (_, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['standing alone (a brand, a mountain)', '沙县小吃走进克州，师生重温井冈山精神', [['克州', '克孜勒苏柯尔克孜自治州', 'prefecture', XJ]]],
    ['inside a longer everyday word', '新华社北京电 坚持和平发展，守护东海之滨', [['北京', '北京市', 'province', null]]],
    ['that is an everyday word, even after its province', '新疆天山雪莲和江西兴国红薯', [['新疆', XJ, 'province', null], ['江西', '江西省', 'province', null]]],
    ['run into a recipient without a joiner (a site inside it)', '泽普金湖杨景区迎来游客', [['泽普', '泽普县', 'county', '喀什地区']]],
    ['of another province than the one before it', '北京长安街', [['北京', '北京市', 'province', null]]],
  ])('reads no short form %s', (_, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('reads an everyday-word short form next to its own prefecture', () => {
    expect(places('天津和平与和田县结对')).toEqual([
      ['天津', '天津市', 'province', null],
      ['和平', '天津市和平区', 'county', '天津市'],
      ['和田县', '和田县', 'county', '和田地区'],
    ]);
  });

  it('tells two units that share a name apart by the province the text names', () => {
    expect(places('上海市对口支援莎车县，其中宝山区负责叶城县')).toEqual([
      ['上海市', '上海市', 'province', null],
      ['莎车县', '莎车县', 'county', '喀什地区'],
      ['宝山区', '上海市宝山区', 'county', '上海市'],
      ['叶城县', '叶城县', 'county', '喀什地区'],
    ]);
    expect(places('宝山区的援疆干部')).toEqual([]);
  });
});

describe('findPlaces: short forms against the words around them', () => {
  it.each([
    ['农民丰收节在和田举行', [['和田', '和田地区', 'prefecture', XJ]]],
    ['合作社位于田间地头', []],
    ['统筹发展和安全，推动创新和发展', []],
    ['医疗和康复服务进村入户', []],
    ['建设新和田', [['和田', '和田地区', 'prefecture', XJ]]],
    ['援疆医生常驻在于田', [['于田', '于田县', 'county', '和田地区']]],
    ['霍城市民喜迎新年', [['霍城', '霍城县', 'county', '伊犁哈萨克自治州']]],
    ['新和县城新貌', [['新和县', '新和县', 'county', '阿克苏地区']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('findPlaces: townships and villages', () => {
  it('reads a county stem before 镇 as a township of that county, not the county', () => {
    expect(places('阿合奇镇党委书记介绍了情况')).toEqual([['阿合奇镇', '阿合奇镇', 'township', '阿合奇县']]);
  });

  it('keeps the county before 乡村, which is a word of its own', () => {
    expect(places('于田乡村振兴取得新成效')).toEqual([['于田', '于田县', 'county', '和田地区']]);
  });

  it('chains a township and a village after a county, the township sharing its stem', () => {
    expect(places('走访洛浦县洛浦镇团结村')).toEqual([
      ['洛浦县', '洛浦县', 'county', '和田地区'],
      ['洛浦镇', '洛浦镇', 'township', '洛浦县'],
      ['团结村', '团结村', 'village', '洛浦镇'],
    ]);
  });

  it('goes on from the county the gazetteer found next, not from its prefecture', () => {
    expect(places('湖南邵阳隆回金石桥镇的老乡')).toEqual([
      ['湖南', '湖南省', 'province', null],
      ['邵阳', '邵阳市', 'prefecture', '湖南省'],
      ['隆回', '隆回县', 'county', '邵阳市'],
      ['金石桥镇', '金石桥镇', 'township', '隆回县'],
    ]);
  });
});
