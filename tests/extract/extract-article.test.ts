import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../src/extract/extract-article.ts';
import type { Extraction } from '../../src/types.ts';

const extract = (text: string, id = 'snippet') => extractArticle({ id, text });
const relation = (x: Extraction, source: string, type: string, target: string) =>
  x.relations.find((r) => r.source === source && r.type === type && r.target === target);
const entity = (x: Extraction, name: string) => x.entities.find((e) => e.name === name);

// Snippets in the language of 对口援疆 reporting, with the graph they must give.
const CASES: Array<{ text: string; entities: Array<[string, string]>; relations: Array<[string, string, string]> }> = [
  {
    text: '1997年对口援疆工作开启以来，山东省对口支援喀什地区疏勒、英吉沙、岳普湖和麦盖提四县。',
    entities: [['山东省', 'province'], ['喀什地区', 'prefecture'], ['疏勒县', 'county'], ['麦盖提县', 'county']],
    relations: [['山东省', 'supports', '喀什地区'], ['山东省', 'supports', '疏勒县'], ['山东省', 'supports', '英吉沙县'], ['山东省', 'supports', '岳普湖县'], ['山东省', 'supports', '麦盖提县']],
  },
  {
    text: '上海交通大学医学院附属第九人民医院采取“以院包科”模式，对口帮扶喀什第二人民医院口腔颌面外科。',
    entities: [['上海交通大学医学院附属第九人民医院', 'hospital'], ['喀什地区第二人民医院', 'hospital'], ['院包科', 'program']],
    relations: [
      ['上海交通大学医学院附属第九人民医院', 'supports', '喀什地区第二人民医院'],
      ['上海交通大学医学院附属第九人民医院', 'runs', '院包科'],
      ['上海交通大学医学院附属第九人民医院', 'part_of', '上海交通大学医学院'],
    ],
  },
  {
    text: '深圳市对口支援喀什市和塔什库尔干塔吉克自治县。近年来，深圳援疆前方指挥部推动比亚迪在喀什市落户。',
    entities: [['深圳市', 'prefecture'], ['塔什库尔干塔吉克自治县', 'county'], ['深圳市对口支援新疆工作前方指挥部', 'agency'], ['比亚迪股份有限公司', 'company']],
    relations: [
      ['深圳市', 'supports', '喀什市'],
      ['深圳市', 'supports', '塔什库尔干塔吉克自治县'],
      ['深圳市对口支援新疆工作前方指挥部', 'part_of', '深圳市'],
      ['比亚迪股份有限公司', 'invests_in', '喀什市'],
    ],
  },
  {
    text: '黑龍江省援疆前指推動哈爾濱醫科大學附屬第一醫院對口幫扶兵團第十師醫院。',
    entities: [['哈尔滨医科大学附属第一医院', 'hospital'], ['黑龙江省对口支援新疆工作前方指挥部', 'agency']],
    relations: [
      ['哈尔滨医科大学附属第一医院', 'supports', '兵团第十师医院'],
      ['哈尔滨医科大学附属第一医院', 'part_of', '哈尔滨医科大学'],
      ['黑龙江省对口支援新疆工作前方指挥部', 'part_of', '黑龙江省'],
    ],
  },
  {
    text: '湖南省援疆前方指挥部在吐鲁番市高昌区实施“湘吐同心”工程，湖南省人民医院与吐鲁番市人民医院结对共建。',
    entities: [['湘吐同心工程', 'program'], ['高昌区', 'county']],
    relations: [['湖南省', 'runs', '湘吐同心工程'], ['湖南省人民医院', 'partners_with', '吐鲁番市人民医院']],
  },
  {
    text: '天津金开新能正在昌吉投资算力中心、天津绿波园林绿化正在伊犁投资门式钢结构工程。',
    entities: [['天津金开新能', 'company'], ['天津绿波园林绿化', 'company'], ['昌吉回族自治州', 'prefecture']],
    relations: [['天津金开新能', 'invests_in', '昌吉回族自治州'], ['天津绿波园林绿化', 'invests_in', '伊犁哈萨克自治州']],
  },
  {
    text: '江西省委组织部、省人社厅、省卫健委、江西援疆前方指挥部联合印发《江西省“1+N”组团式医疗援疆实施方案》。',
    entities: [['中共江西省委组织部', 'agency'], ['江西省人力资源和社会保障厅', 'agency'], ['江西省卫生健康委员会', 'agency']],
    relations: [['江西省人力资源和社会保障厅', 'part_of', '江西省'], ['江西省', 'runs', '江西省1+N组团式医疗援疆实施方案']],
  },
  {
    text: '首页 > 新闻 > 援疆\n广东援疆医疗队在伽师县人民医院开展“组团式”帮扶，由深圳援建的喀什大学新校区正式启用。\n责任编辑：张三',
    entities: [['伽师县人民医院', 'hospital'], ['喀什大学', 'school']],
    relations: [['广东省', 'supports', '伽师县人民医院'], ['深圳市', 'supports', '喀什大学'], ['广东省', 'runs', '组团式']],
  },
  {
    text: '安徽援疆指挥部推动安踏集团在皮山县设立生产基地，并实施“皖疆同心”教育帮扶计划。',
    entities: [['安踏体育用品集团有限公司', 'company'], ['皖疆同心', 'program']],
    relations: [['安踏体育用品集团有限公司', 'invests_in', '皮山县'], ['安徽省', 'runs', '皖疆同心']],
  },
];

describe('extractArticle on snippets of article language', () => {
  it.each(CASES)('$text', ({ text, entities, relations }) => {
    const x = extract(text);
    for (const [name, type] of entities) expect(entity(x, name), name).toMatchObject({ type });
    for (const [source, type, target] of relations) expect(relation(x, source, type, target), `${source} -${type}-> ${target}`).toBeDefined();
  });

  it('pairs each recipient with the nearest donor when a sentence names several', () => {
    const x = extract('广东援疆医疗队在伽师县人民医院开展义诊，由深圳援建的喀什大学新校区正式启用。');
    expect(relation(x, '深圳市', 'supports', '伽师县人民医院')).toBeUndefined();
    expect(relation(x, '广东省', 'supports', '喀什大学')).toBeUndefined();
  });

  it('reads a known company inside a longer company name as that company', () => {
    const x = extract('宁波援疆指挥部引进雅戈尔集团在库车市投资建设纺织项目。');
    expect(entity(x, '雅戈尔集团股份有限公司')?.aliases).toContain('雅戈尔集团');
    expect(x.relations.filter((r) => r.type === 'part_of' && r.source.startsWith('雅戈尔'))).toEqual([]);
  });

  it('makes what an organisation sets up part of it', () => {
    const x = extract('兩年來，阿克陶縣人民醫院引進了“李愛青博士工作站”，成立了“鄭宏名醫工作室”。新疆唐锦纺织有限公司在阿克陶县设立唐锦家庭工坊。');
    expect(relation(x, '李爱青博士工作站', 'part_of', '阿克陶县人民医院')).toBeDefined();
    expect(relation(x, '郑宏名医工作室', 'part_of', '阿克陶县人民医院')).toBeDefined();
    expect(relation(x, '唐锦家庭工坊', 'part_of', '新疆唐锦纺织有限公司')).toBeDefined();
  });

  it('reads villages in a Xinjiang county as recipients', () => {
    const x = extract('江西援建的阿克陶县布伦口乡布伦口村新建了安居房。');
    expect(relation(x, '江西省', 'supports', '布伦口村')).toBeDefined();
    expect(relation(x, '布伦口村', 'located_in', '布伦口乡')).toBeDefined();
    expect(relation(x, '江西省', 'supports', '阿克陶县')).toBeUndefined();
  });

  it('merges an institution and its alternative name in parentheses', () => {
    const x = extract('在克州江西實驗中學(阿克陶縣雪松中學),“紅杜鵑”文化標識隨處可見。');
    const school = entity(x, '阿克陶县雪松中学');
    expect(school?.type).toBe('school');
    expect(school?.aliases).toEqual(expect.arrayContaining(['克州江西实验中学', '阿克陶縣雪松中學']));
    expect(entity(x, '克州江西实验中学')).toBeUndefined();
  });

  it('reads a machine-rewritten sentence as the real entities', () => {
    const x = extract(
      '值得一提的是，天津19家甲等病院取和地步区人平易近病院签订“院包科”和谈，以最优良资本全方位帮扶病院扶植，是全疆“以院包科”数量最多的“组团式”病院。天津援疆前指正在和地步区开展勾当。鞭策财产成长。',
    );
    expect(entity(x, '和田地区人民医院')?.type).toBe('hospital');
    expect(relation(x, '天津市', 'supports', '和田地区人民医院')).toBeDefined();
  });

  it('keeps the evidence sentence as written, with offsets into the article', () => {
    const text = '首页 新闻中心\n  江西省內13家三甲醫院對口幫扶阿克陶縣人民醫院30個學科。\n';
    const x = extract(text, 'a1');
    const r = relation(x, '江西省', 'supports', '阿克陶县人民医院');
    expect(r?.evidence[0]).toMatchObject({ article: 'a1' });
    const e = r!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toContain('阿克陶縣人民醫院');
    expect(e.sentence).toContain('對口幫扶');
  });

  it('links places to the administrative tree without evidence', () => {
    const x = extract('北京援疆干部在墨玉县开展义诊。');
    const edge = relation(x, '墨玉县', 'located_in', '和田地区');
    expect(edge?.evidence).toEqual([]);
    expect(entity(x, '和田地区')?.mentions).toBe(0);
  });

  it('gives places the short forms the gazetteer knows, so users can type them', () => {
    const x = extract('天津市对口支援和田地区策勒县。');
    expect(entity(x, '天津市')?.aliases).toEqual(expect.arrayContaining(['天津', '津']));
    expect(entity(x, '和田地区')?.aliases).toContain('和田');
  });

  it('does not read generic institutions as names', () => {
    const x = extract('唐山51名医疗人才到当地医院和唐山重点学校跟班学习，天津19家甲等医院参与帮扶。');
    expect(x.entities.filter((e) => e.type === 'hospital' || e.type === 'school')).toEqual([]);
  });

  it('reads a long text without punctuation in bounded time, relations still found', () => {
    const text = '江西援疆医生在阿克陶县人民医院开展义诊'.repeat(20_000);
    const started = Date.now();
    const x = extract(text);
    // Not a speed figure: a guard against quadratic work on one endless "sentence".
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(relation(x, '江西省', 'supports', '阿克陶县人民医院')).toBeDefined();
  });

  it('rejects an article without id or text', () => {
    expect(() => extractArticle({ id: '', text: 'x' })).toThrow(/id/);
  });
});

describe('extractArticle on the seeds', () => {
  const seed = (file: string) => extract(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'), file);

  it('finds the donor and recipients of a Traditional-script article with pinyin glosses', () => {
    const x = seed('002_3189ede4f95b37c8.txt');
    expect(relation(x, '江西省', 'supports', '阿克陶县')).toBeDefined();
    expect(relation(x, '南昌大学第一附属医院', 'supports', '阿克陶县人民医院')).toBeDefined();
    expect(relation(x, '南昌大学第一附属医院', 'part_of', '南昌大学')).toBeDefined();
    expect(entity(x, '克孜勒苏柯尔克孜自治州')?.aliases).toEqual(expect.arrayContaining(['克州']));
    // Page chrome is not read: the licence footer names no company.
    expect(x.entities.some((e) => e.name.includes('许可证'))).toBe(false);
  });

  it('reads every pairing of the national overview', () => {
    const x = seed('004_bc355209b628d6c9.txt');
    for (const [donor, recipient] of [['河北省', '巴音郭楞蒙古自治州'], ['辽宁省', '塔城地区'], ['安徽省', '皮山县'], ['湖南省', '吐鲁番市']]) {
      expect(relation(x, donor!, 'supports', recipient!), `${donor} → ${recipient}`).toBeDefined();
    }
  });

  it('gives every extracted edge its evidence', () => {
    const x = seed('000_386c6d3f6793f036.txt');
    const textual = x.relations.filter((r) => r.type !== 'located_in');
    expect(textual.length).toBeGreaterThan(3);
    for (const r of textual) expect(r.evidence.length, `${r.source} ${r.type} ${r.target}`).toBeGreaterThan(0);
  });
});
