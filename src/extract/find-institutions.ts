// Named institutions read by their structure: [place][modifier]suffix, e.g.
// 阿克陶县人民医院, 南昌大学第一附属医院, 克州三中, 新疆唐锦纺织有限公司.

import { boundaryOpeners, functionWords, once } from './data-files.ts';
import {
  ABBREVIATED_HEADS,
  AFFILIATED_ABBREVIATION,
  AFFILIATED_NAME,
  BARE_INSTITUTION_LEVELS,
  BOUNDARY_WORDS,
  CJK,
  COMPANY_CLASS_WORDS,
  COMPANY_NAME_WORDS,
  CONJUNCTIONS,
  COUNT_WORDS,
  DATE_UNITS,
  GENERIC_AFTER_PLACE,
  GENERIC_ANYWHERE,
  GENERIC_MODIFIERS,
  HONOUR_VERBS,
  HOSPITAL_HEAD,
  INSTITUTION_SUFFIXES,
  LIST_JOINERS,
  MANAGING_BODY_SUFFIXES,
  MEASURE_WORDS,
  NOT_A_SUFFIX_END,
  NUMERALS,
  ORDINAL,
  ORDINAL_NUMERALS,
  PAIRED_RECIPIENT,
  PART_OF_UNIVERSITY,
  PART_SUFFIXES,
  PLACE_LEVEL_ENDINGS,
  PROPER_FACILITY_HEADS,
  SOME_PLACE,
  TOWNSHIP_HEADS,
  ZONE_HEADS,
  anyOf,
} from './lexicon.ts';
import { getGazetteer } from './gazetteer.ts';
import { findKnownOrganisations } from './known-organisations.ts';
import type { Mention, Span } from './mention.ts';
import { canonicalInstitution } from './canonical-institution.ts';
import { charSet, classSet, hasChar, pairHash } from '../ingest/char-set.ts';
import type { NodeType } from '../types.ts';
import { scratchArray } from './scratch.ts';

const MAX_MODIFIER = 18;
// By char code: no string per character.
const NAME_CHAR = classSet(`${CJK}·`);
const SUFFIX_TYPES = new Map(INSTITUTION_SUFFIXES.map((s) => [s.suffix, s.type]));
const MIN_NAME = new Map(INSTITUTION_SUFFIXES.map((s) => [s.suffix, s.minName ?? 2]));
// Suffixes by first character: most characters start none, so most positions cost one
// look in a small bitset. By char code: text[i] would allocate a string per CJK character.
const SUFFIXES_BY_FIRST = new Map<number, string[]>();
for (const suffix of [...SUFFIX_TYPES.keys()].sort((a, b) => b.length - a.length)) {
  const code = suffix.charCodeAt(0);
  SUFFIXES_BY_FIRST.set(code, [...(SUFFIXES_BY_FIRST.get(code) ?? []), suffix]);
}
const SITE_OWNER_TYPES = new Set<NodeType>(['company', 'agency']);
const NUMERAL = new Set(NUMERALS);
const IS_NUMERAL = charSet(NUMERALS);
const MAY_START = charSet([...SUFFIXES_BY_FIRST.keys(), ...NUMERALS]);
// The suffixes' first two characters, hashed: 中, 会, 局 … start many words but few suffixes.
const SUFFIX_PAIRS = charSet([...SUFFIX_TYPES.keys()].map((suffix) => pairHash(suffix.charCodeAt(0), suffix.charCodeAt(1))));
const DI = ORDINAL.charCodeAt(0);
const LEVEL_ENDING = charSet(PLACE_LEVEL_ENDINGS);

/** Leftmost, longest-first, non-overlapping suffix occurrences. */
export function findSuffixes(text: string): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!hasChar(MAY_START, c)) {
      i++;
      continue;
    }
    let hit: string | undefined;
    const candidates = hasChar(SUFFIX_PAIRS, pairHash(c, text.charCodeAt(i + 1))) ? SUFFIXES_BY_FIRST.get(c) : undefined;
    if (candidates) {
      // A plain loop: no closure per character.
      for (let k = 0; k < candidates.length && !hit; k++) if (text.startsWith(candidates[k]!, i)) hit = candidates[k];
    }
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (!hit && hasChar(IS_NUMERAL, c) && !hasChar(IS_NUMERAL, before) && before !== DI) hit = abbreviatedAt(text, i);
    if (hit) {
      found.push([i, hit]);
      i += hit.length;
    } else i++;
  }
  return found;
}

function abbreviatedAt(text: string, i: number): string | undefined {
  for (const { head, notFollowedBy } of ABBREVIATED_HEADS) {
    for (const digits of [2, 1]) {
      if (digits === 2 && !NUMERAL.has(text[i + 1] ?? '')) continue;
      const end = i + digits + head.length;
      if (text.startsWith(head, i + digits) && !notFollowedBy.includes(text[end] ?? '\u0000')) return text.slice(i, end);
    }
  }
  return undefined;
}
const QUANTITY = new RegExp(`^(?:[${NUMERALS}\\d]|${anyOf(COUNT_WORDS)})+${anyOf(MEASURE_WORDS)}`, 'u');
// Boundary words by their last character, so a scan tries only those that can end here.
const byLastChar = (words: string[]) => {
  const index = new Map<number, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const last = w.charCodeAt(w.length - 1);
    index.set(last, [...(index.get(last) ?? []), w]);
  }
  return index;
};
// Schools and hospitals stop at any common verb, adverb or pronoun; company
// names often hold verbs (…投资发展有限公司, …运营控股集团), so they stop only at the curated list.
const boundaryIndex = once(() => byLastChar([...BOUNDARY_WORDS, ...functionWords()]));
const companyBoundaryIndex = once(() => byLastChar([...BOUNDARY_WORDS.filter((w) => !COMPANY_NAME_WORDS.includes(w)), ...COMPANY_CLASS_WORDS, ...ZONE_HEADS]));
const curatedBoundaryIndex = once(() => byLastChar(BOUNDARY_WORDS));
const CURATED_BOUNDARIES = new Set(BOUNDARY_WORDS);
function boundariesFor(type: NodeType): Map<number, string[]> {
  if (type === 'company') return companyBoundaryIndex();
  return type === 'school' || type === 'hospital' ? boundaryIndex() : curatedBoundaryIndex();
}
const placeMarks = scratchArray((length) => new Uint8Array(length));
const DATE_UNIT = new RegExp(`^${anyOf(DATE_UNITS)}`, 'u');
const LIST_JOINER = new RegExp(`^${anyOf(LIST_JOINERS)}$`, 'u');

/**
 * Finds institutions in `text`. `places` are the administrative mentions
 * already found, and `known` the organisations of the public lists: a name is
 * never cut inside either, so 和 in 和田 and 同 in 同济大学 are no boundary.
 */
export function findInstitutions(text: string, places: Mention[], known: Span[] = findKnownOrganisations(text)): Mention[] {
  const placeAt = new Map<number, Mention>();
  // 1 inside a place, 2 inside a known organisation.
  const inPlace = placeMarks(text.length);
  for (const k of known) inPlace.fill(2, k.start, k.end);
  // Where a place written with its level ends (阿勒泰地区与…, 博州与…): a conjunction after it is no part of a name.
  const levelPlaceEnds = new Set<number>();
  for (const p of places) {
    placeAt.set(p.start, p);
    inPlace.fill(1, p.start, p.end);
    if (p.surface === p.name || hasChar(LEVEL_ENDING, p.surface.charCodeAt(p.surface.length - 1))) levelPlaceEnds.add(p.end);
  }
  const found: Mention[] = [];
  const suffixes = findSuffixes(text);
  for (let k = 0; k < suffixes.length; k++) {
    const [suffixStart, suffix] = suffixes[k]!;
    const end = suffixStart + suffix.length;
    // 物流园区有限公司, 工业园区管委会: a site's head right before a legal suffix or a
    // managing body's suffix is part of the company's or the body's name.
    const next = suffixes[k + 1];
    if (next && next[0] === end && suffixType(suffix) === 'facility' && SITE_OWNER_TYPES.has(suffixType(next[1]))) continue;
    // A suffix that ends the text is not read either (no mark after it shows where the word ends).
    // 大学生, 集团化: the suffix runs on into a longer word (an institution may end the text).
    if (end < text.length && NOT_A_SUFFIX_END[suffix]?.includes(text[end]!)) continue;
    const type = suffixType(suffix);
    const previous = found[found.length - 1];
    const floor = previous && previous.end <= suffixStart ? previous.end : 0;
    const scanned = nameStart(text, suffixStart, suffix, floor, inPlace, levelPlaceEnds, boundariesFor(type), type === 'company');
    // 人民医院荣获全国爱婴医院: an honour's title is no branch of the institution before it.
    const honoured = previous !== undefined && HONOUR.test(text.slice(previous.end, suffixStart));
    const joined = honoured ? undefined : (joinWithPrevious(text, previous, scanned, suffixStart, suffix, type) ?? branchOf(text, previous, scanned, end, suffix, type, placeAt.get(scanned)));
    if (joined) {
      previous!.nested = true;
      found.push(joined);
      continue;
    }
    const start = placeOpened(scanned, suffixStart, type, placeAt, inPlace);
    const surface = trimQuantity(text.slice(start, end));
    const realStart = end - surface.length;
    const place = placeAt.get(realStart);
    // 且末县阿羌镇昆仑牧业有限公司: the registered name keeps its place; the article may drop it.
    let shortForm: string | undefined;
    let locatedIn: string | undefined;
    if (type === 'company' && place && place.type !== 'province') {
      const local = new RegExp(`^${place.surface}([${CJK}]{2,6}?${anyOf(TOWNSHIP_HEADS)})?`, 'u').exec(surface)!;
      if (surface.length - local[0].length >= suffix.length + 2) {
        locatedIn = local[1] ?? place.name;
        shortForm = surface.slice(local[0].length);
      }
    }
    // 台山市人民医院、中医院、妇幼保健院: a generic sibling takes the place of the one before it.
    // 县一中 after 吉木萨尔县第五小学: the level word stands for the sibling's county.
    const sibling = !place && previous?.place && previous.type === type && (type === 'hospital' || type === 'school') && LIST_JOINER.test(text.slice(previous.end, realStart)) ? previous : undefined;
    const own = sibling && previous!.place!.endsWith(surface[0]!) && BARE_INSTITUTION_LEVELS.includes(surface[0]!) ? surface.slice(1) : surface;
    if (sibling && isNamed(sibling.place + own, suffix, type, { surface: sibling.place! } as Mention) && !isNamed(surface, suffix, type, undefined)) {
      const canonical = canonicalInstitution(sibling.place + own, type);
      if (canonical) found.push({ start: realStart, end, surface, type, ...canonical, aliases: [...canonical.aliases, surface] });
      continue;
    }
    // 县党群活动中心, 县一中: an institution of "the county" the article is about, resolved later.
    if (!place && BARE_INSTITUTION_LEVELS.includes(surface[0]!) && isNamed(`${SOME_PLACE}${surface}`, suffix, type, { surface: SOME_PLACE } as Mention) && !isNamed(surface, suffix, type, undefined)) {
      found.push({ start: realStart, end, surface, name: '', type, aliases: [surface], pending: { kind: 'institution', level: surface[0]!, full: surface.slice(1) } });
      continue;
    }
    if (!isNamed(surface, suffix, type, place)) continue;
    // 荣获…爱婴医院: an honour's title names no institution (read up to the suffix: the verb may
    // have been read into the name, 荣获全国爱婴医院).
    if (HONOUR.test(clauseBefore(text, suffixStart))) continue;
    // A suffix inside an institution already found (学院 in 职业技术学院) is skipped.
    if (previous && previous.end > realStart) continue;
    const canonical = canonicalInstitution(surface, type);
    if (!canonical) continue;
    if (shortForm) canonical.aliases.push(shortForm);
    // A managing body named after its place (伽师县工业园区管委会) is part of that place's government.
    const where = place && MANAGING_BODY_SUFFIXES.includes(suffix) ? { place: place.name, governing: true } : locatedIn ? { place: locatedIn } : {};
    found.push({ start: realStart, end, surface, type, ...canonical, ...where });
  }
  return found;
}

function suffixType(suffix: string): NodeType {
  const direct = SUFFIX_TYPES.get(suffix);
  if (direct) return direct;
  return ABBREVIATED_HEADS.find((a) => suffix.endsWith(a.head))?.type ?? 'hospital';
}

const CONJUNCTION = new Set(CONJUNCTIONS);

function nameStart(
  text: string,
  suffixStart: number,
  suffix: string,
  floor: number,
  inPlace: Uint8Array,
  levelPlaceEnds: ReadonlySet<number>,
  boundaries: Map<number, string[]>,
  company: boolean,
): number {
  let start = suffixStart;
  while (start > floor && suffixStart - start < MAX_MODIFIER && hasChar(NAME_CHAR, text.charCodeAt(start - 1))) start--;
  // After digits, a date's unit is no part of the name (14日|江西日兴建筑有限公司).
  if (start > 0 && isDigit(text.charCodeAt(start - 1))) {
    const unit = DATE_UNIT.exec(text.slice(start, suffixStart));
    if (unit) start += unit[0].length;
  }
  // Cut after the rightmost boundary word that is not part of a place's or known organisation's name.
  for (let cut = suffixStart; cut > start; cut--) {
    if (inPlace[cut - 1]) continue;
    for (const word of boundaries.get(text.charCodeAt(cut - 1)) ?? []) {
      const from = cut - word.length;
      if (from < start || !text.startsWith(word, from) || inPlace[from]) continue;
      // 经 in 经济, 对 in 对象: a one-character word that opens a content word is none.
      if (word.length === 1 && boundaryOpeners().has(text.slice(from, from + 2))) continue;
      // A zone right before a legal suffix is the company's own name (…物流园区有限公司).
      if (company && cut === suffixStart && (ZONE_HEADS.includes(word) || COMPANY_CLASS_WORDS.includes(word))) continue;
      // 阿合奇县|同心|中学: a common word alone between a place and the suffix is the name.
      if (cut === suffixStart && from > 0 && inPlace[from - 1] === 1 && !CURATED_BOUNDARIES.has(word)) continue;
      if (CONJUNCTION.has(word) && from > 0 && inPlace[from - 1] === 1 && suffixStart - from <= 2) continue;
      if (CONJUNCTION.has(word) && !levelPlaceEnds.has(from)) {
        // 的京和纺织: a conjunction with one character before it is inside a name; and bodies
        // and sites coordinate inside their names (电子商务和信息化服务中心, 开发与利用研究院).
        // But 投资联盟和产业联盟, 卫星工厂和扶贫车间: two names of one kind are two.
        const inside = !company && boundaries === curatedBoundaryIndex() && !endsWithSuffixOfType(text, from, suffixType(suffix));
        // A one-character conjunct is inside the name unless it is a word of its own (还与|克州人民医院); a
        // conjunction right after a place's short form is inside a company's name (北京同仁堂, 新疆京和服饰),
        // never after a place written with its level (阿勒泰地区与|中建…集团, 博州与|…).
        const oneCharacterConjunct =
          from - 1 >= start && (from - 1 === start || endsWithBoundary(text, from - 1, boundaries) || inPlace[from - 2] === 1) && !CURATED_BOUNDARIES.has(text[from - 1]!);
        if (inside || oneCharacterConjunct || (company && from > 0 && inPlace[from - 1] === 1)) continue;
      }
      return cut;
    }
  }
  return start;
}

const SUFFIXES_OF_TYPE = new Map<NodeType, string[]>();
for (const { suffix, type } of INSTITUTION_SUFFIXES) SUFFIXES_OF_TYPE.set(type, [...(SUFFIXES_OF_TYPE.get(type) ?? []), suffix]);

function endsWithSuffixOfType(text: string, at: number, type: NodeType): boolean {
  return (SUFFIXES_OF_TYPE.get(type) ?? []).some((suffix) => text.startsWith(suffix, at - suffix.length));
}

/**
 * 穿着|锦州保二小学: a school's or hospital's name that holds a place starts at it when what
 * comes before is neither a place nor a known organisation (a verb or phrase the boundary
 * words missed). Companies keep such openings (a brand before its place).
 */
function placeOpened(start: number, suffixStart: number, type: NodeType, placeAt: Map<number, Mention>, inPlace: Uint8Array): number {
  if (type !== 'school' && type !== 'hospital') return start;
  for (let at = start + 2; at < suffixStart; at++) {
    if (inPlace[at - 2] || inPlace[at - 1]) return start;
    if (placeAt.has(at)) return at;
  }
  return start;
}

function endsWithBoundary(text: string, at: number, boundaries: Map<number, string[]>): boolean {
  return (boundaries.get(text.charCodeAt(at - 1)) ?? []).some((w) => text.startsWith(w, at - w.length));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const JOINABLE = new RegExp(PART_OF_UNIVERSITY, 'u');
const AFFILIATED = new RegExp(AFFILIATED_NAME, 'u');

// "南昌大学" + "第一附属医院", "上海交通大学" + "医学院": one name, and a part_of.
function joinWithPrevious(
  text: string,
  previous: Mention | undefined,
  start: number,
  suffixStart: number,
  suffix: string,
  type: NodeType,
): Mention | null {
  if (!previous || previous.end !== start) return null;
  if (previous.type !== 'school' && previous.type !== 'hospital' && previous.type !== 'company') return null;
  const between = text.slice(start, suffixStart);
  const affiliated = AFFILIATED.test(between) && suffix.endsWith(HOSPITAL_HEAD);
  if (!JOINABLE.test(between) && !affiliated && !(suffix.endsWith(AFFILIATED_ABBREVIATION) && between === '')) return null;
  // 北京大学人民医院, 天津医科大学总医院: a university's hospital written right after it.
  const universityHospital = previous.type === 'school' && suffixType(suffix) === 'hospital';
  if (between === '' && !PART_SUFFIXES.includes(suffix) && !suffix.endsWith(AFFILIATED_ABBREVIATION) && !universityHospital) return null;
  const surface = text.slice(previous.start, suffixStart + suffix.length);
  const canonical = canonicalInstitution(surface, type);
  if (!canonical) return null;
  return { start: previous.start, end: suffixStart + suffix.length, surface, type, ...canonical, parentOrg: previous.name };
}

const BRANCH_HOSTS: NodeType[] = ['hospital', 'school', 'agency', 'facility'];
const BRANCH_TYPES: NodeType[] = [...BRANCH_HOSTS];

// 河北医科大学第三医院铁门关医院, 喀什深圳商会深圳企业家俱乐部: a named institution
// written right after another is its branch or part, and both names are one.
function branchOf(text: string, previous: Mention | undefined, start: number, end: number, suffix: string, type: NodeType, place: Mention | undefined): Mention | null {
  if (!previous || previous.end !== start || !BRANCH_HOSTS.includes(previous.type) || !BRANCH_TYPES.includes(type)) return null;
  if (!isNamed(text.slice(start, end), suffix, type, place)) return null;
  const surface = text.slice(previous.start, end);
  // A site's name (喀什经济开发区深圳服务中心) only says where the body is; an institution's, whose branch it is.
  const parent = previous.type === 'facility' ? {} : { parentOrg: previous.name };
  return { start: previous.start, end, surface, name: surface, type, aliases: [text.slice(start, end)], ...parent, ...(place ? { namedPlaces: [place.name] } : {}) };
}

const HONOUR = new RegExp(anyOf(HONOUR_VERBS), 'u');
const CLAUSE_BREAK = charSet('，。；！？,;!?\n');
function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 40 && !hasChar(CLAUSE_BREAK, text.charCodeAt(from - 1))) from--;
  return text.slice(from, at);
}

function trimQuantity(surface: string): string {
  return surface.replace(QUANTITY, '');
}

const ORDINAL_IN = new RegExp(`[${ORDINAL_NUMERALS}]`, 'u');
const ORDINAL_ALONE = new RegExp(`^${ORDINAL}[${ORDINAL_NUMERALS}]+$`, 'u');

function isNamed(surface: string, suffix: string, type: NodeType, place: Mention | undefined): boolean {
  const modifier = surface.slice(0, surface.length - suffix.length);
  if (GENERIC_ANYWHERE.some((word) => modifier.includes(word))) return false;
  if (place) {
    const afterPlace = modifier.slice(place.surface.length);
    if (GENERIC_AFTER_PLACE.some((word) => afterPlace.startsWith(word))) return false;
    return modifier.length > 0 || suffix.length > 2 || ORDINAL_IN.test(suffix);
  }
  if (type === 'facility' && !PROPER_FACILITY_HEADS.includes(suffix) && !opensWithDonorPair(modifier) && !OPENS_WITH_TOWNSHIP.test(modifier)) return false;
  // Abbreviated forms (三中, 二院) need a place to name anything.
  if (!SUFFIX_TYPES.has(suffix)) return false;
  let rest = modifier;
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const word of GENERIC_MODIFIERS) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
      }
    }
  }
  // Ordinals alone (第四幼儿园) name nothing without a place.
  if (ORDINAL_ALONE.test(rest)) return false;
  return rest.length >= MIN_NAME.get(suffix)!;
}

// 二工镇中心互助幸福院: a township's name (two to four characters and its head) opens a site's name as a place does.
const OPENS_WITH_TOWNSHIP = new RegExp(`^[${CJK}]{2,4}?${anyOf(TOWNSHIP_HEADS)}`, 'u');

// The donor provinces' one-character abbreviations (鲁, 闽 …).
const donorAbbreviations = once(() => new Set(getGazetteer().all().flatMap((d) => (d.type === 'province' ? (d.abbr ?? []) : [])).filter((a) => a !== PAIRED_RECIPIENT)));

/** 鲁疆产业园: a donor's abbreviation and the recipient's, then the rest of a name. */
function opensWithDonorPair(modifier: string): boolean {
  return modifier.length >= 2 && modifier[1] === PAIRED_RECIPIENT && donorAbbreviations().has(modifier[0]!);
}
