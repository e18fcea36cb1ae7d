import { describe, expect, it } from 'vitest';

import { readPartners } from '../../src/extract/read-partners.ts';
import { relationsRead } from './snippets.ts';

const partners = (text: string) => relationsRead(text, [readPartners]);

describe('readPartners', () => {
  it('pairs two institutions joined by 与 before a pairing verb (结对共建)', () => {
    expect(partners('山东省立医院与喀什地区第一人民医院结对共建。')).toEqual([['山东省立医院', 'partners_with', '喀什地区第一人民医院']]);
  });

  it('reads a cooperation agreement or a strategic partnership as a pairing', () => {
    expect(partners('浙江省委党校与阿克苏地委党校签订合作协议。')).toEqual([['中共浙江省委党校', 'partners_with', '中共阿克苏地委党校']]);
    expect(partners('上海港务集团、新疆交通投资集团建立战略合作关系。')).toEqual([['上海港务集团', 'partners_with', '新疆交通投资集团']]);
  });

  it('reads no pairing in 结对帮扶, which is aid, nor in joint aid (共同支援)', () => {
    expect(partners('江西省人民医院与阿克陶县人民医院结对帮扶，南昌市与赣州市共同支援阿克陶县。')).toEqual([]);
  });

  it('pairs each county with the donor, not the counties with each other (A、B与C结对)', () => {
    expect(partners('疏勒县、英吉沙县与山东省结对。')).toEqual([
      ['疏勒县', 'partners_with', '山东省'],
      ['英吉沙县', 'partners_with', '山东省'],
    ]);
  });

  it('pairs each party before 也与 with the one after it, not with each other', () => {
    expect(partners('南京工业大学、南京林业大学也与石河子大学签署合作协议。')).toEqual([
      ['南京工业大学', 'partners_with', '石河子大学'],
      ['南京林业大学', 'partners_with', '石河子大学'],
    ]);
  });

  it('pairs each of a list with the party after 分别与', () => {
    expect(partners('佛山市人民医院、中医院、妇幼保健院分别与伽师县人民医院结对。')).toEqual([
      ['佛山市中医院', 'partners_with', '伽师县人民医院'],
      ['佛山市人民医院', 'partners_with', '伽师县人民医院'],
      ['佛山市妇幼保健院', 'partners_with', '伽师县人民医院'],
    ]);
  });
});
