import { describe, expect, it } from 'vitest';

import { readSupports } from '../../src/extract/read-supports.ts';
import { relationsRead } from './snippets.ts';

const supports = (text: string) => relationsRead(text, [readSupports]);

describe('readSupports', () => {
  it('gives a hospital in Xinjiang that bears a donor hospital\'s name to that hospital, not one outside Xinjiang', () => {
    expect(supports('上海交通大学医学院附属瑞金医院喀什医院挂牌成立。')).toEqual([['上海交通大学医学院附属瑞金医院', 'supports', '上海交通大学医学院附属瑞金医院喀什医院']]);
    expect(supports('北京大学第一医院儿科医院成立。')).toEqual([]);
  });

  it('reads a university hospital without a place of its own as on its university\'s side', () => {
    expect(supports('复旦大学附属华山医院、中南大学湘雅医院对口帮扶和静县人民医院。')).toEqual([
      ['中南大学湘雅医院', 'supports', '和静县人民医院'],
      ['复旦大学附属华山医院', 'supports', '和静县人民医院'],
    ]);
  });

  it('reads the donor of an aid verb as supporting each recipient after it, the prefecture it names too', () => {
    expect(supports('山东省对口支援喀什地区疏勒县、英吉沙县。')).toEqual([
      ['山东省', 'supports', '喀什地区'],
      ['山东省', 'supports', '疏勒县'],
      ['山东省', 'supports', '英吉沙县'],
    ]);
  });

  it('gives the article donor the aid of its cities when two lists are paired', () => {
    expect(supports('江苏省对口支援伊犁州工作纪实。多年来，江苏的南京市、苏州市、无锡市负责结对支援的，是伊犁州的霍城县、伊宁县和察布查尔县。')).toEqual([
      ['南京市', 'supports', '霍城县'],
      ['无锡市', 'supports', '察布查尔锡伯自治县'],
      ['江苏省', 'supports', '伊宁县'],
      ['江苏省', 'supports', '伊犁哈萨克自治州'],
      ['江苏省', 'supports', '察布查尔锡伯自治县'],
      ['江苏省', 'supports', '霍城县'],
      ['苏州市', 'supports', '伊宁县'],
    ]);
  });

  it('pairs two lists item by item when the sentence says 分别', () => {
    expect(supports('北京市、天津市分别对口支援和田市、于田县。')).toEqual([
      ['北京市', 'supports', '和田市'],
      ['天津市', 'supports', '于田县'],
    ]);
  });

  it('gives each recipient the nearest donor when a sentence names several', () => {
    expect(supports('广东援疆医疗队在伽师县人民医院开展义诊，由深圳援建的喀什大学新校区正式启用。')).toEqual([
      ['广东省', 'supports', '伽师县人民医院'],
      ['深圳市', 'supports', '喀什大学'],
    ]);
  });

  it('reads whom an aid body aids from its name', () => {
    expect(supports('常州市对口支援尼勒克县前方工作组走访群众。')).toEqual([['常州市', 'supports', '尼勒克县']]);
  });

  it('aids a village, not the county and township that only locate it', () => {
    expect(supports('广东省援建的疏附县塔什米里克乡塔什米里克村安居房交付。')).toEqual([['广东省', 'supports', '塔什米里克村']]);
  });

  it('reads no aid to a place that only says where people are from', () => {
    expect(supports('博斯坦村村民在家门口就业，江西援疆干部走访慰问。')).toEqual([]);
  });

  it('aids a whole province only when a donor aids it in so many words, not in a meeting\'s name or slogan', () => {
    expect(supports('江西省对口支援新疆。')).toEqual([['江西省', 'supports', '新疆维吾尔自治区']]);
    expect(supports('江西代表出席全国对口支援新疆工作会议，践行对口支援新疆“民生为本”理念。')).toEqual([]);
  });

  it('reads a site in Xinjiang named after a donor as that donor\'s aid', () => {
    expect(supports('于田天津工业园新增企业。')).toEqual([['天津市', 'supports', '于田天津工业园']]);
  });

  it('reads a donor institution aiding an institution of its kind', () => {
    expect(supports('中山大学附属第一医院对口帮扶疏附县人民医院。')).toEqual([['中山大学附属第一医院', 'supports', '疏附县人民医院']]);
  });

  it('gives an aid sentence without a donor to the article\'s donor', () => {
    expect(supports('江西省对口支援阿克陶县。援疆医生在阿克陶县人民医院开展义诊。')).toEqual([
      ['江西省', 'supports', '阿克陶县'],
      ['江西省', 'supports', '阿克陶县人民医院'],
    ]);
  });

  it('gives a company aid only with a verb of aid, not when donors visit it', () => {
    expect(supports('广东省援助伽师县金丝纺织有限公司。')).toEqual([['广东省', 'supports', '伽师县金丝纺织有限公司']]);
    expect(supports('广东省企业家在伽师县金丝纺织有限公司考察。')).toEqual([]);
  });

  it('reads no donor in the place of a dateline', () => {
    expect(supports('新华社北京9月12日电 疏附县人民医院新门诊楼启用。')).toEqual([]);
  });

  // 结对 alone is a pairing of peers (partners_with), not aid.
  it('reads no aid in a pairing alone (A与B结对共建)', () => {
    expect(supports('山东省立医院与喀什地区第一人民医院结对共建。')).toEqual([]);
  });

  it('reads a group of donor hospitals led by one as aiding together, and a donor department aiding schools', () => {
    expect(supports('武汉协和医院牵头，湖北省人民医院、武汉市中心医院等5家医院组团帮扶博尔塔拉蒙古自治州人民医院。')).toEqual([
      ['武汉协和医院', 'supports', '博尔塔拉蒙古自治州人民医院'],
      ['武汉市中心医院', 'supports', '博尔塔拉蒙古自治州人民医院'],
      ['湖北省人民医院', 'supports', '博尔塔拉蒙古自治州人民医院'],
    ]);
    expect(supports('湖南省教育厅选派教师对口帮扶吐鲁番市第一中学。')).toEqual([
      ['湖南省教育厅', 'supports', '吐鲁番市第一中学'],
    ]);
  });

  it('reads a company a donor brings in as that donor\'s aid to where it invests', () => {
    expect(supports('安徽援疆指挥部引进的安徽华茂纺织有限公司在皮山县投资建厂。')).toEqual([['安徽省', 'supports', '皮山县']]);
  });

  it('reads no aid to a site written as where something happens (在…开发区内)', () => {
    expect(supports('在喀什经济开发区内，广东援疆干部开展招商推介。')).toEqual([]);
  });

  it('reads a place before 的 and a county inside it as locating the county', () => {
    expect(supports('山东省对口支援的是喀什地区的疏勒县和英吉沙县。')).toEqual([
      ['山东省', 'supports', '疏勒县'],
      ['山东省', 'supports', '英吉沙县'],
    ]);
  });
});
