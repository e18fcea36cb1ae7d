// Relations read sentence by sentence from the mentions in it, the cue words
// between them, and the article's donor (an article about 江西 aid to 阿克陶县
// makes 江西省 the donor of a sentence whose subject is "援疆医生").

import { DONOR_MARKER, PLACE_TYPES, donorOf, mainDonor, sideOf } from './donors.ts';
import { INVEST_CUES, PARTNER_CUES, SUPPORT_CUES } from './lexicon.ts';
import type { Mention, Span } from './mention.ts';
import type { EdgeType, NodeType } from '../types.ts';

export interface FoundRelation {
  source: string;
  target: string;
  type: EdgeType;
  sentence: Span;
}

const STRONG_AID = /援疆|援建|对口支援|对口援助|对口帮扶|帮扶|援助|支援|包建|受援|结对/u;
const SUBJECT_ADVERBS = /^(先后|积极|创新|常态化|陆续|率先|还|也|已|首次|持续|联合|共同|全力|大力|主动|充分)*/u;
const RUN_VERBS = /^(采取|开展|实施|引入|引进|推行|推出|举办|打造|组织|建立|成立|启动|发起|创新推行|印发|联合印发|梯次开展|研究制定|设立|搭建|促成|推动|在)/u;
const SUPPORT_CUE = new RegExp(SUPPORT_CUES.join('|'), 'u');
const INVEST_CUE = new RegExp(INVEST_CUES.join('|'), 'u');
const AID_TARGET_TYPES: NodeType[] = ['hospital', 'school', 'facility', 'village'];

/** Like donorOf, but not for a place written as a location (在赣州市“克州阿克陶展示馆”). */
function actingDonor(text: string, m: Mention): string | undefined {
  const donor = donorOf(m);
  if (!donor || m.donor) return donor;
  const locative = /[在于赴到去来]$/u.test(text.slice(Math.max(0, m.start - 1), m.start));
  return locative && !DONOR_MARKER.test(text.slice(m.end, m.end + 8)) ? undefined : donor;
}

export function findRelations(text: string, sentences: Span[], mentions: Mention[]): FoundRelation[] {
  const relations: FoundRelation[] = [];
  const articleDonor = mainDonor(text, mentions);
  const own = mentions.filter((m) => !m.nested);
  const nested = mentions.filter((m) => m.nested);
  let cursor = 0;
  let sentence: Span = { start: 0, end: 0 };
  const add = (source: string, type: EdgeType, target: string) => {
    if (source && target && source !== target) relations.push({ source, target, type, sentence });
  };
  for (sentence of sentences) {
    const inSentence: Mention[] = [];
    while (cursor < own.length && own[cursor]!.start < sentence.start) cursor++;
    for (let i = cursor; i < own.length && own[i]!.start < sentence.end; i++) inSentence.push(own[i]!);
    const nestedIn = nested.filter((m) => m.start >= sentence.start && m.start < sentence.end);
    const body = text.slice(sentence.start, sentence.end);
    readSupports(text, body, inSentence, articleDonor, add);
    readRuns(text, inSentence, articleDonor, add);
    readInvestments(text, body, inSentence, add);
    readPartners(text, inSentence, add);
    readStructure([...inSentence, ...nestedIn], add);
    readSetUps(text, inSentence, add);
  }
  return relations;
}

type Add = (source: string, type: EdgeType, target: string) => void;

function readSupports(text: string, body: string, ms: Mention[], articleDonor: string | undefined, add: Add): void {
  const hasCue = SUPPORT_CUE.test(body);
  const strongCue = STRONG_AID.test(body);
  const donorMentions = ms.filter((m) => actingDonor(text, m) && (m.donor || hasCue));
  const explicitDonors = unique(donorMentions.map((m) => actingDonor(text, m)!));
  const fallback = hasCue && articleDonor && strongCue ? [articleDonor] : [];
  const invested = new Set(ms.some((m) => m.type === 'company') ? investmentPairs(ms, text).map(([, t]) => t) : []);
  const targets = ms.filter((m, i) => sideOf(m) === 'recipient' && m.type !== 'agency' && m.type !== 'program' && !isLocator(m, ms[i + 1]) && !invested.has(m));
  if (hasCue) {
    for (const t of targets) {
      const donors = donorMentions.length > 0 ? nearestDonors(text, donorMentions, t) : fallback;
      for (const donor of donors) {
        if (t.type === 'company' && !/援建|帮扶|援助/u.test(body)) continue;
        if (t.type === 'province' && !/对口支援|援助/u.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
        add(donor, 'supports', t.name);
      }
    }
  }
  // In an article about one donor, its institutions and works in Xinjiang are its aid.
  if (articleDonor && explicitDonors.every((d) => d === articleDonor)) {
    for (const t of targets) if (AID_TARGET_TYPES.includes(t.type)) add(articleDonor, 'supports', t.name);
  }
  // Institution-to-institution aid: 南昌大学第一附属医院 … 对口帮扶 … 阿克陶县人民医院.
  if (strongCue) {
    for (const source of ms) {
      if ((source.type !== 'hospital' && source.type !== 'school') || sideOf(source) !== 'donor') continue;
      for (const t of targets) {
        if (t.type === source.type && t.start > source.start) add(source.name, 'supports', t.name);
      }
    }
  }
}

function readRuns(text: string, ms: Mention[], articleDonor: string | undefined, add: Add): void {
  const programmes = ms.filter((m) => m.type === 'program');
  if (programmes.length === 0) return;
  const donorMentions = ms.filter((m) => donorOf(m));
  for (const p of programmes) {
    const subjects = subjectsBefore(text, ms, p);
    const runners = subjects.length > 0
      ? subjects.map((s) => donorOf(s) ?? s.name)
      : donorMentions.length > 0 ? nearestDonors(text, donorMentions, p) : articleDonor ? [articleDonor] : [];
    for (const runner of unique(runners)) add(runner, 'runs', p.name);
  }
}

// The entities that act in the clause before a programme: those directly
// followed by a verb of running (北京援疆指挥部组织…开展“送教下乡”).
function subjectsBefore(text: string, ms: Mention[], programme: Mention): Mention[] {
  const from = ms[0]?.start ?? programme.start;
  const clause = text.slice(from, programme.start);
  const clauseStart = from + Math.max(...['——', '；', '：', '。', ';', ':'].map((b) => clause.lastIndexOf(b)));
  const before = ms.filter((m) => m.end <= programme.start && m.start > clauseStart && m.type !== 'program' && m.type !== 'township' && m.type !== 'village');
  // 和田地区第二中学2024年“津和班”: the institution that owns the class or brand.
  const owner = before[before.length - 1];
  if (owner && (owner.type === 'school' || owner.type === 'hospital') && /^[\d年、“”]*$/u.test(text.slice(owner.end, programme.start))) {
    const group = [owner];
    for (let j = before.length - 2; j >= 0 && /^[、和与及]$/u.test(text.slice(before[j]!.end, group[0]!.start)); j--) group.unshift(before[j]!);
    return group;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (m.type === 'company') continue;
    // 在吐鲁番市高昌区实施…: a place chain after 在 is where, not who.
    let chainStart = m.start;
    for (let j = i - 1; j >= 0 && before[j]!.end === chainStart && PLACE_TYPES.includes(before[j]!.type); j--) chainStart = before[j]!.start;
    const preceding = text.slice(Math.max(0, chainStart - 2), chainStart);
    if (/[在于到赴向对与为]$/u.test(preceding)) continue;
    const after = text.slice(m.end, m.end + 12).replace(SUBJECT_ADVERBS, '');
    if (!RUN_VERBS.test(after)) continue;
    if (after.startsWith('在') && !/^在[\u4e00-\u9fff]{2,8}(建立|开展|实施|举办|设立)/u.test(after)) continue;
    // Coordinated subjects: 江西省委组织部、省人社厅、省卫健委、江西援疆前方指挥部联合印发…
    const group = [m];
    for (let j = i - 1; j >= 0; j--) {
      const between = text.slice(before[j]!.end, group[0]!.start);
      if (!/^[、和与及]$/u.test(between)) break;
      group.unshift(before[j]!);
    }
    return group.filter((g) => g.type !== 'company' || group.length === 1);
  }
  return [];
}

function readInvestments(text: string, body: string, ms: Mention[], add: Add): void {
  if (!INVEST_CUE.test(body)) return;
  for (const [c, t] of investmentPairs(ms, text)) add(c.name, 'invests_in', t.name);
}

const INVEST_TARGET_TYPES: NodeType[] = ['prefecture', 'county', 'facility', 'school'];

// Each company (or group of companies joined by 和、与) invests in the places
// named after it and before the next company; failing that, in the place
// just before it (阿克苏市先后引入阿里巴巴、遥望科技).
function investmentPairs(ms: Mention[], text: string): Array<[Mention, Mention]> {
  const pairs: Array<[Mention, Mention]> = [];
  const isTarget = (m: Mention, i: number) =>
    INVEST_TARGET_TYPES.includes(m.type) && sideOf(m) !== 'donor' && (sideOf(m) === 'recipient' || !PLACE_TYPES.includes(m.type)) && !isLocator(m, ms[i + 1]);
  for (let i = 0; i < ms.length; i++) {
    if (ms[i]!.type !== 'company') continue;
    const group = [ms[i]!];
    while (i + 1 < ms.length && ms[i + 1]!.type === 'company' && /^[和与、及]$/u.test(text.slice(ms[i]!.end, ms[i + 1]!.start))) group.push(ms[++i]!);
    const after: Mention[] = [];
    // Up to the next company that opens a clause of its own (…、天津金开新能在昌吉投资).
    for (let j = i + 1; j < ms.length; j++) {
      if (ms[j]!.type === 'company' && /[，、；,;]$/u.test(text.slice(Math.max(0, ms[j]!.start - 1), ms[j]!.start))) break;
      if (isTarget(ms[j]!, j)) after.push(ms[j]!);
    }
    let targets = after;
    if (targets.length === 0) {
      const before = ms.slice(0, i - group.length + 1).reverse().find((m, k, arr) => isTarget(m, ms.indexOf(arr[k]!)));
      const between = before ? text.slice(before.end, group[0]!.start) : '';
      if (before && /引进|引入|落户|入驻/u.test(between) && between.length < 12) targets = [before];
    }
    for (const c of group) for (const t of targets) pairs.push([c, t]);
  }
  return pairs;
}

function readPartners(text: string, ms: Mention[], add: Add): void {
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    let b = ms[i + 1]!;
    if (!/^[与和、同]$/u.test(text.slice(a.end, b.start))) continue;
    // 广东省佛山市: the pair is with the end of a place chain.
    for (let j = i + 2; j < ms.length && ms[j]!.start === b.end && PLACE_TYPES.includes(b.type); j++) b = ms[j]!;
    const after = text.slice(b.end, b.end + 12);
    if (PARTNER_CUES.some((cue) => after.includes(cue)) && a.type !== 'program' && b.type !== 'program') {
      if (sideOf(a) !== sideOf(b) || a.type === b.type) add(a.name, 'partners_with', b.name);
    }
  }
}

function readStructure(ms: Mention[], add: Add): void {
  for (const m of ms) {
    // An aid body belongs to its donors; a government or party body to its place.
    for (const donor of m.donor ? [m.donor, ...(m.coDonors ?? [])] : []) add(m.name, 'part_of', donor);
    if (m.parentOrg) add(m.name, 'part_of', m.parentOrg);
    if (m.place && !PLACE_TYPES.includes(m.type)) {
      // A body named only inside another name (天津市委 in 天津市委党校) is not described by the text.
      if (m.type !== 'agency' || !m.nested) add(m.name, m.type === 'agency' ? 'part_of' : 'located_in', m.place);
    } else if (m.place && (m.type === 'township' || m.type === 'village')) {
      add(m.name, 'located_in', m.place);
    }
  }
}

/**
 * The donors a target belongs to when a sentence names several: the nearest
 * group of coordinated donors before it (广东援疆医疗队在伽师县…，由深圳援建的喀什大学),
 * else the nearest after it.
 */
function nearestDonors(text: string, donors: Mention[], target: Mention): string[] {
  const before = donors.filter((d) => d.end <= target.start);
  const pool = before.length > 0 ? before : donors.filter((d) => d.start >= target.end).reverse();
  if (pool.length === 0) return unique(donors.map((d) => donorOf(d)!));
  const group = [pool[pool.length - 1]!];
  for (let j = pool.length - 2; j >= 0; j--) {
    const between = text.slice(Math.min(pool[j]!.end, group[0]!.end), Math.max(pool[j]!.start, group[0]!.start));
    if (!/^(援疆|对口支援)?(指挥部|前指)?[、和与及]?$/u.test(between) && between.length > 0) break;
    group.unshift(pool[j]!);
  }
  return unique(group.map((d) => donorOf(d) ?? actingDonor(text, d)!).filter(Boolean));
}

// 阿克陶县人民医院引进了“李爱青博士工作站”，成立了“郑宏名医工作室”: what an
// organisation sets up is part of it.
const SET_UP = /^(先后|新|还|也|已|在[\u4e00-\u9fff]{2,8}|[了,，、“”])*(引进|成立|设立|开设|建立|组建|新开设)(了)?/u;
function readSetUps(text: string, ms: Mention[], add: Add): void {
  for (let i = 0; i < ms.length; i++) {
    const org = ms[i]!;
    if (!['hospital', 'school', 'company'].includes(org.type)) continue;
    let cursor = org.end;
    for (let j = i + 1; j < ms.length; j++) {
      const next = ms[j]!;
      const between = text.slice(cursor, next.start);
      // 新疆唐锦纺织有限公司在阿克陶县设立唐锦家庭工坊: skip the place it is set up in.
      if (PLACE_TYPES.includes(next.type) && /^[在于]$/u.test(between)) {
        cursor = next.end;
        continue;
      }
      if (next.type !== 'facility' || (!SET_UP.test(between) && !/^[、，,“”了]*$/u.test(between)) || /[。；;]/u.test(between)) break;
      if (cursor === org.end && !SET_UP.test(between)) break;
      add(next.name, 'part_of', org.name);
      cursor = next.end;
    }
  }
}

/** A place written only to locate the next one (阿克陶县 in 阿克陶县布伦口乡). */
function isLocator(m: Mention, next: Mention | undefined): boolean {
  return PLACE_TYPES.includes(m.type) && next !== undefined && next.start === m.end && (next.type === 'township' || next.type === 'village' || (m.type === 'province' && PLACE_TYPES.includes(next.type)));
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
