// All entity mentions of one normalised text, overlaps resolved (the longer
// name wins; names inside it become nested), alternative names merged
// (克州江西实验中学（阿克陶县雪松中学）), and repeated short forms tied to
// the entity they name in this article.

import { findAgencies } from './find-agencies.ts';
import { findCompanies } from './find-companies.ts';
import { findInstitutions } from './find-institutions.ts';
import { findPlaces } from './find-places.ts';
import { findProgrammes } from './find-programmes.ts';
import { getGazetteer } from './gazetteer.ts';
import type { Mention } from './mention.ts';
import type { NodeType } from '../types.ts';

const ORG_TYPES: NodeType[] = ['hospital', 'school', 'company', 'agency'];
const PLACE_RANK: Partial<Record<NodeType, number>> = { village: 5, township: 4, county: 3, prefecture: 2, province: 1 };

export function findMentions(text: string): Mention[] {
  const places = findPlaces(text);
  const institutions = findInstitutions(text, places);
  const agencies = findAgencies(text, places);
  const programmes = findProgrammes(text);
  const companies = findCompanies(text, [...institutions, ...agencies, ...programmes], places);
  const kept = resolveOverlaps(text.length, [...institutions, ...agencies, ...programmes, ...companies, ...places, ...findDeictics(text)]);
  mergeAlternativeNames(text, kept);
  return unifyNames(kept);
}

// 我省, 我市: the donor the article speaks for, resolved with the article's context.
function findDeictics(text: string): Mention[] {
  return [...text.matchAll(/我(省|市|区)(?![委政人])/gu)].map((m) => ({
    start: m.index!,
    end: m.index! + 2,
    surface: m[0],
    name: '',
    type: 'province' as const,
    aliases: [],
    pending: { kind: 'deictic' as const, level: m[1]! },
  }));
}

function resolveOverlaps(textLength: number, candidates: Mention[]): Mention[] {
  const ordered = candidates
    .filter((m) => m.end > m.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  const covered: Mention[] = [];
  // owner[i] = 1 + index in `kept` of the mention covering character i.
  const owner = new Int32Array(textLength);
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
    if (m.start === host.start && m.end < host.end && ORG_TYPES.includes(m.type) && m.name && !host.parentOrg && host.name !== m.name) {
      host.parentOrg = m.name;
      covered.push({ ...m, nested: true });
    }
  }
  return [...kept, ...covered].sort((a, b) => a.start - b.start);
}

// "A（B）": one institution with two names; "A（B校区）": a campus of A.
function mergeAlternativeNames(text: string, mentions: Mention[]): void {
  const own = mentions.filter((m) => !m.nested);
  for (let i = 0; i < own.length; i++) {
    const a = own[i]!;
    const open = text[a.end];
    if (open !== '(' && open !== '（') continue;
    const b = own[i + 1];
    const close = b ? text[b.end] : undefined;
    if (b && b.start === a.end + 1 && (close === ')' || close === '）') && b.type === a.type && ORG_TYPES.includes(a.type)) {
      const [keep, other] = placeRank(b) > placeRank(a) ? [b, a] : [a, b];
      const aliases = new Set([...keep.aliases, ...other.aliases, other.name, other.surface]);
      aliases.delete(keep.name);
      for (const m of [a, b]) {
        m.name = keep.name;
        m.aliases = [...aliases];
        m.place = keep.place;
      }
      continue;
    }
    const campus = /^[（(]([\u4e00-\u9fff]{2,8}校区)[）)]/u.exec(text.slice(a.end, a.end + 12));
    if (campus && a.type === 'school') {
      const start = a.end + 1;
      const surface = `${a.name}${campus[1]}`;
      mentions.push({
        start,
        end: start + campus[1]!.length,
        surface: campus[1]!,
        name: surface,
        type: 'school',
        aliases: [campus[1]!, `${a.surface}(${campus[1]})`],
        parentOrg: a.name,
      });
    }
  }
}

function placeRank(m: Mention): number {
  if (!m.place) return 0;
  const division = getGazetteer().get(m.place);
  return division ? (PLACE_RANK[division.type] ?? 0) : 0;
}

// A surface that is an alias of another entity of the same type in this
// article names that entity (引客入疆 after “引客入疆”工程; 克州江西实验中学).
function unifyNames(mentions: Mention[]): Mention[] {
  const byAlias = new Map<string, Mention>();
  for (const m of mentions) {
    for (const alias of m.aliases) {
      const key = `${m.type}|${alias}`;
      if (!byAlias.has(key) && alias !== m.name) byAlias.set(key, m);
    }
  }
  for (const m of mentions) {
    const target = byAlias.get(`${m.type}|${m.name}`) ?? byAlias.get(`${m.type}|${m.surface}`);
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
