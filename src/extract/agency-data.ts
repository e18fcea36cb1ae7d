// The data behind agency names: the table of government bodies (人社厅 →
// 人力资源和社会保障厅, {X}委 → 中共{X}委员会) and the national bodies.

import { once, readDataLines } from './data-files.ts';
import { knownNames, type KnownName } from './known-names.ts';
import { COMMITTEE, COMMUNIST_PARTY, PARTY_COMMITTEE } from './lexicon.ts';

const PARTY_BODY = new RegExp(`^${COMMUNIST_PARTY}|${PARTY_COMMITTEE}|${COMMITTEE}$`, 'u');

export interface Department {
  /** The body as written after its place (人社厅, 委, 人民政府). */
  written: string;
  /** Its full form; `{X}` stands for the place (中共{X}委员会), else the place goes in front. */
  full: string;
  /** A party body: a 兵团 city's belongs to its division. */
  party: boolean;
}

export interface DepartmentTable {
  /** The longest body written at `at` in `text`, if any. */
  after(text: string, at: number): Department | undefined;
}

/**
 * src/gazetteer/agency-abbreviations.tsv: short form → full form. Every full form
 * is also matched as written (人力资源和社会保障厅, 人民政府).
 */
export const departmentTable = once((): DepartmentTable => {
  const rows = readDataLines('agency-abbreviations.tsv')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([short, full]) => Boolean(short && full));
  const forms = new Map<string, Department>();
  const add = (written: string, full: string) => {
    if (written && !forms.has(written)) forms.set(written, { written, full, party: PARTY_BODY.test(full) && full.includes('{X}') });
  };
  for (const [short, full] of rows) {
    if (short!.startsWith('{X}')) add(short!.slice(3), full!);
  }
  for (const [short, full] of rows) {
    if (!short!.includes('{X}')) add(short!, full!);
  }
  // Full forms as written: 人力资源和社会保障厅, and {X}人民政府 after its place.
  for (const [, full] of rows) {
    if (full!.startsWith('{X}')) add(full!.slice(3), full!);
    else if (!full!.includes('{X}')) add(full!, full!);
  }
  // By the first character's code: text[at] would make a string at every look.
  const byFirst = new Map<number, Department[]>();
  for (const d of forms.values()) byFirst.set(d.written.charCodeAt(0), [...(byFirst.get(d.written.charCodeAt(0)) ?? []), d]);
  for (const list of byFirst.values()) list.sort((a, b) => b.written.length - a.written.length);
  return {
    after: (text, at) => {
      const list = byFirst.get(text.charCodeAt(at));
      if (list) for (const d of list) if (text.startsWith(d.written, at)) return d;
      return undefined;
    },
  };
});

/** National bodies (党中央 → 中共中央), from src/gazetteer/national-agencies.json. */
export const knownNationalAgencies = once((): ((text: string) => KnownName[]) => knownNames('national-agencies.json', 'agencies'));
