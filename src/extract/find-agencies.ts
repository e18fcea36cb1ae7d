// Government, party and aid-command bodies: donor aid commands (天津援疆前指),
// departments after a place (克州科技局 → 克孜勒苏柯尔克孜自治州科学技术局),
// and national bodies (党中央 → 中共中央).

import { getGazetteer, readAgencyAbbreviations } from './gazetteer.ts';
import { knownNames, type KnownName } from './known-names.ts';
import { BOUNDARY_WORDS, CJK } from './lexicon.ts';
import type { Mention } from './mention.ts';

interface Abbreviation {
  short: string;
  full: string;
  needsPlace: boolean;
}

let abbreviations: Abbreviation[] | undefined;
let byFirst: Map<string, Abbreviation[]> | undefined;

// Rows by the first character of their short form: a place is followed by few candidates.
function abbreviationsByFirstChar(): Map<string, Abbreviation[]> {
  if (!byFirst) {
    byFirst = new Map();
    for (const a of loadAbbreviations()) byFirst.set(a.short[0]!, [...(byFirst.get(a.short[0]!) ?? []), a]);
  }
  return byFirst;
}
function loadAbbreviations(): Abbreviation[] {
  abbreviations ??= readAgencyAbbreviations()
    .map((a) => ({ short: a.short.replace('{X}', ''), full: a.full, needsPlace: a.short.includes('{X}') }))
    .filter((a) => a.short && a.full)
    .sort((a, b) => b.short.length - a.short.length);
  return abbreviations;
}

let nationalBodies: ((text: string) => KnownName[]) | undefined;

const COMMAND = new RegExp(
  `(第[一二三四五六七八九十]+批)?(对口支援新疆|对口支援|援疆)(工作)?([${CJK}]{0,6}?)(前方指挥部|指挥部|前指)`,
  'gu',
);
const BARE_PROVINCE_BODY = /(?<![\u4e00-\u9fff])(省|市|自治区|区|州|县)(?=委组织部|委宣传部|人社厅|卫健委|卫生健康委|教育厅|科技厅|商务厅|发改委|财政厅|文旅厅)/gu;
const GENERIC_BUREAU = new RegExp(`^([${CJK}]{2,8}?)(勘查局|勘探局|地质局|管理局|研究所|研究院)`, 'u');
const BOUNDARY_IN_NAME = new RegExp(BOUNDARY_WORDS.filter((w) => w.length > 1).join('|'), 'u');

export function findAgencies(text: string, places: Mention[]): Mention[] {
  const found: Mention[] = [];
  const placeEndingAt = new Map<number, Mention>();
  for (const p of places) placeEndingAt.set(p.end, p);

  // Aid commands: [第N批]DONOR[市|省](援疆|对口支援新疆)[工作][RECIPIENT](前方指挥部|指挥部|前指)
  COMMAND.lastIndex = 0;
  for (let m = COMMAND.exec(text); m; m = COMMAND.exec(text)) {
    let cueStart = m.index + (m[1]?.length ?? 0);
    const end = m.index + m[0].length;
    let donorMention = placeEndingAt.get(cueStart);
    if (!donorMention && /[市省]/u.test(text[cueStart - 1] ?? '')) donorMention = placeEndingAt.get(cueStart - 1);
    let start = cueStart;
    if (donorMention) {
      start = donorMention.start;
      const batch = /第[一二三四五六七八九十]+批$/u.exec(text.slice(Math.max(0, start - 6), start));
      if (batch) start -= batch[0].length;
    }
    const surface = text.slice(start, end).replace(/^第[一二三四五六七八九十]+批/u, '');
    const donor = donorMention?.name;
    found.push({
      start,
      end,
      surface,
      name: donor ? `${donor}对口支援新疆工作前方指挥部` : '',
      type: 'agency',
      aliases: [surface],
      donor,
    });
    cueStart = end;
  }

  // Departments named after a place, and bare 省人社厅 (the place comes from context).
  const byFirstChar = abbreviationsByFirstChar();
  const bodyAfter = (at: number) => {
    const rows = byFirstChar.get(text[at] ?? '') ?? [];
    return rows.find((a) => a.needsPlace && text.startsWith(a.short, at)) ??
      rows.find((a) => !a.needsPlace && text.startsWith(a.short, at) && a.short.length >= 3);
  };
  for (const place of places) {
    const body = bodyAfter(place.end);
    if (body) {
      const surface = text.slice(place.start, place.end + body.short.length);
      found.push({
        start: place.start,
        end: place.end + body.short.length,
        surface,
        name: body.needsPlace ? body.full.replace('{X}', place.name) : place.name + body.full,
        type: 'agency',
        aliases: [surface],
        place: place.name,
        namedPlaces: [place.name],
      });
      continue;
    }
    const bureau = GENERIC_BUREAU.exec(text.slice(place.end, place.end + 14));
    if (bureau && !BOUNDARY_IN_NAME.test(bureau[1]!)) {
      const surface = text.slice(place.start, place.end + bureau[0].length);
      found.push({ start: place.start, end: place.end + bureau[0].length, surface, name: surface, type: 'agency', aliases: [], namedPlaces: [place.name] });
    }
  }
  BARE_PROVINCE_BODY.lastIndex = 0;
  for (let m = BARE_PROVINCE_BODY.exec(text); m; m = BARE_PROVINCE_BODY.exec(text)) {
    const at = m.index + m[0].length;
    if (placeEndingAt.has(at)) continue; // 江西省委组织部: handled above
    const body = bodyAfter(at) ?? bodyAfter(at - 1);
    if (!body) continue;
    const bodyStart = text.startsWith(body.short, at) ? at : at - 1;
    const surface = text.slice(m.index, bodyStart + body.short.length);
    // The unit is resolved later from the nearest named province (省人社厅 in a 江西 sentence).
    found.push({ start: m.index, end: bodyStart + body.short.length, surface, name: '', type: 'agency', aliases: [surface], place: `?${m[0]}|${body.short}|${body.full}|${body.needsPlace ? 1 : 0}` });
  }

  nationalBodies ??= knownNames('national-agencies.json', 'agencies');
  for (const k of nationalBodies(text)) {
    found.push({ start: k.start, end: k.end, surface: k.spelling, name: k.name, type: 'agency', aliases: k.spelling === k.name ? [] : [k.spelling] });
  }
  return found;
}

/** Fills in agencies whose place comes from context: 省人社厅 next to 江西省委组织部. */
export function resolveContextualAgencies(agencies: Mention[], places: Mention[]): Mention[] {
  const gazetteer = getGazetteer();
  return agencies.flatMap((agency) => {
    if (!agency.place?.startsWith('?')) return [agency];
    const [level = '', , full = '', needsPlace = '0'] = agency.place.slice(1).split('|');
    const wanted = level === '省' || level === '自治区' ? 'province' : level === '县' ? 'county' : 'prefecture';
    const context = [...places].reverse().find((p) => p.end <= agency.start && p.type === wanted && agency.start - p.end < 80);
    if (!context || !gazetteer.get(context.name)) return [];
    const name = needsPlace === '1' ? full.replace('{X}', context.name) : context.name + full;
    return [{ ...agency, name, place: context.name }];
  });
}
