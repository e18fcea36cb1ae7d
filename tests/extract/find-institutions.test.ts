import { describe, expect, it } from 'vitest';

import { findInstitutions, findSuffixes } from '../../src/extract/find-institutions.ts';
import { findPlaces } from '../../src/extract/find-places.ts';
import { named, sorted } from './snippets.ts';

const institutions = (text: string) => findInstitutions(text, findPlaces(text));
/** [name, type, what it is part of] of each institution. */
const withParents = (text: string) => sorted(institutions(text).map((m) => [m.name, m.type, m.parentOrg ?? ''] as const));

describe('findSuffixes', () => {
  it('takes the longest suffix at each place, left to right', () => {
    expect(findSuffixes('且末县人民医院和第一中学')).toEqual([
      [3, '人民医院'],
      [10, '中学'],
    ]);
  });

  it('reads a numeral and an abbreviated head as a suffix (三中, 二院, 一附院)', () => {
    expect(findSuffixes('克州三中、喀什二院和南昌一附院')).toEqual([
      [2, '三中'],
      [7, '二院'],
      [12, '一附院'],
    ]);
  });

  it('does not read an abbreviation before a character that makes a longer word, or after 第 (一中心, 第三中队)', () => {
    expect(findSuffixes('走进一中心，慰问第三中队')).toEqual([]);
  });

  it('reads a two-numeral abbreviation whole (十三中)', () => {
    expect(findSuffixes('十三中')).toEqual([[0, '十三中']]);
  });
});

describe('findInstitutions', () => {
  it('reads the workshops companies open for local jobs as named facilities (卫星工厂, 扶贫车间, 就业车间)', () => {
    const text = '温州鞋业集团在疏附县开办鸿运卫星工厂，广州服装企业在英吉沙县创办锦绣扶贫车间和锦绣就业车间。';
    expect(withParents(text).filter(([, type]) => type === 'facility')).toEqual(
      sorted([
        ['鸿运卫星工厂', 'facility', ''],
        ['锦绣扶贫车间', 'facility', ''],
        ['锦绣就业车间', 'facility', ''],
      ]),
    );
  });

  it('reads a site named by a donor–recipient pair as named by its place (鲁疆产业园, 沪疆…基地), not by 疆 alone', () => {
    const text = '苏疆科创产业园和沪疆人才交流基地相继建成，多家企业入驻在疆产业园。';
    expect(withParents(text)).toEqual(
      sorted([
        ['苏疆科创产业园', 'facility', ''],
        ['沪疆人才交流基地', 'facility', ''],
      ]),
    );
  });

  it('ends a company\'s name at a conjunction after a place written in full, not after a short form (北京同仁堂)', () => {
    expect(withParents('喀什地区和深圳能源集团签约，博州与宁波舟山港集团合作，北京同仁堂在和田开店。').filter(([, type]) => type === 'company')).toEqual(
      sorted([
        ['深圳能源集团', 'company', ''],
        ['宁波舟山港集团', 'company', ''],
      ]),
    );
  });

  it('starts a school\'s or hospital\'s name at the place in it when a word before is no name (穿着|杭州天长小学)', () => {
    expect(withParents('孩子们穿着杭州天长小学寄来的冬衣，庆幸宁波眼科医院的专家来了。')).toEqual(
      sorted([
        ['杭州天长小学', 'school', ''],
        ['宁波眼科医院', 'hospital', ''],
      ]),
    );
    // A university before 附属 is a name: the hospital keeps it.
    expect(withParents('中山大学附属第一医院专家到喀什义诊。')).toEqual(
      sorted([
        ['中山大学', 'school', ''],
        ['中山大学附属第一医院', 'hospital', '中山大学'],
      ]),
    );
  });

  it('reads a site named after its township as named by a place (…镇中心敬老院), not one of all townships or towns', () => {
    expect(withParents('援建托万克镇中心敬老院和英阿瓦提乡幸福院，各乡镇敬老院和城镇幸福院也已改造。')).toEqual(
      sorted([
        ['托万克镇中心敬老院', 'facility', ''],
        ['英阿瓦提乡幸福院', 'facility', ''],
      ]),
    );
  });

  it('names no facility with a generic workshop head alone, nor two heads joined (卫星工厂和扶贫车间)', () => {
    expect(institutions('村里先后建起了卫星工厂和扶贫车间，社区工厂也在筹建。')).toEqual([]);
  });

  it('reads a park\'s managing body as one agency, part of its place\'s government (园区管委会)', () => {
    const text = '阿图什市工业园区管委会与入驻企业座谈，园区内的新疆某纺织有限公司介绍了生产情况。';
    expect(institutions(text).filter((m) => m.type === 'agency').map((m) => [m.name, m.place, m.governing])).toEqual([['阿图什市工业园区管委会', '阿图什市', true]]);
  });

  it('reads a place, a modifier and a suffix as one name, the place in full', () => {
    expect(named(institutions('巴音郭楞蒙古自治州尉犁人民医院新院区投用，喀什职业技术学院同步招生。'))).toEqual([
      ['喀什职业技术学院', 'school'],
      ['尉犁县人民医院', 'hospital'],
    ]);
  });

  it('keeps the place as written as an alias of the canonical name', () => {
    const [hospital] = institutions('尉犁人民医院新院区投用。');
    expect(hospital).toMatchObject({ name: '尉犁县人民医院', aliases: ['尉犁人民医院'], place: '尉犁县' });
  });

  it('expands abbreviated schools and hospitals after a place (巴州二中, 巴州三院)', () => {
    expect(named(institutions('巴州二中与巴州三院签订协议。'))).toEqual([
      ['巴音郭楞蒙古自治州第三人民医院', 'hospital'],
      ['巴音郭楞蒙古自治州第二中学', 'school'],
    ]);
  });

  it('does not read an abbreviation without a place (三中, 二院 alone)', () => {
    expect(named(institutions('三中的学生到二院体检。'))).toEqual([]);
  });

  it('stops the name at a verb or preposition before it (援建的, 在)', () => {
    expect(named(institutions('广东援建的伽师县第三中学开学，专家在疏附县人民医院坐诊。'))).toEqual([
      ['伽师县第三中学', 'school'],
      ['疏附县人民医院', 'hospital'],
    ]);
  });

  it('reads no name in generic institutions (当地医院, 三甲医院, 13家卫生院)', () => {
    expect(named(institutions('组织13家三甲医院与当地医院结对，阿克陶县有13家卫生院。'))).toEqual([]);
  });

  it('reads no name in institutions only said to be relevant or of the regiment farms (有关团场医院, 相关学校)', () => {
    expect(named(institutions('专家组走访了有关团场医院和相关学校。'))).toEqual([]);
  });

  it('does not read a suffix that is part of a longer word (大学生, 中学生)', () => {
    expect(named(institutions('大学生志愿者为中学生上课。'))).toEqual([]);
  });

  it('drops the unit of a date before a company name (21日|湖南湘疆建设有限公司)', () => {
    expect(named(institutions('6月21日湖南湘疆建设有限公司中标。'))).toEqual([['湖南湘疆建设有限公司', 'company']]);
  });

  it('joins a university and its affiliated hospital into one name, part of the university', () => {
    expect(withParents('上海交通大学医学院附属瑞金医院派出专家。')).toEqual([
      ['上海交通大学', 'school', ''],
      ['上海交通大学医学院', 'school', '上海交通大学'],
      ['上海交通大学医学院附属瑞金医院', 'hospital', '上海交通大学医学院'],
    ]);
  });

  it('reads a named institution right after another as its branch', () => {
    expect(withParents('山西医科大学第二医院五家渠医院挂牌。')).toEqual([
      ['山西医科大学', 'school', ''],
      ['山西医科大学第二医院', 'hospital', '山西医科大学'],
      ['山西医科大学第二医院五家渠医院', 'hospital', '山西医科大学第二医院'],
    ]);
  });

  it('gives a generic sibling in a list the place of the one before it (…第一人民医院、中医院)', () => {
    expect(named(institutions('阿克苏地区第一人民医院、中医院派出医生。'))).toEqual([
      ['阿克苏地区中医院', 'hospital'],
      ['阿克苏地区第一人民医院', 'hospital'],
    ]);
  });

  it('gives a generic name no place outside a list (…医院开诊。中医院…)', () => {
    expect(named(institutions('阿克苏地区第一人民医院开诊。中医院同步开放。'))).toEqual([['阿克苏地区第一人民医院', 'hospital']]);
  });

  it('reads no branch in two institutions with a word between them', () => {
    expect(withParents('阿克陶县人民医院的喀什地区第一人民医院专家前来会诊。')).toEqual([
      ['喀什地区第一人民医院', 'hospital', ''],
      ['阿克陶县人民医院', 'hospital', ''],
    ]);
  });

  it('keeps a company registered with its place, answering to the name without it', () => {
    const [company] = institutions('若羌县瓦石峡镇绿源枣业有限公司投产。');
    expect(company).toMatchObject({ name: '若羌县瓦石峡镇绿源枣业有限公司', type: 'company', aliases: ['绿源枣业有限公司'], place: '瓦石峡镇' });
  });

  it('keeps no short form without the province a company is registered in', () => {
    expect(institutions('新疆唐锦纺织有限公司投产。')).toMatchObject([{ name: '新疆唐锦纺织有限公司', aliases: [] }]);
  });

  it('does not put a zone before a company into its name, but keeps a zone word inside one', () => {
    expect(named(institutions('霍尔果斯经济开发区新疆金盛铝业有限公司投产，新疆天山物流园区有限公司成立。'))).toEqual([
      ['新疆天山物流园区有限公司', 'company'],
      ['新疆金盛铝业有限公司', 'company'],
      ['霍尔果斯经济开发区', 'facility'],
    ]);
  });

  it('names a site only with a place or a proper head (喀什地区博物馆, not 新建的博物馆 or 创业园)', () => {
    expect(named(institutions('喀什地区博物馆开馆，新建的博物馆和大学生创业园同时开放。'))).toEqual([['喀什地区博物馆', 'facility']]);
  });

  it('keeps a common word alone between a place and the suffix as the name (温宿县团结中学)', () => {
    expect(named(institutions('温宿县团结中学举行开学典礼。'))).toEqual([['温宿县团结中学', 'school']]);
  });

  it('keeps a coordination inside the name of a body (跨境电商和物流信息服务中心)', () => {
    expect(named(institutions('喀什地区跨境电商和物流信息服务中心揭牌。'))).toEqual([['喀什地区跨境电商和物流信息服务中心', 'agency']]);
  });

  it('reads no institution in an honour\'s title (荣获“全国爱婴医院”称号)', () => {
    expect(named(institutions('该院荣获“全国爱婴医院”称号。'))).toEqual([]);
  });

  it('keeps 和 inside a company name after its place (新疆沪和纺织科技有限公司)', () => {
    expect(named(institutions('新疆沪和纺织科技有限公司投产。'))).toEqual([['新疆沪和纺织科技有限公司', 'company']]);
  });

  it("joins a university's hospital written right after it, without 附属", () => {
    expect(withParents('武汉大学人民医院派出专家。')).toEqual([
      ['武汉大学', 'school', ''],
      ['武汉大学人民医院', 'hospital', '武汉大学'],
    ]);
  });

  it("reads a group in brackets and a class word right before the legal suffix as part of a company's name", () => {
    expect(named(institutions('光明食品（集团）有限公司与新疆乳业企业集团有限公司签约。'))).toEqual([
      ['光明食品（集团）有限公司', 'company'],
      ['新疆乳业企业集团有限公司', 'company'],
    ]);
  });

  it("keeps a conjunction right after a place, and a one-character word that opens a content word, inside a company's name", () => {
    expect(named(institutions('北京同仁堂科技发展股份有限公司、上海临港经济发展（集团）有限公司落户喀什。'))).toEqual([
      ['上海临港经济发展（集团）有限公司', 'company'],
      ['北京同仁堂科技发展股份有限公司', 'company'],
    ]);
  });

  it('leaves an institution of the county in context to be resolved (县一中, 县党群活动中心)', () => {
    expect(sorted(institutions('投入资金建设县党群活动中心。').map((m) => [m.surface, m.type, m.pending?.kind ?? ''] as const))).toEqual([
      ['县党群活动中心', 'facility', 'institution'],
    ]);
  });

  // An honour's title written right after an institution is no branch of it, nor a name.
  it('reads no branch in an honour written after an institution (…人民医院荣获全国爱婴医院称号)', () => {
    expect(named(institutions('阿克陶县人民医院荣获全国爱婴医院称号。'))).toEqual([['阿克陶县人民医院', 'hospital']]);
  });

  // A name that opens with a character the lexicon lists as a coordinator (同 of 同济大学) keeps it
  // when the name is on a public list: known names are atomic, like places.
  it('keeps a name that opens with 同 whole (同济大学附属东方医院)', () => {
    expect(withParents('同济大学附属东方医院派出专家。')).toEqual([
      ['同济大学', 'school', ''],
      ['同济大学附属东方医院', 'hospital', '同济大学'],
    ]);
  });

  // A bare 公司 heads a company's name when a brand and a trade come before it; two characters are a kind of company.
  it('reads a company named with 公司 alone (中泰集团旗下的富丽达纤维公司), and no kind of company', () => {
    expect(named(institutions('中泰集团旗下的富丽达纤维公司投产。'))).toEqual([
      ['中泰集团', 'company'],
      ['富丽达纤维公司', 'company'],
    ]);
    expect(named(institutions('当年成立31家合资公司，这家上市公司和该公司都在扩产。'))).toEqual([]);
  });

  // 五中全会 is a party plenary session, not an abbreviated school.
  it('reads no school in a plenary session (地委八届五中全会)', () => {
    expect(named(institutions('阿克苏地委八届五中全会召开。'))).toEqual([]);
  });

  // A site's name stops at 位于/地处.
  it('stops a site\'s name at 位于 (位于墨玉北京工业园)', () => {
    expect(named(institutions('位于墨玉北京工业园的新疆京玉服饰有限公司投产。'))).toEqual([
      ['墨玉北京工业园', 'facility'],
      ['新疆京玉服饰有限公司', 'company'],
    ]);
  });

  // A company's name stops only at the curated boundary words: a verb outside them (走访) joins it.
  it.fails('stops a company\'s name at the verb before it (援疆干部走访…有限公司)', () => {
    expect(named(institutions('援疆干部走访库车天润电气有限公司。'))).toEqual([['库车天润电气有限公司', 'company']]);
  });

  // 手拉手学校 names a kind of school (a pairing), not one school.
  it('reads no name in a kind of school (结为手拉手学校)', () => {
    expect(named(institutions('两校结为手拉手学校。'))).toEqual([]);
  });

  // A headline or a posted snippet without a final mark keeps its last institution.
  it('reads an institution that ends the text', () => {
    expect(named(institutions('南昌大学第一附属医院对口帮扶阿克陶县人民医院'))).toEqual([
      ['南昌大学', 'school'],
      ['南昌大学第一附属医院', 'hospital'],
      ['阿克陶县人民医院', 'hospital'],
    ]);
  });
});
