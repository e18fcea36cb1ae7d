import { describe, expect, it } from 'vitest';

import { knownCompanies } from '../../src/extract/company-data.ts';

describe('knownCompanies', () => {
  it('finds known brands and names them by their registered or group name', () => {
    expect(knownCompanies()('阿里巴巴和华为、安踏集团')).toEqual([
      { start: 0, end: 4, spelling: '阿里巴巴', name: '阿里巴巴集团' },
      { start: 5, end: 7, spelling: '华为', name: '华为技术有限公司' },
      { start: 8, end: 10, spelling: '安踏', name: '安踏体育用品集团有限公司' },
    ]);
  });

  it('finds none in a text that names none', () => {
    expect(knownCompanies()('援疆干部走访合作社')).toEqual([]);
  });
});
