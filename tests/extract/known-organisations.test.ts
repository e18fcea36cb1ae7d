import { describe, expect, it } from 'vitest';

import { findKnownOrganisations, knownOrganisations, lookupKnownOrganisation } from '../../src/extract/known-organisations.ts';
import { getGazetteer } from '../../src/extract/gazetteer.ts';

/** [surface, canonical name] of every organisation found, in text order. */
const found = (text: string) => findKnownOrganisations(text).map((m) => [m.surface, m.organisation.name]);

describe('knownOrganisations', () => {
  it('has the 100 groups SASAC supervises and the 30 the Ministry of Finance does', () => {
    const enterprises = knownOrganisations('central-enterprise');
    expect(enterprises.filter((o) => o.supervisor === '国资委')).toHaveLength(100);
    expect(enterprises.filter((o) => o.supervisor === '财政部')).toHaveLength(30);
    expect(enterprises.every((o) => o.type === 'company')).toBe(true);
  });

  it('has the 2,919 universities and colleges of the 2025 list, each placed in the gazetteer', () => {
    const schools = knownOrganisations('university');
    expect(schools).toHaveLength(2919);
    expect(schools.filter((o) => o.level === '本科')).toHaveLength(1365);
    expect(schools.filter((o) => o.level === '专科')).toHaveLength(1554);
    const gazetteer = getGazetteer();
    for (const school of schools) expect(gazetteer.get(school.place ?? ''), school.name).toBeDefined();
    expect(schools.filter((o) => o.province === '新疆维吾尔自治区')).toHaveLength(67);
  });

  it('gives every name and alias to one organisation only', () => {
    const all = knownOrganisations();
    const names = all.flatMap((o) => [o.name, ...o.aliases]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('lookupKnownOrganisation', () => {
  it.each([
    ['宝武', '中国宝武钢铁集团有限公司'],
    ['东风公司', '东风汽车集团有限公司'],
    ['东风汽车', '东风汽车集团有限公司'],
    ['国投', '国家开发投资集团有限公司'],
    ['中国石油', '中国石油天然气集团有限公司'],
    ['中石油', '中国石油天然气集团有限公司'],
    ['国家能源集团', '国家能源投资集团有限责任公司'],
    ['中国航油', '中国航空油料集团有限公司'],
    ['新兴际华', '新兴际华集团有限公司'],
    ['中国通用技术(集团)控股有限责任公司', '中国通用技术（集团）控股有限责任公司'],
    ['香港中旅（集团）有限公司', '中国旅游集团有限公司'],
    ['中国邮政', '中国邮政集团有限公司'],
    ['塔里木大学', '塔里木大学'],
    ['中国石油大学(华东)', '中国石油大学（华东）'],
  ])('%s → %s', (alias, name) => {
    expect(lookupKnownOrganisation(alias)?.name).toBe(name);
  });

  it('places a university in its city and province', () => {
    expect(lookupKnownOrganisation('塔里木大学')).toMatchObject({ type: 'school', place: '阿拉尔市', province: '新疆维吾尔自治区', level: '本科' });
    expect(lookupKnownOrganisation('昆山杜克大学')).toMatchObject({ place: '昆山市', note: '中外合作办学' });
    expect(lookupKnownOrganisation('临夏现代职业学院')?.place).toBe('临夏回族自治州');
  });

  it('knows no campus-less name of a school with campuses, and nothing it does not list', () => {
    expect(lookupKnownOrganisation('中国石油大学')).toBeUndefined();
    expect(lookupKnownOrganisation('天津食品集团')).toBeUndefined();
  });
});

// Sentences in the language of 援疆 reporting, written for these tests.
describe('findKnownOrganisations', () => {
  it.each([
    ['中国宝武、国家能源集团、中国石油等央企在疆投资', [['中国宝武', '中国宝武钢铁集团有限公司'], ['国家能源集团', '国家能源投资集团有限责任公司'], ['中国石油', '中国石油天然气集团有限公司']]],
    ['中国航油与东风汽车、新兴际华分别签订了合作协议', [['中国航油', '中国航空油料集团有限公司'], ['东风汽车', '东风汽车集团有限公司'], ['新兴际华', '新兴际华集团有限公司']]],
    ['国投在哈密建成的钾肥项目', [['国投', '国家开发投资集团有限公司']]],
    ['中石化新疆石油分公司与塔里木大学共建实验室', [['中石化', '中国石油化工集团有限公司'], ['塔里木大学', '塔里木大学']]],
    ['浙江大学医学院附属第一医院专家来到阿克苏', [['浙江大学', '浙江大学']]],
    ['新疆农业职业技术大学与江苏农牧科技职业学院结对', [['新疆农业职业技术大学', '新疆农业职业技术大学'], ['江苏农牧科技职业学院', '江苏农牧科技职业学院']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads no short alias that runs into the words around it', () => {
    expect(found('全国投资规模持续扩大')).toEqual([]);
    expect(found('船队一路向东航行')).toEqual([]);
    expect(found('东航开通了喀什航线')).toEqual([['东航', '中国东方航空集团有限公司']]);
  });

  it('reads no university where the text means its students', () => {
    expect(found('新疆大学生创新创业大赛在石河子大学举行')).toEqual([['石河子大学', '石河子大学']]);
  });

  it('reads a school with campuses only with its campus, and no enterprise inside its name', () => {
    expect(found('中国石油大学的专家来到克拉玛依')).toEqual([]);
    expect(found('中国石油大学（北京）克拉玛依校区')).toEqual([['中国石油大学（北京）', '中国石油大学（北京）']]);
  });

  it('reports offsets into the text', () => {
    const [match] = findKnownOrganisations('援疆企业中粮集团在昌吉');
    expect(match).toMatchObject({ start: 4, end: 8, surface: '中粮集团' });
  });
});
