// Which side of paired aid a mention stands on (donor or recipient), the donor a
// mention acts for, and the article's main donor.

import { getGazetteer } from './gazetteer.ts';
import {
  AID_BODY_LEVELS,
  ATTRIBUTIVE,
  BATCH_RANGE,
  DONOR_MARKER_ADVERBS,
  DONOR_MARKERS,
  DONOR_PROVINCES,
  RECIPIENT_PREFIX,
  RECIPIENT_ROOTS,
  anyOf,
} from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { NodeType } from '../types.ts';

export type Side = 'donor' | 'recipient' | undefined;

const RECIPIENT_ROOT_NAMES = new Set(RECIPIENT_ROOTS);
export const PLACE_TYPES: NodeType[] = ['province', 'prefecture', 'county', 'township', 'village'];
/** A donor place followed by one of these speaks as a donor (唐山援疆, 江西省第十批援疆干部). */
export const DONOR_MARKER = new RegExp(
  `^${anyOf(AID_BODY_LEVELS)}?(?:${ATTRIBUTIVE})?(?:${BATCH_RANGE})?${anyOf(DONOR_MARKER_ADVERBS)}?${anyOf(DONOR_MARKERS)}`,
  'u',
);

const sides = new Map<string, Side>();
const SIDE = Symbol('side');
type WithSide = { [SIDE]?: Side | null };

export function sideOf(m: Pick<Mention, 'name' | 'type' | 'place' | 'donor' | 'area'>): Side {
  if (m.donor) return 'donor';
  // Cached on the mention itself: relations ask for the same mention's side many times.
  const cached = (m as WithSide)[SIDE];
  if (cached !== undefined) return cached ?? undefined;
  const side = sideByName(m);
  (m as WithSide)[SIDE] = side ?? null;
  return side;
}

// A side depends only on the administrative unit a mention names or lies in.
function sideByName(m: Pick<Mention, 'name' | 'type' | 'place' | 'area'>): Side {
  const placeName = PLACE_TYPES.includes(m.type) && getGazetteer().get(m.name) ? m.name : (m.area ?? m.place);
  if (!placeName) return m.name.startsWith(RECIPIENT_PREFIX) ? 'recipient' : undefined;
  if (sides.has(placeName)) return sides.get(placeName);
  const side = sideOfPlace(placeName);
  if (sides.size > 100_000) sides.clear();
  sides.set(placeName, side);
  return side;
}

export function sideOfPlace(placeName: string): Side {
  const gazetteer = getGazetteer();
  if (RECIPIENT_ROOT_NAMES.has(placeName)) return 'recipient';
  const chain = gazetteer.ancestors(placeName).map((d) => d.name);
  if (chain.some((n) => RECIPIENT_ROOT_NAMES.has(n))) return 'recipient';
  if (gazetteer.get(placeName)) return 'donor';
  // A township or village: its parent decides.
  return undefined;
}

/** The donor a mention stands for: a donor province or one of its cities or counties, or an aid body's donor. */
export function donorOf(m: Mention): string | undefined {
  if (m.donor) return m.donor;
  if ((m.type === 'province' || m.type === 'prefecture' || m.type === 'county') && isDonorPlace(m.name)) return m.name;
  return undefined;
}

const donorPlaces = new Map<string, boolean>();
/** Whether a place lies in one of the donor provinces. */
export function isDonorPlace(name: string): boolean {
  let known = donorPlaces.get(name);
  if (known === undefined) {
    known = [name, ...getGazetteer().ancestors(name).map((d) => d.name)].some((n) => DONOR_PROVINCES.includes(n));
    if (donorPlaces.size < 100_000) donorPlaces.set(name, known);
  }
  return known;
}

/** Every donor a mention stands for (无锡市(江阴市)援霍工作组: both cities). */
export function donorsOf(m: Mention): string[] {
  const donor = donorOf(m);
  return donor ? [donor, ...(m.coDonors ?? [])] : [];
}

/** How far into the text the title and lead run: a donor named there is what the article is about. */
const LEAD = 150;

/** The article's main donor: the one named with aid words far more than any other, the title and lead counting double. */
export function mainDonor(text: string, mentions: Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.nested || !m.name) continue;
    const donor = donorOf(m);
    if (!donor || m.type === 'county') continue;
    const marked = m.donor !== undefined || DONOR_MARKER.test(text.slice(m.end, m.end + 10));
    if (marked) counts.set(donor, (counts.get(donor) ?? 0) + (m.start < LEAD ? 2 : 1));
  }
  const { top, topCount, runnerUp, total } = leader(counts);
  return topCount >= 2 && topCount >= total * 0.5 && topCount > runnerUp ? top : undefined;
}

/** The recipient place the article is about: the prefecture or county named most, if it is named at least twice and in most such mentions. */
export function mainRecipient(mentions: Mention[]): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    if (m.nested || (m.type !== 'prefecture' && m.type !== 'county') || sideOf(m) !== 'recipient') continue;
    counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    total++;
  }
  const { top, topCount } = leader(counts);
  return topCount >= 2 && topCount >= total * 0.4 ? top : undefined;
}

/** The first key with the highest count, that count, the highest count of the others and the sum: a sort's first two, without sorting. */
function leader(counts: Map<string, number>): { top: string | undefined; topCount: number; runnerUp: number; total: number } {
  let top: string | undefined;
  let topCount = 0;
  let runnerUp = 0;
  let total = 0;
  for (const [key, n] of counts) {
    total += n;
    if (top === undefined || n > topCount) {
      if (top !== undefined) runnerUp = topCount;
      top = key;
      topCount = n;
    } else if (n > runnerUp) runnerUp = n;
  }
  return { top, topCount, runnerUp, total };
}
