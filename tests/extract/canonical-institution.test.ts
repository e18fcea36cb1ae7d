import { describe, expect, it } from 'vitest';

import { canonicalInstitution } from '../../src/extract/canonical-institution.ts';

describe('canonicalInstitution', () => {
  it('gives a generic name the full name of its place, the name as written an alias', () => {
    expect(canonicalInstitution('且末人民医院', 'hospital')).toEqual({ name: '且末县人民医院', aliases: ['且末人民医院'], place: '且末县', namedPlaces: ['且末县'] });
  });

  it('expands abbreviated schools and hospitals (三中 → 第三中学, 一附院 → 第一附属医院)', () => {
    expect([canonicalInstitution('克州三中', 'school')?.name, canonicalInstitution('克州一附院', 'hospital')?.name]).toEqual([
      '克孜勒苏柯尔克孜自治州第三中学',
      '克孜勒苏柯尔克孜自治州第一附属医院',
    ]);
  });

  it('drops the places above the last one from the name (和田地区策勒县第一小学 → 策勒县第一小学)', () => {
    expect(canonicalInstitution('和田地区策勒县第一小学', 'school')).toEqual({
      name: '策勒县第一小学',
      aliases: ['和田地区策勒县第一小学'],
      place: '策勒县',
      namedPlaces: ['和田地区', '策勒县'],
    });
  });

  it('keeps a proper name as written, naming no place it only starts with', () => {
    expect(canonicalInstitution('南昌大学', 'school')).toEqual({ name: '南昌大学', aliases: [], place: '南昌市', namedPlaces: [] });
  });

  it('names a party school with 中共', () => {
    expect(canonicalInstitution('天津市委党校', 'school')).toEqual({ name: '中共天津市委党校', aliases: ['天津市委党校'], place: '天津市', namedPlaces: [] });
  });

  it('keeps a name without a place as it is, and reads a place alone as no institution', () => {
    expect(canonicalInstitution('雪松中学', 'school')).toEqual({ name: '雪松中学', aliases: [] });
    expect(canonicalInstitution('阿克陶县', 'school')).toBeNull();
  });
});
