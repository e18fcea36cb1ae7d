// supports: who gives aid to whom, read from one sentence.
// - Two lists paired item by item (A、B与C、D分别结对; X1、X2负责支援的是Y1、Y2).
// - An aid body's own name says whom it aids (无锡市援霍工作组, 山东省对口支援兵团干部管理组),
//   and it aids the place the article is about when the sentence names that place.
// - With an aid cue, each recipient-side target goes to the nearest donor in the
//   sentence, else to the article's donor.
// - In an article about one donor, its schools and hospitals in Xinjiang are its
//   aid, and its villages and sites when the sentence speaks of aid or projects.
// - A donor's institution aids institutions of its kind (…附属医院对口帮扶…人民医院).

import { PLACE_TYPES, donorOf, donorsOf, isDonorPlace, sideOf, sideOfPlace } from './donors.ts';
import { getGazetteer } from './gazetteer.ts';
import { ATTRIBUTIVE, BROKER_VERBS, BUILT_FOR, COMPANY_AID_CUES, GROUP_LEAD_WORDS, LIST_JOINERS, LIST_PAIRING_WORDS, PERFECTIVE, PROJECT_WORDS, PROVINCE_AID_VERBS, RESPECTIVELY, STRONG_AID_CUES, SUPPORT_CUES, anyOf } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { investmentPairs } from './read-investments.ts';
import { actingDonor, addOnce, isLocator, isPersonModifier, isSetting, nearestDonors, unique, type SentenceContext } from './sentence-context.ts';
import { WordSet } from './word-set.ts';
import type { NodeType } from '../types.ts';

const STRONG_AID = new WordSet(STRONG_AID_CUES);
const SUPPORT_CUE = new WordSet(SUPPORT_CUES);
// Every strong cue holds a support cue: a sentence without the one has not the other either, untested.
const STRONG_IMPLIES_CUE = STRONG_AID_CUES.every((strong) => SUPPORT_CUES.some((cue) => strong.includes(cue)));
const PROJECT = new RegExp(anyOf(PROJECT_WORDS), 'u');
const COMPANY_AID = new RegExp(anyOf(COMPANY_AID_CUES), 'u');
const BUILT = new RegExp(`${anyOf(BUILT_FOR)}(?:${PERFECTIVE})?(?:${ATTRIBUTIVE})?$`, 'u');
const PROVINCE_AID = new RegExp(`${anyOf(PROVINCE_AID_VERBS)}$`, 'u');
const PAIRS_LISTS = new RegExp(`[，,；;]|${anyOf(LIST_PAIRING_WORDS)}`, 'u');
const JOINED = new RegExp(`^${anyOf(LIST_JOINERS)}$`, 'u');
const BROKERED = new RegExp(`^[^，。；,;]{0,6}?(${anyOf(BROKER_VERBS)})[^，。；,;]{0,4}$`, 'u');
// Joins donor institutions into one group: 、和与及, or 牵头，
const SOURCE_JOINER = new RegExp(`^(${anyOf(LIST_JOINERS)}|(${anyOf(GROUP_LEAD_WORDS)})[，,])$`, 'u');
const AID_TARGET_TYPES: NodeType[] = ['hospital', 'school', 'facility', 'village'];
const INSTITUTIONS: NodeType[] = ['hospital', 'school', 'facility'];

export function readSupports(context: SentenceContext): void {
  const { text, span, body, mentions: ms, articleDonor, articleRecipient, add } = context;
  // Cue words outside the mentions, found without building the sentence's blanked copy (cues).
  const hasCue = SUPPORT_CUE.outside(text, span.start, span.end, ms);
  const strongCue = (hasCue || !STRONG_IMPLIES_CUE) && STRONG_AID.outside(text, span.start, span.end, ms);
  readAidBodies(ms, articleRecipient, add);

  // The cheap test first: most sentences have no aid cue, and a donor's reading costs regexes.
  const donorMentions: Mention[] = [];
  const explicitDonors: string[] = [];
  for (const m of ms) {
    const donor = m.donor || hasCue ? actingDonor(text, m, ms) : undefined;
    if (!donor) continue;
    donorMentions.push(m);
    if (m.donor) for (const d of donorsOf(m)) addOnce(explicitDonors, d);
    else addOnce(explicitDonors, donor);
  }
  // Without a donor in the sentence, an aid sentence (or one about building a project) is the article donor's.
  // Most sentences have no fallback, pair and invest nothing: shared empty lists and sets for them.
  const fallback = hasCue && articleDonor && (strongCue || PROJECT.test(body)) ? [articleDonor] : NO_NAMES;
  const investments = hasCompany(ms) ? investmentPairs(ms, text) : NO_PAIRS;
  const invested: ReadonlySet<Mention> = investments.length === 0 ? NO_MENTIONS : new Set(investments.map(([, t]) => t));
  const paired = strongCue ? pairedLists(text, ms) : NO_PAIRS;
  for (const [donor, target] of paired) {
    const pairedDonor = donorOf(donor) ?? donor.name;
    add(pairedDonor, 'supports', target.name);
    // 上海的浦东新区…结对支援的是莎车县: the districts' aid is their province's too.
    if (articleDonor && articleDonor !== pairedDonor && getGazetteer().ancestors(pairedDonor).some((d) => d.name === articleDonor)) add(articleDonor, 'supports', target.name);
  }
  const pairedTargets: ReadonlySet<Mention> = paired.length === 0 ? NO_MENTIONS : new Set(paired.map(([, t]) => t));
  // A loop, not a filter: no closure over this sentence's state made per sentence.
  const targets: Mention[] = [];
  // With no cue and no article donor, only sites are read as targets (below: named after a donor).
  const onlySites = !hasCue && !strongCue && !articleDonor;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (onlySites && m.type !== 'facility') continue;
    if (
      (sideOf(m) === 'recipient' || (sideOf(m) === undefined && (builtFor(text, m) || (m.type === 'village' && articleRecipient !== undefined)))) &&
      m.type !== 'agency' &&
      m.type !== 'program' &&
      !isLocator(m, ms[i + 1], text) &&
      !isSetting(text, m) &&
      !invested.has(m) &&
      // 博斯坦村村民, 阿克苏职业技术学院学生: where a person is from (an institution still counts in an aid sentence).
      !(isPersonModifier(text, m) && (PLACE_TYPES.includes(m.type) || !strongCue)) &&
      !pairedTargets.has(m)
    )
      targets.push(m);
  }
  if (hasCue) {
    for (const t of targets) {
      const donors = donorMentions.length > 0 ? nearestDonors(text, donorMentions, t) : fallback;
      for (const donor of donors) {
        if (t.type === 'company' && !COMPANY_AID.test(context.cues)) continue;
        if (t.type === 'province' && !provinceAided(text, t, ms)) continue;
        add(donor, 'supports', t.name);
      }
    }
  }
  // 烟台市援疆工作组引进的烟台张裕…公司投资建设…基地: what a donor brings in is its aid.
  for (const [company, place] of investments) {
    const broker = [...ms].reverse().find((m) => m.end <= company.start && donorOf(m) && BROKERED.test(text.slice(m.end, company.start)));
    if (broker && sideOf(place) === 'recipient') for (const donor of donorsOf(broker)) add(donor, 'supports', place.name);
  }
  // 河北医科大学第三医院铁门关医院: a hospital in Xinjiang that bears a donor hospital's name is
  // that hospital's aided branch (冠名医院, 组团式帮扶).
  for (const m of ms) if (m.type === 'hospital' && m.parentOrg && m.namedPlaces?.some((p) => sideOfPlace(p) === 'recipient')) add(m.parentOrg, 'supports', m.name);
  // 于田天津工业园, 喀什深圳城: a site in Xinjiang named after its donor is that donor's aid.
  for (const t of targets) if (t.type === 'facility') for (const donor of donorsNamedIn(t.name)) add(donor, 'supports', t.name);
  if (articleDonor && allAre(explicitDonors, articleDonor)) {
    const aidSentence = hasCue || PROJECT.test(body);
    for (const t of targets) if (AID_TARGET_TYPES.includes(t.type) && (aidSentence || t.type === 'school' || t.type === 'hospital')) add(articleDonor, 'supports', t.name);
  }
  // Institution-to-institution aid: 南昌大学第一附属医院 … 对口帮扶 … 阿克陶县人民医院. A group of donor
  // institutions (A牵头，B、C等医院…帮扶D) aids together; with several groups (A与B、C与D结对), each aids
  // those after it up to the next. A donor's department (卫健委, 教育局) aids schools and hospitals too.
  if (strongCue) {
    const sources = ms.filter((m) => isDonorInstitution(m) && !paired.some(([d]) => d === m));
    const groups: Mention[][] = [];
    for (const source of sources) {
      const last = groups[groups.length - 1]?.at(-1);
      if (last && SOURCE_JOINER.test(text.slice(last.end, source.start))) groups[groups.length - 1]!.push(source);
      else groups.push([source]);
    }
    groups.forEach((group, k) => {
      const next = groups[k + 1]?.[0]!.start ?? Infinity;
      for (const source of group) {
        for (const t of targets) {
          const kind = source.type === 'agency' ? t.type === 'school' || t.type === 'hospital' : t.type === source.type;
          if (kind && t.start > group.at(-1)!.start && t.start < next) add(source.name, 'supports', t.name);
        }
      }
    });
  }
}

const NO_MENTIONS: ReadonlySet<Mention> = new Set();
const NO_NAMES: readonly string[] = [];
const NO_PAIRS: ReadonlyArray<[Mention, Mention]> = [];

function hasCompany(ms: Mention[]): boolean {
  for (const m of ms) if (m.type === 'company') return true;
  return false;
}

function allAre(names: string[], name: string): boolean {
  for (const n of names) if (n !== name) return false;
  return true;
}

/** A donor-side hospital, school or government department. */
function isDonorInstitution(m: Mention): boolean {
  if (sideOf(m) !== 'donor' || m.donor) return false;
  return m.type === 'hospital' || m.type === 'school' || (m.type === 'agency' && m.governing === true);
}

/**
 * An aid body aids whom its name says (援霍: the article's 霍城县; 对口支援兵团) and
 * the article's place when the sentence names it too.
 */
function readAidBodies(ms: Mention[], articleRecipient: string | undefined, add: SentenceContext['add']): void {
  for (const body of ms) {
    if (body.type !== 'agency' || !body.donor) continue;
    const aided = [...(body.aids ?? [])];
    if (articleRecipient && ms.some((m) => m.name === articleRecipient || m.namedPlaces?.includes(articleRecipient) || m.place === articleRecipient)) aided.push(articleRecipient);
    for (const donor of donorsOf(body)) for (const target of unique(aided)) add(donor, 'supports', target);
  }
}

/**
 * A whole province is aided when a donor aids it in so many words (江西省对口支援新疆),
 * not in a slogan or a meeting's name (对口支援新疆“民生为本”, 全国对口支援新疆工作会议).
 */
function provinceAided(text: string, t: Mention, ms: Mention[]): boolean {
  const verb = PROVINCE_AID.exec(text.slice(Math.max(0, t.start - 4), t.start));
  if (!verb || /^[“"「]/u.test(text[t.end] ?? '')) return false;
  const subject = ms.find((m) => m.end === t.start - verb[0].length);
  return subject !== undefined && donorOf(subject) !== undefined;
}

/** Donor provinces and cities whose names a recipient-side site's name holds (于田天津工业园 → 天津市). */
function donorsNamedIn(name: string): string[] {
  return unique(getGazetteer().scan(name).map((hit) => hit.division.name).filter((place) => isDonorPlace(place)));
}

/** An institution or site right after a verb of building for someone (援建的多浪第一幼儿园). */
function builtFor(text: string, m: Mention): boolean {
  return INSTITUTIONS.includes(m.type) && BUILT.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * Lists of donors and recipients of one length in an aid sentence, paired item by
 * item when the sentence says so (分别) or gives each list its own clause.
 */
function pairedLists(text: string, ms: Mention[]): Array<[Mention, Mention]> {
  const lists = listsOf(text, ms);
  const donors = lists.filter((l) => l.every((m) => sideOf(m) === 'donor'));
  const recipients = lists.filter((l) => l.every((m) => sideOf(m) === 'recipient'));
  for (const d of donors) {
    for (const r of recipients) {
      if (d.length !== r.length || d.length < 2 || d[0]!.type !== d[d.length - 1]!.type || r[0]!.type !== r[r.length - 1]!.type) continue;
      const from = Math.min(d[0]!.start, r[0]!.start);
      const to = Math.max(d[d.length - 1]!.end, r[r.length - 1]!.end);
      const between = text.slice(Math.min(d[d.length - 1]!.end, r[r.length - 1]!.end), Math.max(d[0]!.start, r[0]!.start));
      const said = RESPECTIVELY.some((w) => text.slice(Math.max(0, from - 10), to + 20).includes(w)) || PAIRS_LISTS.test(between);
      if (said) return d.map((donor, i) => [donor, r[i]!]);
    }
  }
  return [];
}

/** Runs of two or more mentions of one type joined by 、和及与; an alternative name in brackets stays with its item. */
function listsOf(text: string, ms: Mention[]): Mention[][] {
  const lists: Mention[][] = [];
  let current: Mention[] = [];
  let lastEnd = -1;
  for (const m of ms) {
    const last = current[current.length - 1];
    if (last && m.name === last.name && /^[（(]$/u.test(text.slice(lastEnd, m.start))) {
      lastEnd = /^[)）]/u.test(text[m.end] ?? '') ? m.end + 1 : m.end;
      continue;
    }
    if (last && JOINED.test(text.slice(lastEnd, m.start)) && m.type === last.type) current.push(m);
    else {
      if (current.length >= 2) lists.push(current);
      current = [m];
    }
    lastEnd = m.end;
  }
  if (current.length >= 2) lists.push(current);
  return lists;
}
