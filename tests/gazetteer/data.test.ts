import { describe, expect, it } from 'vitest';

import { getGazetteer, readAgencyAbbreviations } from '../../src/extract/gazetteer.ts';

const gazetteer = getGazetteer();
const all = gazetteer.all();
const XINJIANG = '新疆维吾尔自治区';
const BINGTUAN = '新疆生产建设兵团';

const countiesOf = (prefecture: string) => all.filter((d) => d.type === 'county' && d.parent === prefecture);

describe('division data', () => {
  it('has the 34 provincial-level units and 兵团 as provinces', () => {
    const provinces = all.filter((d) => d.type === 'province');
    expect(provinces).toHaveLength(35);
    expect(provinces.every((p) => p.parent === undefined)).toBe(true);
    expect(gazetteer.get(BINGTUAN)?.type).toBe('province');
  });

  it('gives every province its one-character abbreviations in abbr, not in aliases', () => {
    expect(gazetteer.get('江西省')?.abbr).toEqual(['赣']);
    expect(gazetteer.get('四川省')?.abbr).toEqual(['川', '蜀']);
    for (const p of all.filter((d) => d.type === 'province' && d.name !== BINGTUAN)) {
      expect(p.abbr?.length, p.name).toBeGreaterThan(0);
      expect(p.aliases.some((a) => a.length === 1), p.name).toBe(false);
    }
  });

  it('has 333 prefecture-level units in mainland China besides the 14 兵团 divisions', () => {
    const prefectures = all.filter((d) => d.type === 'prefecture');
    expect(prefectures.filter((d) => d.parent !== BINGTUAN)).toHaveLength(333);
    expect(prefectures.filter((d) => d.parent === BINGTUAN)).toHaveLength(14);
  });

  it('has Xinjiang complete: 14 prefecture-level units and 110 county-level units', () => {
    expect(all.filter((d) => d.type === 'prefecture' && d.parent === XINJIANG)).toHaveLength(14);
    const xinjiangCounties = all.filter((d) => d.type === 'county' && gazetteer.ancestors(d.name).some((a) => a.name === XINJIANG));
    // 108 in the 2023 codes, plus 和安县 and 和康县 (2024).
    expect(xinjiangCounties).toHaveLength(110);
    expect(countiesOf('和田地区').map((d) => d.name)).toEqual(
      expect.arrayContaining(['和田市', '和田县', '墨玉县', '皮山县', '洛浦县', '策勒县', '于田县', '民丰县', '和安县', '和康县']),
    );
    expect(countiesOf('乌鲁木齐市')).toHaveLength(8);
    expect(countiesOf('克拉玛依市')).toHaveLength(4);
  });

  it('places the 12 兵团 cities directly under Xinjiang and names their division', () => {
    const cities = all.filter((d) => d.division !== undefined);
    expect(cities.map((d) => d.name).sort()).toEqual(
      ['阿拉尔市', '图木舒克市', '五家渠市', '北屯市', '铁门关市', '双河市', '可克达拉市', '昆玉市', '胡杨河市', '新星市', '白杨市', '石河子市'].sort(),
    );
    for (const city of cities) {
      expect(city.parent).toBe(XINJIANG);
      expect(gazetteer.get(city.division!)?.parent).toBe(BINGTUAN);
    }
    expect(gazetteer.get('阿拉尔市')?.division).toBe('新疆生产建设兵团第一师');
    expect(gazetteer.get('石河子市')?.division).toBe('新疆生产建设兵团第八师');
  });

  it('has every parent in the gazetteer, one level up', () => {
    for (const d of all) {
      if (d.type === 'province') continue;
      const parent = gazetteer.get(d.parent!);
      expect(parent, `${d.name} → ${d.parent}`).toBeDefined();
      if (d.type === 'prefecture') expect(parent!.type).toBe('province');
    }
  });

  it('has unique canonical names', () => {
    const names = all.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives no unflagged alias to two units, and flags only aliases that really are shared', () => {
    const holders = new Map<string, string[]>();
    for (const d of all) for (const a of new Set([d.name, ...d.aliases])) holders.set(a, [...(holders.get(a) ?? []), d.name]);
    for (const d of all) {
      for (const a of d.aliases) {
        const shared = holders.get(a)!.length > 1;
        expect(shared, `${a} of ${d.name}: ${holders.get(a)!.join(', ')}`).toBe(d.ambiguous?.includes(a) ?? false);
      }
    }
  });

  it('qualifies county names that two units share with their prefecture', () => {
    expect(gazetteer.get('北京市朝阳区')?.parent).toBe('北京市');
    expect(gazetteer.get('长春市朝阳区')?.parent).toBe('长春市');
    expect(gazetteer.get('朝阳区')).toBeUndefined();
    expect(gazetteer.lookup('朝阳区').map((d) => d.name).sort()).toEqual(['北京市朝阳区', '长春市朝阳区']);
  });

  it('has the county-level units of every province (民政部 codes, end of 2024)', () => {
    const counties = all.filter((d) => d.type === 'county');
    expect(counties).toHaveLength(2846);
    const provinceOf = (d: (typeof all)[number]) => gazetteer.ancestors(d.name).at(-1)?.name;
    const perProvince = new Map<string, number>();
    for (const c of counties) perProvince.set(provinceOf(c)!, (perProvince.get(provinceOf(c)!) ?? 0) + 1);
    expect(perProvince.get('四川省')).toBe(183);
    expect(perProvince.get('西藏自治区')).toBe(74);
    expect(perProvince.get('海南省')).toBe(25);
    expect(gazetteer.get('溆浦县')?.parent).toBe('怀化市');
    expect(gazetteer.get('仙桃市')?.parent).toBe('湖北省');
    expect(gazetteer.get('沙县区')?.aliases).toContain('沙县');
    for (const d of counties) expect(d.code, d.name).toMatch(/^\d{6}$/);
  });

  it('covers the donors’ county-level units', () => {
    expect(countiesOf('北京市')).toHaveLength(16);
    expect(countiesOf('天津市')).toHaveLength(16);
    expect(countiesOf('上海市')).toHaveLength(16);
    expect(countiesOf('深圳市')).toHaveLength(9);
    expect(gazetteer.get('慈溪市')?.parent).toBe('宁波市');
    expect(gazetteer.get('定南县')?.parent).toBe('赣州市');
    expect(gazetteer.get('蓟州区')?.parent).toBe('天津市');
    expect(gazetteer.get('浦东新区')?.aliases).toContain('浦东');
  });
});

describe('gazetteer.lookup', () => {
  it.each([
    ['和田', '和田地区'],
    ['克州', '克孜勒苏柯尔克孜自治州'],
    ['巴州', '巴音郭楞蒙古自治州'],
    ['博州', '博尔塔拉蒙古自治州'],
    ['昌吉州', '昌吉回族自治州'],
    ['昌吉', '昌吉回族自治州'],
    ['伊犁州', '伊犁哈萨克自治州'],
    ['天津', '天津市'],
    ['江西', '江西省'],
    ['赣', '江西省'],
    ['新疆', '新疆维吾尔自治区'],
    ['兵团', '新疆生产建设兵团'],
    ['兵团一师', '新疆生产建设兵团第一师'],
    ['第一师', '新疆生产建设兵团第一师'],
    ['一师', '新疆生产建设兵团第一师'],
    ['喀什', '喀什地区'],
    ['阿克苏', '阿克苏地区'],
    ['塔城', '塔城地区'],
    ['阿勒泰', '阿勒泰地区'],
    ['哈密', '哈密市'],
    ['唐山', '唐山市'],
    ['吉林', '吉林省'],
    ['且末', '且末县'],
  ])('%s → %s', (alias, name) => {
    expect(gazetteer.lookup(alias)[0]?.name).toBe(name);
    expect(gazetteer.lookup(alias)).toHaveLength(1);
  });

  it('returns every unit for a shared short form', () => {
    expect(gazetteer.lookup('伊宁').map((d) => d.name).sort()).toEqual(['伊宁县', '伊宁市']);
  });

  it('returns nothing for a name it does not know', () => {
    expect(gazetteer.lookup('不存在县')).toEqual([]);
  });
});

describe('recipients of the pairings', () => {
  it.each([
    ['且末县', '巴音郭楞蒙古自治州'],
    ['阿克陶县', '克孜勒苏柯尔克孜自治州'],
    ['阿图什市', '克孜勒苏柯尔克孜自治州'],
    ['策勒县', '和田地区'],
    ['于田县', '和田地区'],
    ['民丰县', '和田地区'],
    ['皮山县', '和田地区'],
    ['疏勒县', '喀什地区'],
    ['英吉沙县', '喀什地区'],
    ['岳普湖县', '喀什地区'],
    ['麦盖提县', '喀什地区'],
    ['叶城县', '喀什地区'],
    ['巴楚县', '喀什地区'],
    ['哈巴河县', '阿勒泰地区'],
    ['额敏县', '塔城地区'],
    ['阿拉尔市', '新疆维吾尔自治区'],
    ['伊州区', '哈密市'],
    ['察布查尔锡伯自治县', '伊犁哈萨克自治州'],
  ])('%s lies in %s', (county, parent) => {
    expect(gazetteer.get(county)?.parent).toBe(parent);
    expect(gazetteer.ancestors(county).at(-1)?.name).toBe(XINJIANG);
  });

  it('resolves each recipient county from its short form', () => {
    for (const short of ['且末', '阿克陶', '策勒', '于田', '民丰', '皮山', '疏勒', '英吉沙', '岳普湖', '麦盖提', '哈巴河', '叶城', '巴楚', '额敏', '阿图什', '阿拉尔']) {
      expect(gazetteer.lookup(short).map((d) => d.name)).toHaveLength(1);
    }
  });

  it('leaves the bare short form of a prefecture to the prefecture', () => {
    expect(gazetteer.get('和田市')?.aliases).not.toContain('和田');
    expect(gazetteer.get('和田县')?.aliases).not.toContain('和田');
    expect(gazetteer.get('喀什市')?.aliases).not.toContain('喀什');
    expect(gazetteer.get('阿克苏市')?.aliases).not.toContain('阿克苏');
  });
});

describe('gazetteer.ancestors', () => {
  it('walks up to the province', () => {
    expect(gazetteer.ancestors('疏勒县').map((d) => d.name)).toEqual(['喀什地区', XINJIANG]);
    expect(gazetteer.ancestors('新疆生产建设兵团第一师').map((d) => d.name)).toEqual([BINGTUAN]);
    expect(gazetteer.ancestors('江西省')).toEqual([]);
  });

  it('is empty for an unknown name', () => {
    expect(gazetteer.ancestors('不存在县')).toEqual([]);
  });
});

describe('readAgencyAbbreviations', () => {
  const table = readAgencyAbbreviations();
  const full = (short: string) => table.find((row) => row.short === short)?.full;

  it('maps common abbreviations to full forms', () => {
    expect(full('人社厅')).toBe('人力资源和社会保障厅');
    expect(full('卫健委')).toBe('卫生健康委员会');
    expect(full('工信局')).toBe('工业和信息化局');
    expect(full('发改委')).toBe('发展和改革委员会');
    expect(full('党中央')).toBe('中共中央');
    expect(full('{X}行署')).toBe('{X}行政公署');
    expect(full('{X}地委')).toBe('中共{X}委员会');
  });

  it('lists longer patterns first so they are tried first', () => {
    const lengths = table.map((row) => row.short.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(new Set(table.map((row) => row.short)).size).toBe(table.length);
  });
});
