import { describe, expect, it } from 'vitest';

import { createGazetteer, getGazetteer, resolvePlacePrefix, type Division } from '../../src/extract/gazetteer.ts';

const gazetteer = getGazetteer();
const found = (text: string, options = {}) => gazetteer.scan(text, options).map((m) => [m.surface, m.division.name]);

describe('gazetteer.scan', () => {
  it.each([
    [
      // seeds/004, converted to Simplified
      '1997年对口援疆工作开启以来,山东省对口支援喀什地区疏勒、英吉沙、岳普湖和麦盖提四县',
      [['山东省', '山东省'], ['喀什地区', '喀什地区'], ['疏勒', '疏勒县'], ['英吉沙', '英吉沙县'], ['岳普湖', '岳普湖县'], ['麦盖提', '麦盖提县']],
    ],
    [
      // seeds/002
      '江西与新疆克州虽隔千山万水,但援疆情谊紧密相连。',
      [['江西', '江西省'], ['新疆', '新疆维吾尔自治区'], ['克州', '克孜勒苏柯尔克孜自治州']],
    ],
    [
      // seeds/000
      '此时,第十批唐山援疆干部人才已在且末县奋战800多个日夜。',
      [['唐山', '唐山市'], ['且末县', '且末县']],
    ],
    [
      // seeds/003
      '去年8月,北京市援疆和田指挥部促成这家企业在和田落地',
      [['北京市', '北京市'], ['和田', '和田地区'], ['和田', '和田地区']],
    ],
    [
      // seeds/004: 长治 (a city) inside 长治久安 is no place
      '为实现新疆社会稳定和长治久安作出新贡献',
      [['新疆', '新疆维吾尔自治区']],
    ],
    [
      // seeds/003: 天山, 泰山, 塔河, 东海 are mountains, a river and a sea here
      '天山泰山手牵手,塔河东海心连心。',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('prefers the longest name: 新疆维吾尔自治区 is one match', () => {
    expect(found('新疆维吾尔自治区成立70周年')).toEqual([['新疆维吾尔自治区', '新疆维吾尔自治区']]);
  });

  it('prefers the county over the prefecture short form it starts with', () => {
    expect(found('在和田市产业园区')).toEqual([['和田市', '和田市']]);
  });

  it('emits a place that prefixes an institution name', () => {
    expect(found('和田学院')).toEqual([['和田', '和田地区']]);
  });

  it('reports offsets into the text', () => {
    const [match] = gazetteer.scan('援疆干部在阿克陶县');
    expect(match).toMatchObject({ start: 5, end: 9, surface: '阿克陶县' });
  });

  it('skips a short form shared by two units', () => {
    expect(found('伊宁的发展')).toEqual([]);
    expect(found('伊宁市的发展')).toEqual([['伊宁市', '伊宁市']]);
  });

  it('does not read a short form out of a blocked word', () => {
    expect(found('湖南第一师范学院')).toEqual([['湖南', '湖南省']]);
    expect(found('兵团一师正携手')).toEqual([['兵团一师', '新疆生产建设兵团第一师']]);
  });

  it('emits one-character abbreviations only when asked', () => {
    expect(found('赣克两地一家亲')).toEqual([]);
    expect(found('赣克两地', { singleChar: true })).toEqual([['赣', '江西省']]);
  });

  it('scans long text in one pass with offsets that stay exact (timing lives in bench/gazetteer-scan.ts)', () => {
    const sentence = '山东省对口支援喀什地区疏勒、英吉沙、岳普湖和麦盖提四县。';
    const once = gazetteer.scan(sentence);
    const many = gazetteer.scan(sentence.repeat(5000));
    expect(many).toHaveLength(once.length * 5000);
    const last = many.at(-1)!;
    expect(last.start).toBe(once.at(-1)!.start + sentence.length * 4999);
    expect(last.surface).toBe('麦盖提');
  });

  it('returns no match for empty text', () => {
    expect(gazetteer.scan('')).toEqual([]);
  });
});

describe('createGazetteer', () => {
  const divisions: Division[] = [
    { name: '甲省', type: 'province', aliases: ['甲'] },
    { name: '乙市', type: 'prefecture', parent: '甲省', aliases: ['乙'] },
    { name: '乙县', type: 'county', parent: '乙市', aliases: [] },
  ];

  it('scans longest-first over a small table and consumes blocked words', () => {
    const g = createGazetteer(divisions, { blockers: ['乙县长'] });
    expect(g.scan('甲省乙县乙县长乙市').map((m) => m.division.name)).toEqual(['甲省', '乙县', '乙市']);
  });
});

describe('createGazetteer: short forms of county-level units', () => {
  // 受援区 is the open region (the recipients); 丁甲省 is elsewhere.
  const divisions: Division[] = [
    { name: '受援区', type: 'province', aliases: [] },
    { name: '戊己地区', type: 'prefecture', parent: '受援区', aliases: ['戊己'] },
    { name: '庚癸县', type: 'county', parent: '戊己地区', aliases: ['庚癸'] },
    { name: '丁甲省', type: 'province', aliases: ['丁甲'] },
    { name: '丙乙市', type: 'prefecture', parent: '丁甲省', aliases: ['丙乙'] },
    { name: '辛壬县', type: 'county', parent: '丙乙市', aliases: ['辛壬'] },
    { name: '平安区', type: 'county', parent: '丙乙市', aliases: ['平安'] },
  ];
  const g = createGazetteer(divisions, {
    openRegions: ['受援区'],
    words: { common: ['平安'], containing: ['辛壬号'], word: ['平辛', '壬子'], unknown: ['辛壬'] },
  });
  const names = (text: string) => g.scan(text).map((m) => m.division.name);

  it('reads a recipient’s short form anywhere', () => {
    expect(names('走进庚癸')).toEqual(['庚癸县']);
  });

  it('reads another short form only with context', () => {
    expect(names('走进辛壬')).toEqual([]);
    expect(names('走进丙乙辛壬')).toEqual(['丙乙市', '辛壬县']);
    expect(names('丁甲辛壬')).toEqual(['丁甲省', '辛壬县']);
    expect(names('辛壬援疆干部')).toEqual(['辛壬县']);
    expect(names('辛壬、庚癸两地')).toEqual(['辛壬县', '庚癸县']);
    expect(names('辛壬县签约。辛壬干部')).toEqual(['辛壬县', '辛壬县']);
  });

  it('reads an everyday-word short form only after its own prefecture', () => {
    expect(names('平安区成立。平安援疆')).toEqual(['平安区']);
    expect(names('丙乙平安')).toEqual(['丙乙市', '平安区']);
    expect(names('丁甲平安')).toEqual(['丁甲省']);
  });

  it('reads no short form inside a longer word or across a frequent one', () => {
    expect(names('丙乙辛壬号')).toEqual(['丙乙市']);
    expect(names('和平辛壬援疆')).toEqual([]);
    expect(names('辛壬子援疆')).toEqual([]);
  });
});

describe('resolvePlacePrefix', () => {
  it.each([
    ['阿克陶县人民医院', '阿克陶县', '人民医院'],
    ['和田地区第二中学', '和田地区', '第二中学'],
    ['克州三中', '克孜勒苏柯尔克孜自治州', '三中'],
    ['喀什第二人民医院', '喀什地区', '第二人民医院'],
    ['且末县人民医院', '且末县', '人民医院'],
    ['策勒县第一小学', '策勒县', '第一小学'],
    ['江西援疆前方指挥部', '江西省', '援疆前方指挥部'],
    ['新疆生产建设兵团第一师', '新疆生产建设兵团第一师', ''],
  ])('%s → %s + %s', (name, division, rest) => {
    const hit = resolvePlacePrefix(name);
    expect(hit?.division.name).toBe(division);
    expect(hit?.rest).toBe(rest);
  });

  it('prefers the prefecture when a prefecture and counties share the form', () => {
    const g = createGazetteer([
      { name: '甲省', type: 'province', aliases: [] },
      { name: '丙丁地区', type: 'prefecture', parent: '甲省', aliases: ['丙丁'], ambiguous: ['丙丁'] },
      { name: '丙丁县', type: 'county', parent: '戊市', aliases: ['丙丁'], ambiguous: ['丙丁'] },
    ]);
    expect(g.resolvePlacePrefix('丙丁人民医院')).toEqual({ division: expect.objectContaining({ name: '丙丁地区' }), rest: '人民医院' });
    expect(g.scan('丙丁人民医院')).toEqual([]);
  });

  it('peels a city short form off a university name', () => {
    expect(resolvePlacePrefix('南昌大学第一附属医院')).toMatchObject({ division: { name: '南昌市' }, rest: '大学第一附属医院' });
  });

  it('returns null when the name starts with no place', () => {
    expect(resolvePlacePrefix('人民医院')).toBeNull();
    expect(resolvePlacePrefix('中山大学')).toBeNull();
  });

  it('returns null when two units of one level share the form', () => {
    expect(resolvePlacePrefix('朝阳区人民医院')).toBeNull();
  });
});
