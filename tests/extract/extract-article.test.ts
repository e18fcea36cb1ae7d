import { readFileSync, readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/errors.ts';
import { extractArticle, extractArticles } from '../../src/extract/extract-article.ts';
import type { Article, Extraction } from '../../src/types.ts';
import { named, triples } from './snippets.ts';

const extract = (text: string, id = 'snippet') => extractArticle({ id, text });
/** What the text names: entities with at least one mention (the gazetteer adds the units above them). */
const textEntities = (x: Extraction) => named(x.entities.filter((e) => e.mentions > 0));
/** What the text states: relations with evidence (the gazetteer adds located_in without it). */
const textRelations = (x: Extraction) => triples(x.relations.filter((r) => r.evidence.length > 0));
const entity = (x: Extraction, name: string) => x.entities.find((e) => e.name === name);

// Snippets in the language of 对口援疆 reporting, with the whole graph they must give.
const CASES: Array<{ text: string; entities: Array<[string, string]>; relations: Array<[string, string, string]> }> = [
  {
    text: '新一轮对口援疆工作开展以来，天津市对口支援和田地区民丰、策勒和于田三县。',
    entities: [['于田县', 'county'], ['和田地区', 'prefecture'], ['天津市', 'province'], ['民丰县', 'county'], ['策勒县', 'county']],
    relations: [['天津市', 'supports', '于田县'], ['天津市', 'supports', '和田地区'], ['天津市', 'supports', '民丰县'], ['天津市', 'supports', '策勒县']],
  },
  {
    text: '苏州大学附属第一医院采取“以院包科”模式，对口帮扶克州人民医院心血管内科。',
    entities: [['克孜勒苏柯尔克孜自治州', 'prefecture'], ['克孜勒苏柯尔克孜自治州人民医院', 'hospital'], ['苏州大学', 'school'], ['苏州大学附属第一医院', 'hospital'], ['院包科', 'program']],
    relations: [
      ['克孜勒苏柯尔克孜自治州人民医院', 'located_in', '克孜勒苏柯尔克孜自治州'],
      ['苏州大学附属第一医院', 'located_in', '苏州市'],
      ['苏州大学附属第一医院', 'part_of', '苏州大学'],
      ['苏州大学附属第一医院', 'runs', '院包科'],
      ['苏州大学附属第一医院', 'supports', '克孜勒苏柯尔克孜自治州人民医院'],
    ],
  },
  {
    text: '广州市对口支援疏附县和伽师县。近年来，广州援疆前方指挥部推动温氏集团在疏附县落户。',
    entities: [['伽师县', 'county'], ['广州市', 'prefecture'], ['广州市对口支援新疆工作前方指挥部', 'agency'], ['温氏食品集团股份有限公司', 'company'], ['疏附县', 'county']],
    relations: [
      ['广州市', 'supports', '伽师县'],
      ['广州市', 'supports', '疏附县'],
      ['广州市对口支援新疆工作前方指挥部', 'part_of', '广州市'],
      ['温氏食品集团股份有限公司', 'invests_in', '疏附县'],
    ],
  },
  {
    text: '黑龍江省援疆前指推動哈爾濱醫科大學附屬第一醫院對口幫扶兵團第十師醫院。',
    entities: [['兵团第十师医院', 'hospital'], ['哈尔滨医科大学', 'school'], ['哈尔滨医科大学附属第一医院', 'hospital'], ['黑龙江省', 'province'], ['黑龙江省对口支援新疆工作前方指挥部', 'agency']],
    relations: [
      ['兵团第十师医院', 'located_in', '新疆生产建设兵团第十师'],
      ['哈尔滨医科大学附属第一医院', 'located_in', '哈尔滨市'],
      ['哈尔滨医科大学附属第一医院', 'part_of', '哈尔滨医科大学'],
      ['哈尔滨医科大学附属第一医院', 'supports', '兵团第十师医院'],
      ['黑龙江省', 'supports', '兵团第十师医院'],
      ['黑龙江省对口支援新疆工作前方指挥部', 'part_of', '黑龙江省'],
    ],
  },
  {
    text: '福建省援疆前方指挥部在昌吉市实施“闽昌同心”工程。',
    entities: [['昌吉市', 'county'], ['福建省', 'province'], ['福建省对口支援新疆工作前方指挥部', 'agency'], ['闽昌同心工程', 'program']],
    relations: [['福建省', 'runs', '闽昌同心工程'], ['福建省对口支援新疆工作前方指挥部', 'part_of', '福建省']],
  },
  {
    text: '浙江华孚正在阿克苏投资纺纱基地、浙江恒逸正在库车投资化纤工程。',
    entities: [['库车市', 'county'], ['浙江华孚', 'company'], ['浙江恒逸', 'company'], ['阿克苏地区', 'prefecture']],
    relations: [['浙江华孚', 'invests_in', '阿克苏地区'], ['浙江恒逸', 'invests_in', '库车市']],
  },
  {
    text: '浙江省委组织部、省人社厅、省教育厅、浙江援疆前方指挥部联合印发《浙江省“1+X”组团式教育援疆实施方案》。',
    entities: [
      ['中共浙江省委组织部', 'agency'],
      ['浙江省', 'province'],
      ['浙江省1+X组团式教育援疆实施方案', 'program'],
      ['浙江省人力资源和社会保障厅', 'agency'],
      ['浙江省对口支援新疆工作前方指挥部', 'agency'],
      ['浙江省教育厅', 'agency'],
    ],
    relations: [
      ['中共浙江省委组织部', 'part_of', '浙江省'],
      ['中共浙江省委组织部', 'runs', '浙江省1+X组团式教育援疆实施方案'],
      ['浙江省', 'runs', '浙江省1+X组团式教育援疆实施方案'],
      ['浙江省人力资源和社会保障厅', 'part_of', '浙江省'],
      ['浙江省人力资源和社会保障厅', 'runs', '浙江省1+X组团式教育援疆实施方案'],
      ['浙江省对口支援新疆工作前方指挥部', 'part_of', '浙江省'],
      ['浙江省教育厅', 'part_of', '浙江省'],
      ['浙江省教育厅', 'runs', '浙江省1+X组团式教育援疆实施方案'],
    ],
  },
  {
    text: '首页 > 新闻 > 援疆\n广东援疆医疗队在伽师县人民医院开展“组团式”帮扶，由深圳援建的喀什大学新校区正式启用。\n责任编辑：张三',
    entities: [['伽师县', 'county'], ['伽师县人民医院', 'hospital'], ['喀什大学', 'school'], ['广东省', 'province'], ['深圳市', 'prefecture'], ['组团式', 'program']],
    relations: [
      ['伽师县人民医院', 'located_in', '伽师县'],
      ['喀什大学', 'located_in', '喀什地区'],
      ['广东省', 'runs', '组团式'],
      ['广东省', 'supports', '伽师县人民医院'],
      ['深圳市', 'supports', '喀什大学'],
    ],
  },
  {
    text: '安徽援疆指挥部推动安踏集团在皮山县设立生产基地，并实施“皖疆同心”教育帮扶计划。',
    entities: [['安徽省', 'province'], ['安徽省对口支援新疆工作前方指挥部', 'agency'], ['安踏体育用品集团有限公司', 'company'], ['皖疆同心', 'program'], ['皮山县', 'county']],
    // A company the donor's command brings in invests as the donor's aid.
    relations: [
      ['安徽省', 'runs', '皖疆同心'],
      ['安徽省', 'supports', '皮山县'],
      ['安徽省对口支援新疆工作前方指挥部', 'part_of', '安徽省'],
      ['安踏体育用品集团有限公司', 'invests_in', '皮山县'],
    ],
  },
];

describe('extractArticle on snippets of article language', () => {
  it.each(CASES)('$text', ({ text, entities, relations }) => {
    const x = extract(text);
    expect(textEntities(x)).toEqual(named(entities.map(([name, type]) => ({ name, type }))));
    expect(textRelations(x)).toEqual(triples(relations.map(([source, type, target]) => ({ source, type, target }))));
  });

  it('pairs each recipient with the nearest donor when a sentence names several', () => {
    const x = extract('广东援疆医疗队在伽师县人民医院开展义诊，由深圳援建的喀什大学新校区正式启用。');
    expect(triples(x.relations.filter((r) => r.type === 'supports'))).toEqual([
      ['广东省', 'supports', '伽师县人民医院'],
      ['深圳市', 'supports', '喀什大学'],
    ]);
  });

  it('reads a known company inside a longer company name as that company', () => {
    const x = extract('宁波援疆指挥部引进雅戈尔集团在库车市投资建设纺织项目。');
    expect(textEntities(x)).toEqual([
      ['宁波市', 'prefecture'],
      ['宁波市对口支援新疆工作前方指挥部', 'agency'],
      ['库车市', 'county'],
      ['雅戈尔集团股份有限公司', 'company'],
    ]);
    expect(entity(x, '雅戈尔集团股份有限公司')?.aliases).toEqual(['雅戈尔集团']);
    expect(textRelations(x)).toEqual([
      ['宁波市', 'supports', '库车市'],
      ['宁波市对口支援新疆工作前方指挥部', 'part_of', '宁波市'],
      ['雅戈尔集团股份有限公司', 'invests_in', '库车市'],
    ]);
  });

  it('makes what an organisation sets up part of it', () => {
    const x = extract('三年來，疏勒縣人民醫院引進了“張立新博士工作站”，成立了“劉曉梅名醫工作室”。新疆锦疆纺织有限公司在疏勒县设立锦疆家庭工坊。');
    expect(textRelations(x)).toEqual([
      ['刘晓梅名医工作室', 'part_of', '疏勒县人民医院'],
      ['张立新博士工作站', 'part_of', '疏勒县人民医院'],
      ['新疆锦疆纺织有限公司', 'invests_in', '疏勒县'],
      ['新疆锦疆纺织有限公司', 'invests_in', '锦疆家庭工坊'],
      ['新疆锦疆纺织有限公司', 'located_in', '新疆维吾尔自治区'],
      ['疏勒县人民医院', 'located_in', '疏勒县'],
      ['锦疆家庭工坊', 'part_of', '新疆锦疆纺织有限公司'],
    ]);
  });

  it('reads villages in a Xinjiang county as recipients', () => {
    const x = extract('广东援建的疏附县塔什米里克乡塔什米里克村新建了安居房。');
    expect(textRelations(x)).toEqual([
      ['塔什米里克乡', 'located_in', '疏附县'],
      ['塔什米里克村', 'located_in', '塔什米里克乡'],
      ['广东省', 'supports', '塔什米里克村'],
    ]);
  });

  it('merges an institution and its alternative name in parentheses', () => {
    const x = extract('在伊犁江蘇實驗中學(伊寧縣紅星中學),師生齊聚一堂。');
    expect(x.entities.map((e) => [e.name, e.type, e.mentions, e.aliases])).toEqual([
      ['伊宁县红星中学', 'school', 2, ['伊犁江苏实验中学', '伊犁江蘇實驗中學', '伊寧縣紅星中學']],
      // Written in full inside 伊寧縣紅星中學, the county is named there.
      ['伊宁县', 'county', 1, []],
      ['伊犁哈萨克自治州', 'prefecture', 0, ['伊犁', '伊犁州']],
      ['新疆维吾尔自治区', 'province', 0, ['新疆', '新']],
    ]);
  });

  it('reads a machine-rewritten sentence as the real entities', () => {
    const x = extract(
      '据悉，上海12家三甲病院取莎车县人平易近病院签署“院包科”和谈，以优良医疗资本全力帮扶病院扶植，成为南疆落实“以院包科”科室最多的“组团式”帮扶病院。上海援疆前指正在莎车县开展勾当。鞭策财产成长。',
    );
    expect(textEntities(x)).toEqual([
      ['上海市', 'province'],
      ['上海市对口支援新疆工作前方指挥部', 'agency'],
      ['组团式', 'program'],
      ['莎车县', 'county'],
      ['莎车县人民医院', 'hospital'],
      ['院包科', 'program'],
    ]);
    expect(textRelations(x)).toEqual([
      ['上海市', 'runs', '组团式'],
      ['上海市', 'runs', '院包科'],
      ['上海市', 'supports', '莎车县人民医院'],
      ['上海市对口支援新疆工作前方指挥部', 'part_of', '上海市'],
      ['莎车县人民医院', 'located_in', '莎车县'],
    ]);
  });

  it('keeps the evidence sentence as written, with offsets into the article', () => {
    const text = '首页 新闻中心\n  江蘇省內11家三甲醫院對口幫扶阿圖什市人民醫院25個學科。\n';
    const x = extract(text, 'a1');
    const sentence = '江蘇省內11家三甲醫院對口幫扶阿圖什市人民醫院25個學科。';
    const evidence = [{ article: 'a1', sentence, start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length }];
    expect(x.relations.filter((r) => r.evidence.length > 0)).toEqual([
      { source: '江苏省', target: '阿图什市人民医院', type: 'supports', evidence },
      { source: '阿图什市人民医院', target: '阿图什市', type: 'located_in', evidence },
    ]);
  });

  it('links places to the administrative tree without evidence', () => {
    const x = extract('北京援疆干部在墨玉县开展义诊。');
    expect(x.relations.map((r) => [r.source, r.type, r.target, r.evidence.length])).toEqual([
      ['北京市', 'supports', '墨玉县', 1],
      ['墨玉县', 'located_in', '和田地区', 0],
      ['和田地区', 'located_in', '新疆维吾尔自治区', 0],
    ]);
    expect(x.entities.map((e) => [e.name, e.mentions])).toEqual([
      ['北京市', 1],
      ['墨玉县', 1],
      ['和田地区', 0],
      ['新疆维吾尔自治区', 0],
    ]);
  });

  it('gives places the short forms the gazetteer knows, so users can type them', () => {
    const x = extract('天津市对口支援和田地区策勒县。');
    expect(x.entities.map((e) => [e.name, e.aliases])).toEqual([
      ['天津市', ['天津', '津']],
      ['和田地区', ['和田']],
      ['策勒县', ['策勒']],
      ['新疆维吾尔自治区', ['新疆', '新']],
    ]);
  });

  it('does not read generic institutions as names', () => {
    const x = extract('常州38名医务人员到当地医院和常州重点学校跟班学习，上海12家三甲医院参与帮扶。');
    expect(textEntities(x)).toEqual([
      ['上海市', 'province'],
      ['常州市', 'prefecture'],
    ]);
    expect(textRelations(x)).toEqual([]);
  });

  it('reads a long text without punctuation in time linear in its length, relations still found', () => {
    // Not a speed figure (npm run bench measures speed): a guard against quadratic work on one
    // endless "sentence". CPU time, so a loaded machine does not fail it; twice the text may
    // cost about twice the time, never four times.
    const cpu = (text: string) => {
      const started = process.cpuUsage();
      const x = extract(text);
      const used = process.cpuUsage(started);
      return { x, ms: (used.user + used.system) / 1000 };
    };
    const unit = '江西援疆医生在阿克陶县人民医院开展义诊';
    cpu(unit.repeat(500)); // loads the data files
    const small = cpu(unit.repeat(5_000));
    const large = cpu(unit.repeat(10_000));
    expect(large.ms / small.ms).toBeLessThan(3);
    expect(textRelations(large.x)).toEqual([
      ['江西省', 'supports', '阿克陶县人民医院'],
      ['阿克陶县人民医院', 'located_in', '阿克陶县'],
    ]);
  });

  it('rejects an article without id or text', () => {
    expect(() => extractArticle({ id: '', text: 'x' })).toThrow(/id/);
  });

  // Cases the extractor gets wrong today (the lead fixes the rules):
  // A pairing of two hospitals (结对共建) is read as aid too, from the command named earlier
  // in the sentence.
  it.fails('reads a pairing of hospitals as partners only', () => {
    const x = extract('福建省援疆前方指挥部在昌吉市实施“闽昌同心”工程，福建省立医院与昌吉州人民医院结对共建。');
    expect(textRelations(x).filter(([, type]) => type !== 'located_in')).toEqual([
      ['福建省', 'runs', '闽昌同心工程'],
      ['福建省对口支援新疆工作前方指挥部', 'part_of', '福建省'],
      ['福建省立医院', 'partners_with', '昌吉回族自治州人民医院'],
    ]);
  });
});

describe('extractArticle on the seeds', () => {
  const seed = (file: string) => extract(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'), file);
  const supportsOf = (x: Extraction, keep: (source: string) => boolean) =>
    triples(x.relations.filter((r) => r.type === 'supports' && r.evidence.length > 0 && keep(r.source)));
  const pairs = (rows: Array<[string, string]>) => triples(rows.map(([source, target]) => ({ source, type: 'supports', target })));

  // Every pairing the national overview states, as the gold annotation reads it.
  const OVERVIEW: Array<[string, string]> = [
    ['天津市', '和田地区'], ['安徽省', '皮山县'], ['山东省', '喀什地区'], ['山东省', '岳普湖县'], ['山东省', '疏勒县'], ['山东省', '英吉沙县'],
    ['山东省', '麦盖提县'], ['江苏省', '克孜勒苏柯尔克孜自治州'], ['江西省', '克孜勒苏柯尔克孜自治州'], ['河北省', '巴音郭楞蒙古自治州'],
    ['河南省', '哈密市'], ['浙江省', '新疆生产建设兵团第一师'], ['浙江省', '阿克苏地区'], ['湖北省', '博尔塔拉蒙古自治州'], ['湖南省', '吐鲁番市'],
    ['福建省', '昌吉回族自治州'], ['辽宁省', '塔城地区'],
  ];
  const MISREAD = ['江西省', '河南省', '湖北省'];

  it('finds the aid of a Traditional-script article with pinyin glosses, and no name in its page chrome', () => {
    const x = seed('002_3189ede4f95b37c8.txt');
    expect(triples(x.relations.filter((r) => r.source === '南昌大学第一附属医院' && r.type !== 'located_in'))).toEqual([
      ['南昌大学第一附属医院', 'part_of', '南昌大学'],
      ['南昌大学第一附属医院', 'supports', '阿克陶县人民医院'],
    ]);
    expect(entity(x, '克孜勒苏柯尔克孜自治州')?.aliases).toEqual(['克孜勒蘇柯爾克孜自治州', '克州', '克孜勒苏']);
    // Page chrome is not read: the licence footer names no company.
    expect(x.entities.filter((e) => e.name.includes('许可证'))).toEqual([]);
  });

  it('reads the pairings of the national overview, donor by donor', () => {
    const x = seed('004_bc355209b628d6c9.txt');
    const keep = (source: string) => !MISREAD.includes(source);
    expect(supportsOf(x, keep)).toEqual(pairs(OVERVIEW.filter(([source]) => keep(source))));
  });

  it('gives every extracted edge its evidence', () => {
    const x = seed('000_386c6d3f6793f036.txt');
    const textual = x.relations.filter((r) => r.type !== 'located_in');
    expect(textual.length).toBeGreaterThan(3);
    expect(textual.filter((r) => r.evidence.length === 0)).toEqual([]);
  });

  // Cases the extractor gets wrong today (the lead fixes the rules):
  // 江西省 is read as aiding all of 新疆 (a slogan's 对口支援新疆); 河南省 → 哈密市 and
  // 湖北省 → 博尔塔拉蒙古自治州 are not read.
  it.fails('reads every pairing of the national overview, and no other', () => {
    expect(supportsOf(seed('004_bc355209b628d6c9.txt'), () => true)).toEqual(pairs(OVERVIEW));
  });

  // 江西省's aid in its own article: the sites of 阿克陶 and 阿图什市, 阿拉尔市, 额敏县 are missed;
  // a hall in 赣州 (在赣州市“克州阿克陶展示馆”) is read as aid.
  it.fails('reads every recipient of 江西省 in its article, and no other', () => {
    const x = seed('002_3189ede4f95b37c8.txt');
    expect(supportsOf(x, (source) => source === '江西省')).toEqual(
      pairs(
        [
          '3000亩芦笋种植加工基地', '克孜勒苏柯尔克孜自治州', '克孜勒苏柯尔克孜自治州地质研究院', '克孜勒苏柯尔克孜自治州第三中学', '加马铁热克乡', '巴仁乡',
          '布伦口村', '新疆天山职业技术大学克州校区', '新疆维吾尔自治区', '江西新村', '赣陶远程影像中心', '阿克库木村', '阿克陶县', '阿克陶县人民医院',
          '阿克陶县昆仑佳苑设施农业产业园', '阿克陶县雪松中学', '阿图什市', '阿拉尔市', '额敏县',
        ].map((target) => ['江西省', target] as [string, string]),
      ),
    );
  });
});

describe('extractArticles', () => {
  const dir = new URL('./fixtures/heldout/', import.meta.url);
  const corpus = [new URL('../../seeds/', import.meta.url), dir].flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => ({ id: file, text: readFileSync(new URL(file, folder), 'utf8') })),
  );

  it('gives each article of a batch what extractArticle gives it alone, in order', () => {
    // More articles than one group, so groups follow one another.
    const batch = [...corpus, ...corpus, ...corpus];
    expect(batch.length).toBeGreaterThan(60);
    expect(extractArticles(batch)).toEqual(batch.map((article) => extractArticle(article)));
  });

  it('puts an error in the place of an article without a text, and extracts the others', () => {
    const [a, b] = corpus;
    const results = extractArticles([a!, { id: 'empty' } as Article, b!]);
    expect(results[1]).toBeInstanceOf(InvalidInputError);
    expect(results[0]).toEqual(extractArticle(a!));
    expect(results[2]).toEqual(extractArticle(b!));
  });

  it('loses no other article of the batch when one fails during extraction', () => {
    const [a, b] = corpus;
    // An article whose text can be read once, then no more: it fails midway through the steps.
    let reads = 0;
    const failing = {
      id: 'failing',
      get text(): string {
        if (++reads > 2) throw new Error('the text is gone');
        return '天津市对口支援和田地区。';
      },
    } as Article;
    const results = extractArticles([a!, failing, b!]);
    expect(results[1]).toBeInstanceOf(Error);
    expect((results[1] as Error).message).toBe('the text is gone');
    expect(results[0]).toEqual(extractArticle(a!));
    expect(results[2]).toEqual(extractArticle(b!));
  });
});
