// The canonical name of an institution read from text: full place names for
// generic institutions (且末人民医院 → 且末县人民医院), expanded abbreviations
// (克州三中 → 克孜勒苏柯尔克孜自治州第三中学), and no redundant place chain
// (和田地区策勒县第一小学 → 策勒县第一小学).

import { getGazetteer, type Division } from './gazetteer.ts';
import { NUMERALS } from './lexicon.ts';
import type { NodeType } from '../types.ts';

export interface CanonicalInstitution {
  name: string;
  aliases: string[];
  place?: string;
  namedPlaces?: string[];
}

// Names whose remainder after the place is generic take the full place name.
const GENERIC_REST = new RegExp(`^(第[${NUMERALS}]+|人民|中医|妇幼|维吾尔医|[${NUMERALS}]{1,2}(中|院|附院)$|实验|高级中学|职业高中|幼儿园|中学|小学)`, 'u');
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [new RegExp(`^([${NUMERALS}]{1,2})中$`, 'u'), '第$1中学'],
  [new RegExp(`^([${NUMERALS}]{1,2})附院$`, 'u'), '第$1附属医院'],
  [new RegExp(`^([${NUMERALS}]{1,2})院$`, 'u'), '第$1人民医院'],
];
const PARTY_COMMITTEE_SCHOOL = /^(省委|市委|地委|州委|县委|区委|委)党校$/u;

export function canonicalInstitution(surface: string, type: NodeType): CanonicalInstitution | null {
  const chain = placeChain(surface);
  if (chain.length === 0) return { name: surface, aliases: [] };
  const last = chain[chain.length - 1]!;
  const rest = surface.slice(last.end);
  if (!rest) return null; // the whole name is a place
  const aliases = new Set<string>([surface]);
  let name: string;
  let generic = false;
  if (PARTY_COMMITTEE_SCHOOL.test(rest) || (type === 'school' && rest.endsWith('委党校'))) {
    name = `中共${surface.slice(chain.length > 1 ? chain[chain.length - 1]!.start : 0)}`;
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
  const namedPlaces = generic || chain.length > 1 || type === 'agency' || type === 'facility' ? chain.map((c) => c.division.name) : [];
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
