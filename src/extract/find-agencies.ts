// Government, party and aid bodies:
// - aid bodies of a donor: 天津援疆前指, 无锡市(江阴市)援霍工作组, 山东省对口支援兵团干部管理组;
// - bodies named after a place: 克州科技局, 深圳市人大常委会, 上海市委, 和田地区行政公署;
// - bodies whose place the context gives: 省人社厅, 市政府 (after 上海市委), 师党委;
// - national bodies: 党中央, 国务院国资委.

import { getGazetteer } from './gazetteer.ts';
import { knownNationalAgencies, departmentTable, type Department } from './agency-data.ts';
import { functionWords, once } from './data-files.ts';
import {
  AID_BODY_HEADS,
  AID_BODY_LEVELS,
  AID_BODY_MARKERS,
  AID_BODY_OBJECTS,
  AID_BODY_WORK,
  AID_PREFIX,
  BARE_BODY_LEVELS,
  BARE_BODY_PRECEDERS,
  BARE_COMMANDS,
  BATCH,
  BINGTUAN_DIVISION,
  BOUNDARY_WORDS,
  BUREAU_HEADS,
  CITY_HEAD,
  CJK,
  COMMAND_ABBREVIATIONS,
  COMMAND_HEADS,
  COMMAND_NAME,
  COMMAND_WORDS,
  COMMUNIST_PARTY,
  DEICTIC_PRONOUN,
  FRONT,
  GOVERNMENT_WORDS,
  NOT_ABBREVIATED_RECIPIENTS,
  RECIPIENT_ROOTS,
  REGION_HEAD,
  SELF_MARKED_AID_BODY_HEADS,
  STATIONED,
  TEAM_HEADS,
  anyOf,
  anyPattern,
} from './lexicon.ts';
import type { Mention } from './mention.ts';
import { findWords, wordStarts, wordTrie } from './trie.ts';

export function findAgencies(text: string, places: Mention[]): Mention[] {
  return findAidBodies(text, places).concat(findPlaceBodies(text, places), findBareBodies(text, places), findNationalBodies(text));
}

// [第N批]DONOR[（DONOR2）][第N批][省|市][政府](对口支援|援疆|援X)[新疆][工作][RECIPIENT](前方指挥部|工作组|…)
const AID_BODY = new RegExp(
  `^([（(][${CJK}]{2,8}[)）])?(${BATCH})?${anyOf(AID_BODY_LEVELS)}?(${anyOf(GOVERNMENT_WORDS)})?(${anyPattern(AID_BODY_MARKERS)})?(${anyOf(AID_BODY_OBJECTS)})?(${anyOf(AID_BODY_WORK)})?([${CJK}]{0,8}?)(${anyOf(AID_BODY_HEADS)})`,
  'u',
);
const BATCH_BEFORE = new RegExp(`${BATCH}$`, 'u');
const LEADING_BATCH = new RegExp(`^${BATCH}`, 'u');
const SELF_MARKED = new RegExp(anyOf(SELF_MARKED_AID_BODY_HEADS), 'u');
const COMMAND = new RegExp(anyOf(COMMAND_WORDS), 'u');
const IS_COMMAND_HEAD = new Set(COMMAND_HEADS);
const TEAM = new RegExp(`^(${STATIONED})?([\\u4e00-\\u9fff]{1,6}?)${anyOf(TEAM_HEADS)}`, 'u');
const LEADING_STATIONED = new RegExp(`^${STATIONED}`, 'u');
const ABBREVIATED_MARKER = new RegExp(`^${AID_PREFIX}([\\u4e00-\\u9fff])$`, 'u');
const DEICTIC_BODY = new RegExp(`${DEICTIC_PRONOUN}${anyOf(AID_BODY_LEVELS)}`, 'gu');
const BARE_COMMAND = new RegExp(`(?<![\\u4e00-\\u9fff])${anyOf(BARE_COMMANDS)}`, 'gu');
/** AID_BODY reads at most this far after a place, and must end with a head. */
const AID_BODY_REACH = 40;
const AID_BODY_HEAD_WORDS = wordTrie(AID_BODY_HEADS);

/** Whether a position of `starts` (ascending) lies in [from, to). */
function startsIn(starts: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! < to;
}

/** Aid bodies after a donor place; the body's donors are the donor places it names, most specific first. */
function findAidBodies(text: string, places: Mention[]): Mention[] {
  const gazetteer = getGazetteer();
  const found: Mention[] = [];
  const sorted = [...places].sort((a, b) => a.start - b.start);
  // Most places have no aid body's head within reach: those need no AID_BODY match (found once per text).
  const heads = places.length > 0 ? wordStarts(AID_BODY_HEAD_WORDS, text) : [];
  for (let i = 0; i < sorted.length && heads.length > 0; i++) {
    // 浙江丽水援疆指挥部: a chain of places; the body belongs to the last.
    let chainStart = i;
    while (i + 1 < sorted.length && sorted[i + 1]!.start === sorted[i]!.end && isDonorSide(sorted[i + 1]!)) i++;
    const donorPlace = sorted[i]!;
    if (!startsIn(heads, donorPlace.end, donorPlace.end + AID_BODY_REACH)) continue;
    if (!isDonorSide(donorPlace) || !['province', 'prefecture', 'county'].includes(donorPlace.type)) continue;
    const m = AID_BODY.exec(text.slice(donorPlace.end, donorPlace.end + AID_BODY_REACH));
    if (!m) continue;
    const [whole, coDonorText, , , marker, , , middle = '', head = ''] = m;
    // A body without an aid word is an aid body only when its head says so (前指, 指挥部).
    if (!marker && !SELF_MARKED.test(head) && !SELF_MARKED.test(middle)) continue;
    if (!marker && middle && !middle.startsWith(FRONT)) continue;
    let start = sorted[chainStart]!.start;
    const batch = BATCH_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    if (batch) start -= batch[0].length;
    // 广东前指驻师市工作队: a team the command sends out is a body of its own.
    // 北京市援疆和田指挥部十四师分指挥部: without 驻, the team is named after a unit it serves.
    const teamMatch = IS_COMMAND_HEAD.has(head) ? TEAM.exec(text.slice(donorPlace.end + whole.length, donorPlace.end + whole.length + 12)) : null;
    const team = teamMatch && (teamMatch[1] || gazetteer.lookup(teamMatch[2]!).some((d) => isRecipientSide(d.name))) ? teamMatch : null;
    const end = donorPlace.end + whole.length + (team?.[0].length ?? 0);
    const surface = text.slice(start, end);
    const donors = [donorPlace.name];
    const coDonor = coDonorText ? gazetteer.lookup(coDonorText.slice(1, -1)).find((d) => d.type !== 'province') : undefined;
    if (coDonor) donors.push(coDonor.name);
    // 福建援疆福州分指挥部: a donor-side city named inside the body is its owner.
    const inner = middle ? gazetteer.lookup(middle.replace(LEADING_STATIONED, '')).find((d) => d.parent === donorPlace.name) : undefined;
    if (inner) donors.splice(0, donors.length, inner.name);
    const command = IS_COMMAND_HEAD.has(head) && !inner && !coDonor && !team;
    // 对口支援阿合奇县前方工作组, 援霍工作组: whom the body aids.
    const aided = inner ? [] : gazetteer.lookup(middle.replace(LEADING_STATIONED, '')).filter((d) => isRecipientSide(d.name));
    const abbreviated = ABBREVIATED_MARKER.exec(marker ?? '')?.[1];
    const chainNames = sorted.slice(chainStart, i + 1).map((p) => p.name);
    found.push({
      start,
      end,
      surface: surface.replace(LEADING_BATCH, ''),
      name: command ? `${donors[0]}${COMMAND_NAME}` : surface,
      type: 'agency',
      aliases: command ? [surface.replace(LEADING_BATCH, '')] : [],
      donor: donors[0],
      ...(donors.length > 1 ? { coDonors: donors.slice(1) } : {}),
      ...(aided.length === 1 ? { aids: [aided[0]!.name] } : {}),
      ...(abbreviated && !NOT_ABBREVIATED_RECIPIENTS.includes(abbreviated) ? { aidsAbbreviated: abbreviated } : {}),
      namedPlaces: [...new Set([...chainNames, ...donors])],
    });
  }
  // 我省对口支援新疆工作前方指挥部: the article's donor's command, resolved later.
  for (const m of text.matchAll(DEICTIC_BODY)) {
    const at = m.index! + m[0].length;
    const body = AID_BODY.exec(text.slice(at, m.index! + 40));
    if (!body || !COMMAND.test(body[8] ?? '') || !(body[4] || COMMAND_ABBREVIATIONS.includes(body[8]!))) continue;
    const end = at + body[0].length;
    found.push({ start: m.index!, end, surface: text.slice(m.index!, end), name: '', type: 'agency', aliases: [], pending: { kind: 'command' } });
  }
  // 援疆前指, 前方指挥部 without a donor: the article's donor, resolved later.
  for (const m of text.matchAll(BARE_COMMAND)) {
    const start = m.index!;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    found.push({ start, end: start + m[0].length, surface: m[0], name: '', type: 'agency', aliases: [m[0]], pending: { kind: 'command' } });
  }
  return found;
}

function isDonorSide(place: Mention): boolean {
  return !isRecipientSide(place.name);
}

// A place's side depends on the gazetteer alone, and aid bodies ask it of every place of every text.
const recipientSide = new Map<string, boolean>();
function isRecipientSide(name: string): boolean {
  let side = recipientSide.get(name);
  if (side === undefined) {
    const chain = [name, ...getGazetteer().ancestors(name).map((d) => d.name)];
    side = RECIPIENT_ROOTS.some((root) => chain.includes(root));
    if (recipientSide.size >= 100_000) recipientSide.clear();
    recipientSide.set(name, side);
  }
  return side;
}

// 天津华北地质勘查局: a bureau or institute named after a place, its own name between.
const BUREAU = new RegExp(`^([${CJK}]{2,8}?)(${anyOf(BUREAU_HEADS)})`, 'u');
const BUREAU_HEAD_WORDS = wordTrie(BUREAU_HEADS);

/** Bodies written right after a place: its departments, party committee, government, congress; named bureaus. */
function findPlaceBodies(text: string, places: Mention[]): Mention[] {
  const table = departmentTable();
  const found: Mention[] = [];
  const byEnd = new Map(places.map((p) => [p.end, p]));
  // BUREAU's head starts 2 to 8 characters after the place: where no head stands, no match (found once per text).
  let bureauHeads: number[] | undefined;
  for (const place of places) {
    const body = table.after(text, place.end);
    if (!body) {
      bureauHeads ??= wordStarts(BUREAU_HEAD_WORDS, text);
      if (!startsIn(bureauHeads, place.end + 2, place.end + 9)) continue;
      const bureau = BUREAU.exec(text.slice(place.end, place.end + 14));
      if (bureau && !functionWordIn(bureau[1]!)) {
        const surface = text.slice(place.start, place.end + bureau[0].length);
        found.push({ start: place.start, end: place.end + bureau[0].length, surface, name: surface, type: 'agency', aliases: [], namedPlaces: [place.name] });
      }
      continue;
    }
    const owner = ownerOf(place, byEnd, body);
    const division = jointDivision(place, byEnd);
    if (division && !body.party && !body.full.includes('{X}')) {
      // 第三师图木舒克市教育局: one bureau of a 兵团 division and its city (师市合一), named as written.
      const surface = text.slice(division.start, place.end + body.written.length);
      const name = text.slice(division.start, place.start) + place.name + body.full;
      found.push({ start: division.start, end: place.end + body.written.length, surface, name, type: 'agency', aliases: [surface], place: place.name, parentOrg: division.name, governing: true, namedPlaces: [place.name, division.name] });
      continue;
    }
    const surface = text.slice(place.start, place.end + body.written.length);
    const communist = text.slice(Math.max(0, place.start - COMMUNIST_PARTY.length), place.start) === COMMUNIST_PARTY;
    found.push({
      start: communist ? place.start - COMMUNIST_PARTY.length : place.start,
      end: place.end + body.written.length,
      surface,
      name: body.full.includes('{X}') ? body.full.replace('{X}', owner) : owner + body.full,
      type: 'agency',
      aliases: [surface],
      place: owner,
      governing: true,
      namedPlaces: [place.name],
    });
  }
  return found;
}

/**
 * The unit a body after `place` belongs to: the place itself, except the party
 * committee of a 兵团 city written after its division (第五师双河市党委), which is the division's.
 */
function ownerOf(place: Mention, byEnd: Map<number, Mention>, body: Department): string {
  const division = jointDivision(place, byEnd);
  return division && body.party ? division.name : place.name;
}

/** The 兵团 division written right before its own city (第五师双河市), if it is. */
function jointDivision(place: Mention, byEnd: Map<number, Mention>): Mention | undefined {
  const division = getGazetteer().get(place.name)?.division;
  const before = byEnd.get(place.start);
  return division && before?.name === division ? before : undefined;
}

// 省人社厅, 市政府, 县委, 师党委: a level word then a body, the place left to the context.
const BARE_BODY_LEVEL_WORDS = wordTrie(Object.keys(BARE_BODY_LEVELS));
// What may stand before a bare body: no character of a word (、市政府, 省委省政府).
const BARE_BODY_PRECEDER = new RegExp(`[^\\u4e00-\\u9fff]|${anyOf(BARE_BODY_PRECEDERS)}`, 'u');
const DIVISION_NAME = new RegExp(`${BINGTUAN_DIVISION}$`, 'u');

function findBareBodies(text: string, places: Mention[]): Mention[] {
  const table = departmentTable();
  const found: Mention[] = [];
  for (const { start, end: levelEnd, value: level } of findWords(BARE_BODY_LEVEL_WORDS, text)) {
    // 市, 县 … stand everywhere; a body after them seldom: that look goes first.
    const body = table.after(text, levelEnd);
    if (!body) continue;
    if (places.some((p) => p.start <= start && start < p.end) || (start > 0 && !BARE_BODY_PRECEDER.test(text[start - 1]!))) continue;
    const end = levelEnd + body.written.length;
    const surface = text.slice(start, end);
    found.push({ start, end, surface, name: '', type: 'agency', aliases: [surface], pending: { kind: 'body', level, full: body.full } });
  }
  return found;
}

function findNationalBodies(text: string): Mention[] {
  return knownNationalAgencies()(text).map((k) => ({
    start: k.start,
    end: k.end,
    surface: k.spelling,
    name: k.name,
    type: 'agency' as const,
    aliases: k.spelling === k.name ? [] : [k.spelling],
  }));
}

/**
 * Gives the bodies whose place the context names their place: the nearest unit
 * of their level before them in the text, else the article's donor or recipient
 * when it is of that level, else the nearest after them. Unresolvable bodies are dropped.
 */
export function resolveBareBodies(mentions: Mention[], donor: string | undefined, recipient?: string): Mention[] {
  // Most articles have no bare body: then there is nothing to resolve and no places to gather.
  if (!mentions.some((m) => m.pending?.kind === 'body')) return mentions;
  const gazetteer = getGazetteer();
  // Places in context: place mentions, and the place a body written with it names (上海市委、市政府).
  const places = mentions
    .flatMap((m) => (gazetteer.get(m.name)?.type === m.type ? [m] : m.governing && m.place ? [{ ...m, name: m.place }] : []))
    .sort((a, b) => a.start - b.start);
  return mentions.filter((m) => {
    if (m.pending?.kind !== 'body') return true;
    const types = BARE_BODY_LEVELS[m.pending.level!] ?? [];
    const fits = (name: string) => {
      const d = gazetteer.get(name);
      return d !== undefined && types.some((t) => (t === 'city' ? d.name.endsWith(CITY_HEAD) : t === 'division' ? DIVISION_NAME.test(d.name) : t === 'region' ? d.type === 'province' && d.name.endsWith(REGION_HEAD) : d.type === t));
    };
    const before = [...places].reverse().find((p) => p.end <= m.start && m.start - p.end < 200 && fits(p.name));
    const after = places.find((p) => p.start >= m.end && fits(p.name));
    const owner = before?.name ?? (donor && fits(donor) ? donor : recipient && fits(recipient) ? recipient : after?.name);
    if (!owner) return false;
    const full = m.pending.full!;
    m.name = full.includes('{X}') ? full.replace('{X}', owner) : owner + full;
    m.place = owner;
    m.governing = true;
    m.pending = undefined;
    return true;
  });
}

const wordsNotInNames = once(() => new Set([...BOUNDARY_WORDS.filter((w) => w.length > 1), ...functionWords().filter((w) => w.length > 1)]));
function functionWordIn(name: string): boolean {
  const words = wordsNotInNames();
  for (let i = 0; i + 2 <= name.length; i++) if (words.has(name.slice(i, i + 2)) || words.has(name.slice(i, i + 3))) return true;
  return false;
}
