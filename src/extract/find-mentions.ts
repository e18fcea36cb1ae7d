// All entity mentions of one normalised text, overlaps resolved (the longer
// name wins; names inside it become nested), alternative names merged
// (克州江西实验中学（阿克陶县雪松中学）), and repeated short forms tied to
// the entity they name in this article.

import { companyShortForms } from './company-names.ts';
import { findAgencies } from './find-agencies.ts';
import { findListedVillages } from './find-villages.ts';
import { type OrganisationMatch, findKnownOrganisations } from './known-organisations.ts';
import { findCompanies } from './find-companies.ts';
import { findInstitutions } from './find-institutions.ts';
import { findPlaces } from './find-places.ts';
import { findProgrammes } from './find-programmes.ts';
import { getGazetteer } from './gazetteer.ts';
import { CAMPUS_HEAD, DEICTIC_LEVELS, DEICTIC_NOT_BEFORE, DEICTIC_PRONOUN, SHORT_NAME_CUES, anyOf } from './lexicon.ts';
import { type Mention, uniformMention } from './mention.ts';
import { scratchArray } from './scratch.ts';
import type { NodeType } from '../types.ts';

const ORG_TYPES: NodeType[] = ['hospital', 'school', 'company', 'agency'];
const PLACE_RANK: Partial<Record<NodeType, number>> = { village: 5, township: 4, county: 3, prefecture: 2, province: 1 };

export function findMentions(text: string): Mention[] {
  return findMentionsAll([text])[0]!;
}

/**
 * `findMentions` of each text, each recogniser run over all of them before the next (see extractArticles).
 * Every mention comes out as a uniform mention: later steps read them without copying them again.
 */
export function findMentionsAll(texts: readonly string[]): Mention[][] {
  const places = texts.map((text) => findPlaces(text));
  const knownMatches = texts.map((text) => findKnownOrganisations(text));
  const institutions = texts.map((text, i) => findInstitutions(text, places[i]!, knownMatches[i]!));
  const agencies = texts.map((text, i) => findAgencies(text, places[i]!));
  const programmes = texts.map((text) => findProgrammes(text));
  const companies = texts.map((text, i) => findCompanies(text, institutions[i]!.concat(agencies[i]!, programmes[i]!), places[i]!));
  const villages = texts.map((text, i) => findListedVillages(text, places[i]!.concat(institutions[i]!)));
  const known = knownMatches.map((matches) => matches.map(knownMention));
  const deictics = texts.map(findDeictics);
  const kept = texts.map((text, i) =>
    resolveOverlaps(text.length, uniformMentions([known[i]!, institutions[i]!, agencies[i]!, programmes[i]!, companies[i]!, places[i]!, villages[i]!, deictics[i]!])),
  );
  texts.forEach((text, i) => mergeAlternativeNames(text, kept[i]!));
  texts.forEach((text, i) => readShortNames(text, kept[i]!));
  return kept.map(unifyNames);
}

/** The lists' mentions in one list, each as a uniform mention (no spread list to copy first). */
function uniformMentions(lists: Mention[][]): Mention[] {
  const all: Mention[] = [];
  for (const list of lists) for (const m of list) all.push(uniformMention(m));
  return all;
}

// Central enterprises and universities from the public lists, under their registered names.
function knownMention(k: OrganisationMatch): Mention {
  return {
    start: k.start,
    end: k.end,
    surface: k.surface,
    name: k.organisation.name,
    type: k.organisation.type,
    aliases: k.surface === k.organisation.name ? [] : [k.surface],
    ...(k.organisation.place ? { place: k.organisation.place } : {}),
  };
}

// 我省, 我市: the donor the article speaks for, resolved with the article's context.
const DEICTIC = new RegExp(`${DEICTIC_PRONOUN}(${anyOf(DEICTIC_LEVELS)})(?!${anyOf(DEICTIC_NOT_BEFORE)})`, 'gu');
function findDeictics(text: string): Mention[] {
  return [...text.matchAll(DEICTIC)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    surface: m[0],
    name: '',
    type: 'province' as const,
    aliases: [],
    pending: { kind: 'deictic' as const, level: m[1]! },
  }));
}

const owners = scratchArray((length) => new Int32Array(length));
function resolveOverlaps(textLength: number, candidates: Mention[]): Mention[] {
  const ordered = candidates
    .filter((m) => m.end > m.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  const covered: Mention[] = [];
  // owner[i] = 1 + index in `kept` of the mention covering character i.
  const owner = owners(textLength);
  for (const m of ordered) {
    let hostIndex = 0;
    for (let i = m.start; i < m.end && hostIndex === 0; i++) hostIndex = owner[i]!;
    const host = hostIndex > 0 ? kept[hostIndex - 1]! : undefined;
    if (!host) {
      kept.push(m);
      owner.fill(kept.length, m.start, m.end);
      continue;
    }
    // 雅戈尔 (a known company) inside 雅戈尔集团: the same company, under its known name.
    if (m.type === 'company' && host.type === 'company' && m.start === host.start && m.name !== m.surface) {
      host.aliases = [...new Set([...host.aliases, host.name, host.surface])].filter((a) => a !== m.name);
      host.name = m.name;
      continue;
    }
    // An organisation at the start of a longer name is what that name belongs to.
    if (m.start === host.start && m.end < host.end && ORG_TYPES.includes(m.type) && m.name && (!host.parentOrg || host.parentOrg === m.name) && host.name !== m.name) {
      host.parentOrg = m.name;
      // 首都医科大学附属北京安贞医院: a name without a place of its own is on its parent's side.
      if (!host.place && !host.area) host.area = m.place ?? m.area;
      const inner = uniformMention(m);
      inner.nested = true;
      covered.push(inner);
    }
  }
  return kept.concat(covered).sort((a, b) => a.start - b.start);
}

// "A（B）": one institution with two names; "A（B校区）": a campus of A.
const CAMPUS = new RegExp(`^[（(]([\\u4e00-\\u9fff]{1,8}${anyOf([CAMPUS_HEAD])})[）)]`, 'u');
function mergeAlternativeNames(text: string, mentions: Mention[]): void {
  const own = mentions.filter((m) => !m.nested);
  for (let i = 0; i < own.length; i++) {
    const a = own[i]!;
    const open = text[a.end];
    if (open !== '(' && open !== '（') continue;
    const b = own[i + 1];
    const close = b ? text[b.end] : undefined;
    if (b && b.start === a.end + 1 && (close === ')' || close === '）') && b.type === a.type && ORG_TYPES.includes(a.type)) {
      // 新疆鸿荣轻工有限公司（鸿星尔克）: a brand with nothing in common with the name is the company's
      // parent, as written (安踏, not its registered name, which shares 有限公司 with any company's).
      if (a.type === 'company' && !sharesWord(a.name, b.surface)) {
        a.parentOrg ??= b.name;
        continue;
      }
      const [keep, other] = placeRank(b) > placeRank(a) ? [b, a] : [a, b];
      keep.parentOrg ??= other.parentOrg;
      const aliases = new Set([...keep.aliases, ...other.aliases, other.name, other.surface]);
      aliases.delete(keep.name);
      for (const m of [a, b]) {
        m.name = keep.name;
        m.aliases = [...aliases];
        m.place = keep.place;
      }
      continue;
    }
    const campus = CAMPUS.exec(text.slice(a.end, a.end + 12));
    if (campus && a.type === 'school') {
      const start = a.end + 1;
      const surface = `${a.name}${campus[1]}`;
      mentions.push(
        uniformMention({
          start,
          end: start + campus[1]!.length,
          surface: campus[1]!,
          name: surface,
          type: 'school',
          aliases: [campus[1]!, `${a.surface}(${campus[1]})`],
          parentOrg: a.name,
        }),
      );
    }
  }
}

// A（简称B）, A（以下简称“B”）: B is A's short name, and names A wherever the article writes it.
const SHORT_NAME = new RegExp(`^[（(]${anyOf(SHORT_NAME_CUES)}[：:]?[“"「]?([\\u4e00-\\u9fff·]{2,12})[”"」]?[)）]`, 'u');
function readShortNames(text: string, mentions: Mention[]): void {
  const added: Mention[] = [];
  for (const a of mentions) {
    if (a.nested || !ORG_TYPES.includes(a.type) && a.type !== 'program') continue;
    const short = SHORT_NAME.exec(text.slice(a.end, a.end + 20));
    if (!short || short[1]!.length < 3) continue;
    const name = short[1]!;
    a.aliases = [...new Set([...a.aliases, name])];
    for (let at = text.indexOf(name, a.end); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (mentions.some((m) => m.start < at + name.length && at < m.end && m.end - m.start > name.length)) continue;
      added.push(uniformMention({ start: at, end: at + name.length, surface: name, name: a.name, type: a.type, aliases: [name], ...(a.place ? { place: a.place } : {}) }));
    }
  }
  for (const m of added) {
    const index = mentions.findIndex((x) => x.start >= m.start);
    // What the short name covers (浙大 read as a school) gives way to it.
    for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.start >= m.start && mentions[i]!.end <= m.end) mentions.splice(i, 1);
    mentions.splice(index < 0 ? mentions.length : Math.min(index, mentions.length), 0, m);
  }
  mentions.sort((x, y) => x.start - y.start);
}

function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= b.length; i++) if (a.includes(b.slice(i, i + 2))) return true;
  return false;
}

function placeRank(m: Mention): number {
  if (!m.place) return 0;
  const division = getGazetteer().get(m.place);
  return division ? (PLACE_RANK[division.type] ?? 0) : 0;
}

// A surface that is an alias of another entity of the same type in this
// article names that entity (引客入疆 after “引客入疆”工程; 克州江西实验中学).
function unifyNames(mentions: Mention[]): Mention[] {
  // A company named in full also answers to its short forms (月星集团 after 上海月星集团有限公司).
  for (const m of mentions) if (m.type === 'company' && m.name) m.aliases = [...new Set([...m.aliases, ...companyShortForms(m.name)])];
  // Alias → the first mention that gives it, by type.
  const byAlias = new Map<NodeType, Map<string, Mention>>();
  for (const m of mentions) {
    let ofType = byAlias.get(m.type);
    for (const alias of m.aliases) {
      if (alias === m.name) continue;
      if (!ofType) byAlias.set(m.type, (ofType = new Map()));
      if (!ofType.has(alias)) ofType.set(alias, m);
    }
  }
  for (const m of mentions) {
    const ofType = byAlias.get(m.type);
    const target = ofType && (ofType.get(m.name) ?? ofType.get(m.surface));
    if (target && target !== m && target.name !== m.name) {
      m.aliases = [...new Set([...m.aliases, m.name].filter((x) => x !== target.name))];
      m.name = target.name;
      m.place ??= target.place;
    }
  }
  // 火车站站前广场 after 且末火车站站前广场: the same thing without its place.
  const placed = mentions.filter((m) => m.place && ORG_OR_SITE.includes(m.type));
  for (const m of mentions) {
    if (m.place || !ORG_OR_SITE.includes(m.type) || m.name.length < 4) continue;
    const full = placed.find((p) => p.type === m.type && p.name !== m.name && (p.name.endsWith(m.name) || p.surface.endsWith(m.name)));
    if (full) {
      m.aliases = [...new Set([...m.aliases, m.name])];
      m.name = full.name;
      m.place = full.place;
    }
  }
  return mentions.filter((m) => m.name || m.pending);
}

const ORG_OR_SITE: NodeType[] = ['hospital', 'school', 'facility'];
