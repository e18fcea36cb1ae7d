import { describe, expect, it } from 'vitest';

import { canonicalInstitution } from '../../src/extract/canonical-institution.ts';

describe('canonicalInstitution', () => {
  it('gives a generic name the full name of its place, the name as written an alias', () => {
    expect(canonicalInstitution('尉犁人民医院', 'hospital')).toEqual({ name: '尉犁县人民医院', aliases: ['尉犁人民医院'], place: '尉犁县', namedPlaces: ['尉犁县'] });
  });

  it('expands abbreviated schools and hospitals (二中 → 第二中学, 一附院 → 第一附属医院)', () => {
    expect([canonicalInstitution('巴州二中', 'school')?.name, canonicalInstitution('巴州一附院', 'hospital')?.name]).toEqual([
      '巴音郭楞蒙古自治州第二中学',
      '巴音郭楞蒙古自治州第一附属医院',
    ]);
  });

  it('drops the places above the last one from the name (喀什地区疏附县第二小学 → 疏附县第二小学)', () => {
    expect(canonicalInstitution('喀什地区疏附县第二小学', 'school')).toEqual({
      name: '疏附县第二小学',
      aliases: ['喀什地区疏附县第二小学'],
      place: '疏附县',
      namedPlaces: ['喀什地区', '疏附县'],
    });
  });

  it('keeps a proper name as written, naming no place it only starts with', () => {
    expect(canonicalInstitution('温州大学', 'school')).toEqual({ name: '温州大学', aliases: [], place: '温州市', namedPlaces: [] });
  });

  it('names a place written in full in a proper name, not one written short', () => {
    expect(canonicalInstitution('墨玉县萨依巴格乡中心小学', 'school')).toEqual({ name: '墨玉县萨依巴格乡中心小学', aliases: [], place: '墨玉县', namedPlaces: ['墨玉县'] });
    expect(canonicalInstitution('墨玉萨依巴格乡中心小学', 'school')).toEqual({ name: '墨玉萨依巴格乡中心小学', aliases: [], place: '墨玉县', namedPlaces: [] });
  });

  it('names a party school with 中共', () => {
    expect(canonicalInstitution('浙江省委党校', 'school')).toEqual({ name: '中共浙江省委党校', aliases: ['浙江省委党校'], place: '浙江省', namedPlaces: [] });
  });

  it('keeps a name without a place as it is, and reads a place alone as no institution', () => {
    expect(canonicalInstitution('红星中学', 'school')).toEqual({ name: '红星中学', aliases: [] });
    expect(canonicalInstitution('伽师县', 'school')).toBeNull();
  });
});
