import { describe, expect, it } from 'vitest';

import { cellText, columnLabel, formatCell, rowsToTable } from '../../web/src/query-table.ts';

describe('rowsToTable', () => {
  it('makes one column per key of object rows, in order of first appearance', () => {
    const table = rowsToTable([
      { node: '天津市', direct: true },
      { node: '江西省', direct: false, via: '阿克陶县' },
    ]);
    expect(table).toEqual({
      columns: ['node', 'direct', 'via'],
      cells: [
        ['天津市', '是', ''],
        ['江西省', '否', '阿克陶县'],
      ],
    });
  });

  it('puts scalar rows in a single column', () => {
    expect(rowsToTable(['help', 'path A -> B'])).toEqual({ columns: ['result'], cells: [['help'], ['path A -> B']] });
  });

  it('gives an empty table for no rows', () => {
    expect(rowsToTable([]).cells).toEqual([]);
  });
});

describe('formatCell', () => {
  it.each([
    [{ nodes: ['天津市', '策勒县', '策勒县第一小学'], edges: [] }, '天津市 → 策勒县 → 策勒县第一小学'],
    [['和田', '克州'], '和田、克州'],
    [{ key: '和田地区', label: '和田地区' }, '和田地区'],
    [{ a: 1 }, '{"a":1}'],
    [null, ''],
    [3, '3'],
  ])('formats %j as %s', (value, expected) => {
    expect(formatCell(value)).toBe(expected);
  });
});

describe('columnLabel', () => {
  it('gives Chinese headers for known columns and keeps unknown ones', () => {
    expect(columnLabel('supporter')).toBe('支援方');
    expect(columnLabel('weird_column')).toBe('weird_column');
  });
});

describe('cellText', () => {
  it.each([
    ['type', 'province', '省级 province'],
    ['edge', 'located_in', '位于 located_in'],
    ['type', 'spaceship', 'spaceship'],
    ['direct', true, '是'],
    ['supporter', '江西省', '江西省'],
  ])('shows column %s value %j as %s', (column, value, expected) => {
    expect(cellText(column, value)).toBe(expected);
  });
});
