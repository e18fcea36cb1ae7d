import { describe, expect, it } from 'vitest';

import { companyShortForms } from '../../src/extract/company-names.ts';

describe('companyShortForms', () => {
  it('gives the name without its legal suffix, without its place, and without both', () => {
    expect(companyShortForms('江苏红豆实业集团有限公司').sort()).toEqual(['江苏红豆实业集团', '红豆实业集团', '红豆实业集团有限公司']);
  });

  it('also drops a second industry word (华锦纺织科技 → 华锦纺织)', () => {
    expect(companyShortForms('新疆华锦纺织科技有限公司').sort()).toEqual(['华锦纺织', '华锦纺织科技', '华锦纺织科技有限公司', '新疆华锦纺织', '新疆华锦纺织科技']);
  });

  it('gives no form that has no brand of its own left (天津纺织控股 → not 纺织控股)', () => {
    expect(companyShortForms('天津纺织控股有限公司').sort()).toEqual(['天津纺织', '天津纺织控股']);
  });

  it('gives the brand of a name without a place', () => {
    expect(companyShortForms('比亚迪股份有限公司')).toEqual(['比亚迪']);
  });

  // A group in brackets inside the registered name (中泰（集团）) is written plain by the press.
  it('writes a group in brackets as the press does (新疆中泰（集团）有限责任公司 → 中泰集团)', () => {
    expect(companyShortForms('新疆中泰（集团）有限责任公司')).toEqual(expect.arrayContaining(['新疆中泰集团', '中泰集团']));
  });
});
