// The canonical name of an institution read from text: full place names for
// generic institutions (且末人民医院 → 且末县人民医院), expanded abbreviations
// (克州三中 → 克孜勒苏柯尔克孜自治州第三中学), and no redundant place chain
// (和田地区策勒县第一小学 → 策勒县第一小学).

import { getGazetteer, type Division } from './gazetteer.ts';
import {
  ABBREVIATED_HEADS,
  COMMUNIST_PARTY,
  GENERIC_REST_WORDS,
  NUMERALS,
  ORDINAL,
  PARTY_COMMITTEES,
  PARTY_SCHOOL,
  anyOf,
} from './lexicon.ts';
import type { NodeType } from '../types.ts';

export interface CanonicalInstitution {
  name: string;
  aliases: string[];
  place?: string;
  namedPlaces?: string[];
}

// Names whose remainder after the place is generic take the full place name.
const GENERIC_REST = new RegExp(
  `^(?:${ORDINAL}[${NUMERALS}]+|[${NUMERALS}]{1,2}${anyOf(ABBREVIATED_HEADS.map((a) => a.head))}$|${anyOf(GENERIC_REST_WORDS)})`,
  'u',
);
// 三中 → 第三中学, 一附院 → 第一附属医院, 二院 → 第二人民医院.
const ABBREVIATIONS: Array<[RegExp, string]> = ABBREVIATED_HEADS.map(({ head, full }) => [
  new RegExp(`^([${NUMERALS}]{1,2})${anyOf([head])}$`, 'u'),
  `${ORDINAL}$1${full}`,
]);
const PARTY_COMMITTEE_SCHOOL = new RegExp(`^${anyOf(PARTY_COMMITTEES)}${PARTY_SCHOOL}$`, 'u');
const PARTY_COMMITTEE_SCHOOL_END = new RegExp(`${anyOf(PARTY_COMMITTEES)}${PARTY_SCHOOL}$`, 'u');

export function canonicalInstitution(surface: string, type: NodeType): CanonicalInstitution | null {
  const chain = placeChain(surface);
  if (chain.length === 0) return { name: surface, aliases: [] };
  const last = chain[chain.length - 1]!;
  const rest = surface.slice(last.end);
  if (!rest) return null; // the whole name is a place
  const aliases = new Set<string>([surface]);
  let name: string;
  let generic = false;
  const partySchool = PARTY_COMMITTEE_SCHOOL.test(rest) || (type === 'school' && PARTY_COMMITTEE_SCHOOL_END.test(rest));
  if (partySchool) {
    name = `${COMMUNIST_PARTY}${surface.slice(chain.length > 1 ? chain[chain.length - 1]!.start : 0)}`;
  } else if (GENERIC_REST.test(rest)) {
    let expanded = rest;
    for (const [pattern, replacement] of ABBREVIATIONS) expanded = expanded.replace(pattern, replacement);
    name = last.division.name + expanded;
    generic = true;
    aliases.add(last.surface + rest);
  } else {
    name = surface.slice(last.start);
  }
  aliases.delete(name);
  // A place is named, not just echoed, in generic names (且末县人民医院) and chains (新疆和田学院).
  // A place written in full names itself (鄯善县台台尔中心小学 names 鄯善县); a party school is
  // named after its committee, not its place.
  const inFull = !partySchool && chain.some((c) => c.surface === c.division.name);
  const namedPlaces = generic || inFull || chain.length > 1 || type === 'agency' || type === 'facility' ? chain.map((c) => c.division.name) : [];
  return { name, aliases: [...aliases], place: last.division.name, namedPlaces };
}

interface ChainLink {
  division: Division;
  surface: string;
  start: number;
  end: number;
}

/** Leading places where each lies inside the one before (新疆 和田 …). */
function placeChain(surface: string): ChainLink[] {
  const gazetteer = getGazetteer();
  const chain: ChainLink[] = [];
  let offset = 0;
  for (;;) {
    const hit = gazetteer.resolvePlacePrefix(surface.slice(offset));
    if (!hit) break;
    const length = surface.length - offset - hit.rest.length;
    const previous = chain[chain.length - 1];
    if (previous && !gazetteer.ancestors(hit.division.name).some((a) => a.name === previous.division.name)) break;
    chain.push({ division: hit.division, surface: surface.slice(offset, offset + length), start: offset, end: offset + length });
    offset += length;
  }
  return chain;
}
