import { describe, expect, it } from 'vitest';

import { createGazetteer, getGazetteer, resolvePlacePrefix, type Division } from '../../src/extract/gazetteer.ts';

const gazetteer = getGazetteer();
const found = (text: string, options = {}) => gazetteer.scan(text, options).map((m) => [m.surface, m.division.name]);

describe('gazetteer.scan', () => {
  // Sentences written for these tests in the genre's patterns.
  it.each([
    [
      // a donor, a prefecture and the short forms of its counties in an enumeration
      '2010年新一轮对口援疆启动以来，江苏省对口支援伊犁州霍城、察布查尔、巩留、尼勒克等县',
      [['江苏省', '江苏省'], ['伊犁州', '伊犁哈萨克自治州'], ['霍城', '霍城县'], ['察布查尔', '察布查尔锡伯自治县'], ['巩留', '巩留县'], ['尼勒克', '尼勒克县']],
    ],
    [
      // short forms of a province, the region and a prefecture-level city
      '湖南与新疆吐鲁番相距万里，但两地人民心手相牵。',
      [['湖南', '湖南省'], ['新疆', '新疆维吾尔自治区'], ['吐鲁番', '吐鲁番市']],
    ],
    [
      // a donor city's short form and a county-level city
      '截至目前，第十一批宁波援疆干部人才已在库车市工作500多天。',
      [['宁波', '宁波市'], ['库车市', '库车市']],
    ],
    [
      // a short form inside an aid body's name, and again alone
      '今年3月，上海市援疆莎车分指挥部促成这家企业在莎车投产',
      [['上海市', '上海市'], ['莎车', '莎车县'], ['莎车', '莎车县']],
    ],
    [
      // 长治 (a city) inside 长治久安 is no place
      '在维护新疆社会大局持续稳定、长治久安中展现担当',
      [['新疆', '新疆维吾尔自治区']],
    ],
    [
      // 黄浦 (a district) in 黄浦江 and 天山 (a district) in 天山脚下 are a river and mountains here
      '从黄浦江畔到天山脚下，沪喀两地情谊跨越千山万水。',
      [],
    ],
    [
      // 东海 and 塔河 (counties) are a sea and a river here
      '东海之滨、塔河两岸，处处传颂着援疆佳话。',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('prefers the longest name: 新疆维吾尔自治区 is one match', () => {
    expect(found('新疆维吾尔自治区党委召开常委会议')).toEqual([['新疆维吾尔自治区', '新疆维吾尔自治区']]);
  });

  it('prefers the county over the prefecture short form it starts with', () => {
    expect(found('在阿克苏市纺织工业城')).toEqual([['阿克苏市', '阿克苏市']]);
  });

  it('emits a place that prefixes an institution name', () => {
    expect(found('伊犁师范大学')).toEqual([['伊犁', '伊犁哈萨克自治州']]);
  });

  it('reports offsets into the text', () => {
    const [match] = gazetteer.scan('援疆干部在伽师县');
    expect(match).toMatchObject({ start: 5, end: 8, surface: '伽师县' });
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
    const sentence = '江苏省对口支援伊犁州霍城、察布查尔、巩留和尼勒克四县。';
    const once = gazetteer.scan(sentence);
    const many = gazetteer.scan(sentence.repeat(5000));
    expect(many).toHaveLength(once.length * 5000);
    const last = many.at(-1)!;
    expect(last.start).toBe(once.at(-1)!.start + sentence.length * 4999);
    expect(last.surface).toBe('尼勒克');
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
    ['疏附县人民医院', '疏附县', '人民医院'],
    ['塔城地区第一中学', '塔城地区', '第一中学'],
    ['博州三中', '博尔塔拉蒙古自治州', '三中'],
    ['阿克苏第一人民医院', '阿克苏地区', '第一人民医院'],
    ['莎车县第二人民医院', '莎车县', '第二人民医院'],
    ['墨玉县第二小学', '墨玉县', '第二小学'],
    ['广东援疆前方指挥部', '广东省', '援疆前方指挥部'],
    ['新疆生产建设兵团第三师', '新疆生产建设兵团第三师', ''],
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
    expect(resolvePlacePrefix('武汉大学人民医院')).toMatchObject({ division: { name: '武汉市' }, rest: '大学人民医院' });
  });

  it('returns null when the name starts with no place', () => {
    expect(resolvePlacePrefix('人民医院')).toBeNull();
    expect(resolvePlacePrefix('中山大学')).toBeNull();
  });

  it('returns null when two units of one level share the form', () => {
    expect(resolvePlacePrefix('朝阳区人民医院')).toBeNull();
  });
});
