import { describe, expect, it } from 'vitest';

import { departmentTable, knownNationalAgencies } from '../../src/extract/agency-data.ts';

describe('departmentTable', () => {
  it('reads the longest body written at a position, with its full form', () => {
    const table = departmentTable();
    expect(['人社厅召开', '委组织部召开', '科技局召开', '行署召开'].map((s) => table.after(s, 0))).toEqual([
      { written: '人社厅', full: '人力资源和社会保障厅', party: false },
      { written: '委组织部', full: '中共{X}委组织部', party: true },
      { written: '科技局', full: '科学技术局', party: false },
      { written: '行署', full: '{X}行政公署', party: false },
    ]);
  });

  it('reads a full form as written, and nothing where no body is written', () => {
    const table = departmentTable();
    expect(table.after('人力资源和社会保障厅', 0)).toEqual({ written: '人力资源和社会保障厅', full: '人力资源和社会保障厅', party: false });
    expect(table.after('召开会议', 0)).toBeUndefined();
  });
});

describe('knownNationalAgencies', () => {
  it('finds national bodies by any spelling, named canonically', () => {
    expect(knownNationalAgencies()('党中央和国务院国资委、国家卫健委')).toEqual([
      { start: 0, end: 3, spelling: '党中央', name: '中共中央' },
      { start: 4, end: 10, spelling: '国务院国资委', name: '国务院国有资产监督管理委员会' },
      { start: 11, end: 16, spelling: '国家卫健委', name: '国家卫生健康委员会' },
    ]);
  });

  it('finds none in a text that names none', () => {
    expect(knownNationalAgencies()('阿克陶县教育局召开会议')).toEqual([]);
  });
});
