import { describe, expect, it } from 'vitest';

import { donorOf } from '../../src/extract/donors.ts';
import { findMentions } from '../../src/extract/find-mentions.ts';
import { actingDonor, isLocator, isPersonModifier, nearestDonors, unique } from '../../src/extract/sentence-context.ts';

/** [name, the donor it acts for] of each mention. */
const acting = (text: string) => {
  const ms = findMentions(text);
  return ms.map((m) => [m.name, actingDonor(text, m, ms) ?? '']);
};
/** The donors nearestDonors gives each mention that is no donor. */
const nearest = (text: string) => {
  const ms = findMentions(text);
  const donors = ms.filter((m) => donorOf(m));
  return ms.filter((m) => !donorOf(m)).map((t) => [t.name, nearestDonors(text, donors, t)]);
};
/** [name, whether it only locates the next mention] of each mention. */
const locators = (text: string) => {
  const ms = findMentions(text);
  return ms.map((m, i) => [m.name, isLocator(m, ms[i + 1], text)]);
};

describe('actingDonor', () => {
  it('reads a donor place as acting when its aid words or a verb follow', () => {
    expect(acting('江西援疆干部深入基层，山东省选派教师。')).toEqual([
      ['江西省', '江西省'],
      ['山东省', '山东省'],
    ]);
  });

  it('reads no donor in a place that only says where: a dateline, after 在 or 赴, the whole list after 赴', () => {
    expect(acting('新华社北京9月12日电 专家在上海学习，赴襄阳、宜昌两市考察。')).toEqual([
      ['北京市', ''],
      ['上海市', ''],
      ['襄阳市', ''],
      ['宜昌市', ''],
    ]);
  });
});

describe('isPersonModifier', () => {
  it('is true when a person noun follows the name (村民, 书记), false otherwise', () => {
    const text = '阿克陶县博斯坦村村民与阿克陶县人民医院座谈。';
    expect(findMentions(text).map((m) => [m.name, isPersonModifier(text, m)])).toEqual([
      ['阿克陶县', false],
      ['博斯坦村', true],
      ['阿克陶县人民医院', false],
    ]);
  });
});

describe('nearestDonors', () => {
  it('gives each target the nearest donor before it', () => {
    expect(nearest('广东援疆医疗队在伽师县人民医院开展义诊，由深圳援建的喀什大学新校区正式启用。')).toEqual([
      ['伽师县人民医院', ['广东省']],
      ['喀什大学', ['深圳市']],
    ]);
  });

  it('reads a province written before its own city as locating the city, not as a second donor', () => {
    expect(nearest('浙江宁波援建的阿克苏地区第一人民医院启用。')).toEqual([['阿克苏地区第一人民医院', ['宁波市']]]);
  });

  it('gives a target all the donors of a coordinated group (江西援疆、深圳援疆)', () => {
    expect(nearest('江西援疆、深圳援疆在喀什市座谈。')).toEqual([['喀什市', ['江西省', '深圳市']]]);
  });

  it('takes the nearest donors after a target when none comes before it', () => {
    expect(nearest('阿克陶县人民医院得到江西省的支持。')).toEqual([['阿克陶县人民医院', ['江西省']]]);
  });
});

describe('isLocator', () => {
  it('is true for a unit written only to locate the unit after it, which lies in it', () => {
    expect(locators('阿克陶县布伦口乡、昌吉州吉木萨尔县')).toEqual([
      ['阿克陶县', true],
      ['布伦口乡', false],
      ['昌吉回族自治州', true],
      ['吉木萨尔县', false],
    ]);
  });

  it('is false for the object of an aid verb and for units in a list', () => {
    expect(locators('对口支援喀什地区疏勒县')).toEqual([
      ['喀什地区', false],
      ['疏勒县', false],
    ]);
    expect(locators('阿克陶县、喀什市')).toEqual([
      ['阿克陶县', false],
      ['喀什市', false],
    ]);
  });
});

describe('unique', () => {
  it('keeps the first of each value, in order', () => {
    expect(unique(['江西省', '深圳市', '江西省'])).toEqual(['江西省', '深圳市']);
  });
});
