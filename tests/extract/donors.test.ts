import { describe, expect, it } from 'vitest';

import { DONOR_MARKER, donorOf, donorsOf, isDonorPlace, mainDonor, mainRecipient, sideOf, sideOfPlace } from '../../src/extract/donors.ts';
import { findMentions } from '../../src/extract/find-mentions.ts';
import type { Mention } from '../../src/extract/mention.ts';

const mention = (m: Partial<Mention> & Pick<Mention, 'name' | 'type'>): Mention => ({ start: 0, end: m.name.length, surface: m.name, aliases: [], ...m });

describe('sideOfPlace', () => {
  it('puts Xinjiang, the 兵团 and every unit under them on the recipient side', () => {
    expect(['新疆维吾尔自治区', '新疆生产建设兵团', '阿克陶县', '和田地区'].map(sideOfPlace)).toEqual(['recipient', 'recipient', 'recipient', 'recipient']);
  });

  it('puts every other unit of the gazetteer on the donor side, and leaves what it does not know', () => {
    expect(['江西省', '南昌市', '布伦口乡'].map(sideOfPlace)).toEqual(['donor', 'donor', undefined]);
  });
});

describe('sideOf', () => {
  it('takes an institution\'s side from the unit it lies in', () => {
    expect(sideOf(mention({ name: '阿克陶县人民医院', type: 'hospital', place: '阿克陶县' }))).toBe('recipient');
    expect(sideOf(mention({ name: '南昌大学', type: 'school', place: '南昌市' }))).toBe('donor');
  });

  it('reads a name that starts with 新疆 as the recipient side, an aid body as its donor\'s', () => {
    expect(sideOf(mention({ name: '新疆大学', type: 'school' }))).toBe('recipient');
    expect(sideOf(mention({ name: '天津市对口支援新疆工作前方指挥部', type: 'agency', donor: '天津市' }))).toBe('donor');
  });

  it('leaves the side of a name with no place open', () => {
    expect(sideOf(mention({ name: '鸿星尔克', type: 'company' }))).toBeUndefined();
  });
});

describe('donorOf', () => {
  it('reads the donor an aid body acts for, and a place of the donor provinces as itself', () => {
    expect(donorOf(mention({ name: '天津市对口支援新疆工作前方指挥部', type: 'agency', donor: '天津市' }))).toBe('天津市');
    expect(donorOf(mention({ name: '深圳市', type: 'prefecture' }))).toBe('深圳市');
  });

  it('reads no donor in a province that gives no paired aid, a recipient place or an institution', () => {
    expect(donorOf(mention({ name: '四川省', type: 'province' }))).toBeUndefined();
    expect(donorOf(mention({ name: '阿克陶县', type: 'county' }))).toBeUndefined();
    expect(donorOf(mention({ name: '南昌大学', type: 'school', place: '南昌市' }))).toBeUndefined();
  });
});

describe('isDonorPlace', () => {
  it('is true for the donor provinces and the units in them only', () => {
    expect(['广东省', '深圳市', '江阴市', '重庆市', '喀什市'].map(isDonorPlace)).toEqual([true, true, true, false, false]);
  });
});

describe('donorsOf', () => {
  it('lists an aid body\'s donor and the other donors its name gives', () => {
    expect(donorsOf(mention({ name: '苏州市(昆山市)援巩工作组', type: 'agency', donor: '苏州市', coDonors: ['昆山市'] }))).toEqual(['苏州市', '昆山市']);
    expect(donorsOf(mention({ name: '阿克陶县', type: 'county' }))).toEqual([]);
  });
});

describe('DONOR_MARKER', () => {
  it('matches what follows a donor speaking as a donor (援疆, 第十批援疆, 先后选派)', () => {
    expect(['援疆干部', '省第十批援疆干部', '先后选派', '市的对口支援'].map((s) => DONOR_MARKER.test(s))).toEqual([true, true, true, true]);
  });

  it('does not match what follows a place named otherwise (的企业, 举办)', () => {
    expect(['的企业', '举办论坛', '第十批干部'].map((s) => DONOR_MARKER.test(s))).toEqual([false, false, false]);
  });
});

describe('mainDonor', () => {
  it('is the donor named with aid words far more than any other', () => {
    const text = '江西省对口支援阿克陶县。江西援疆干部深入基层，南昌市企业前来考察。';
    expect(mainDonor(text, findMentions(text))).toBe('江西省');
  });

  it('is none when the donor is named without aid words', () => {
    const plain = '江西省的企业来到阿克陶县，江西省的游客也来了。';
    expect(mainDonor(plain, findMentions(plain))).toBeUndefined();
  });

  // A tie names no main donor.
  it('is none when two donors share the aid words equally', () => {
    const shared = '江西援疆干部与深圳援疆干部座谈，江西援疆、深圳援疆携手。';
    expect(mainDonor(shared, findMentions(shared))).toBeUndefined();
  });
});

describe('mainRecipient', () => {
  it('is the recipient prefecture or county named most, at least twice', () => {
    expect(mainRecipient(findMentions('阿克陶县脱贫后，阿克陶县人民持续增收，喀什市同步发展。'))).toBe('阿克陶县');
  });

  it('is none when no recipient is named twice', () => {
    expect(mainRecipient(findMentions('阿克陶县与喀什市同步发展。'))).toBeUndefined();
  });
});
