// What every relation reader sees of one sentence: the article's text, the
// sentence, its mentions in text order, and where to put what it reads.

import { DONOR_MARKER, PLACE_TYPES, donorOf, donorsOf } from './donors.ts';
import { getGazetteer } from './gazetteer.ts';
import { AIDED_OBJECT_VERBS, ATTRIBUTIVE, COMMAND_WORDS, DATELINE_ENDINGS, DAY_OF_MONTH, DONOR_LINK_MARKERS, LIST_JOINERS, LOCATIVE_PREPOSITIONS, PERSON_NOUNS, SETTING_POSTPOSITIONS, SETTING_PREPOSITIONS, anyOf } from './lexicon.ts';
import type { Mention, Span } from './mention.ts';
import type { EdgeType } from '../types.ts';

export type Add = (source: string, type: EdgeType, target: string) => void;

export interface SentenceContext {
  /** The whole normalised text: offsets are into it. */
  text: string;
  span: Span;
  /** The sentence's text. */
  body: string;
  /** The sentence's text with every mention blanked out, for cue words (兴业 in 中建兴业集团 is no cue). */
  cues: string;
  /** The sentence's own mentions (not those inside longer names), in text order. */
  mentions: Mention[];
  /** Mentions inside longer names (南昌大学 in 南昌大学第一附属医院). */
  nested: Mention[];
  /** The donor the article is about, if one stands out. */
  articleDonor: string | undefined;
  /** The recipient place (prefecture or county) the article is about, if one stands out. */
  articleRecipient: string | undefined;
  add: Add;
}

/**
 * Like donorOf, but not for a place written as a location (在赣州市“克州阿克陶展示馆”,
 * 赴襄阳、宜昌两市), nor for one that only says where a person is from.
 */
export function actingDonor(text: string, m: Mention, ms: Mention[] = []): string | undefined {
  const donor = donorOf(m);
  if (!donor || m.donor) return donor;
  if (DONOR_MARKER.test(text.slice(m.end, m.end + 8))) return donor;
  // 新华社北京9月12日电: a dateline's place is where the news was filed.
  if (DATELINE.test(text.slice(m.end, m.end + 10))) return undefined;
  // Back over a list (赴襄阳、宜昌): the list shares its first item's preposition.
  let first = m;
  for (let i = ms.indexOf(m) - 1; i >= 0 && JOINED.test(text.slice(ms[i]!.end, first.start)); i--) first = ms[i]!;
  if (LOCATIVE.test(text.slice(Math.max(0, first.start - 1), first.start))) return undefined;
  return isPersonModifier(text, m) ? undefined : donor;
}

const JOINED = new RegExp(`^${anyOf(LIST_JOINERS)}$`, 'u');
const LOCATIVE = new RegExp(`${anyOf(LOCATIVE_PREPOSITIONS)}$`, 'u');
const SETTING_BEFORE = new RegExp(`(${anyOf(SETTING_PREPOSITIONS)})$`, 'u');
const SETTING_AFTER = new RegExp(`^(${anyOf(SETTING_POSTPOSITIONS)})`, 'u');
const DATELINE = new RegExp(`^${DAY_OF_MONTH}${anyOf(DATELINE_ENDINGS)}`, 'u');
const PERSON = new RegExp(`^${anyOf(PERSON_NOUNS)}`, 'u');
// Between coordinated donors: a joiner, or an aid word or command (江西援疆、深圳…; 天津指挥部和北京…).
const DONOR_LINK = new RegExp(`^${anyOf(DONOR_LINK_MARKERS)}?${anyOf(COMMAND_WORDS)}?${anyOf(LIST_JOINERS)}?$`, 'u');
const AIDED_OBJECT = new RegExp(`${anyOf(AIDED_OBJECT_VERBS)}$`, 'u');
/** A place or institution right before a person noun says where the person is from (博斯坦村村民). */
export function isPersonModifier(text: string, m: Mention): boolean {
  return PERSON.test(text.slice(m.end, m.end + 3));
}

/**
 * The donors a target belongs to when a sentence names several: the nearest
 * group of coordinated donors before it (广东援疆医疗队在伽师县…，由深圳援建的喀什大学),
 * else the nearest after it.
 */
export function nearestDonors(text: string, donors: Mention[], target: Mention): string[] {
  const before = donors.filter((d) => d.end <= target.start);
  const pool = before.length > 0 ? before : donors.filter((d) => d.start >= target.end).reverse();
  if (pool.length === 0) return unique(donors.map((d) => donorOf(d)!));
  const group = [pool[pool.length - 1]!];
  for (let j = pool.length - 2; j >= 0; j--) {
    const between = text.slice(Math.min(pool[j]!.end, group[0]!.end), Math.max(pool[j]!.start, group[0]!.start));
    if (!DONOR_LINK.test(between) && between.length > 0) break;
    // 浙江宁波援建: a province written before its own city only locates the city.
    if (between === '' && getGazetteer().ancestors(group[0]!.name).some((a) => a.name === pool[j]!.name)) continue;
    group.unshift(pool[j]!);
  }
  // The group's donors in order, each once (no lists built, flattened and filtered per target).
  const names: string[] = [];
  for (const d of group) {
    if (donorOf(d)) for (const name of donorsOf(d)) addOnce(names, name);
    else addOnce(names, actingDonor(text, d));
  }
  return names;
}

/** Adds a name to a short list unless it is empty or in already. */
export function addOnce(names: string[], name: string | undefined): void {
  if (name && !names.includes(name)) names.push(name);
}

/** A place written only to locate the next one, which lies in it (阿克陶县 in 阿克陶县布伦口乡, 昌吉州 in 昌吉州吉木萨尔县). */
export function isLocator(m: Mention, next: Mention | undefined, text?: string): boolean {
  if (!PLACE_TYPES.includes(m.type) || next === undefined || !PLACE_TYPES.includes(next.type)) return false;
  // 喀什地区的莎车县: a place and a unit inside it, joined by 的.
  if (text && next.start === m.end + 1 && text[m.end] === ATTRIBUTIVE && getGazetteer().ancestors(next.name).some((a) => a.name === m.name)) return true;
  if (next.start !== m.end) return false;
  // 对口支援喀什地区疏勒县: the object of an aid verb is aided itself.
  if (text && m.type === 'prefecture' && AIDED_OBJECT.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  return next.type === 'township' || next.type === 'village' || m.type === 'province' || getGazetteer().ancestors(next.name).some((a) => a.name === m.name);
}

/** A place or site written as where something happens (在库尔勒经济技术开发区内). */
export function isSetting(text: string, m: Mention): boolean {
  return SETTING_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start)) && SETTING_AFTER.test(text.slice(m.end, m.end + 1));
}

export function unique<T>(xs: T[]): T[] {
  // Most lists hold a few items: a search of them costs less than a set.
  if (xs.length > 16) return [...new Set(xs)];
  const out: T[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}
