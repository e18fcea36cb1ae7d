// Administrative places: gazetteer units, then townships and villages read
// from chains that follow a known unit (阿克陶县布伦口乡布伦口村).

import { charSet, hasChar } from '../ingest/char-set.ts';
import { getGazetteer, type PlaceMatch } from './gazetteer.ts';
import { CJK } from './lexicon.ts';
import type { Mention } from './mention.ts';

const SUB_COUNTY = new RegExp(`^([${CJK}]{2,7}?)(民族乡|族乡|乡|镇|街道|村|社区)`, 'u');
// Words that would make a bad township/village name when read after a place.
const NOT_A_NAME = /^(各|全|本|该|当地|多个|每个|这个|城|县|市|区|州|的|在|和|与|及|等|新|老|首|边远|偏远|下|进|到|农|乡|镇|村)/u;
const LIST_JOINERS = ['、', '和', '及', '与'];

export function findPlaces(text: string): Mention[] {
  const gazetteer = getGazetteer();
  const mentions: Mention[] = [];
  for (const hit of gazetteer.scan(text)) {
    const township = hit.division.type === 'county' ? townshipOfStem(text, hit) : null;
    mentions.push(
      township ?? {
        start: hit.start,
        end: hit.end,
        surface: hit.surface,
        name: hit.division.name,
        type: hit.division.type,
        aliases: hit.surface === hit.division.name ? [] : [hit.surface],
        place: hit.division.parent,
      },
    );
  }
  const starts = new Set(mentions.map((m) => m.start));
  const subUnits: Mention[] = [];
  for (const unit of mentions) {
    if (unit.type !== 'county' && unit.type !== 'prefecture' && unit.type !== 'township') continue;
    const area = unit.area ?? unit.name;
    let parent = unit;
    let cursor = unit.end;
    // 常德桃源枫树乡: the chain goes on from 桃源, the unit the gazetteer found next.
    while (cursor < text.length && !starts.has(cursor)) {
      const sub = readSubUnit(text, cursor, parent.name, area);
      if (!sub) break;
      subUnits.push(sub);
      parent = sub;
      cursor = sub.end;
      // "巴仁乡和加马铁热克乡": a sibling joined to the chain.
      if (LIST_JOINERS.includes(text[cursor] ?? '') && sub.type === 'township') {
        const sibling = readSubUnit(text, cursor + 1, sub.place ?? area, area, 'township');
        if (sibling) {
          subUnits.push(sibling);
          cursor = sibling.end;
        }
      }
    }
  }
  return [...mentions, ...subUnits];
}

/** 乡/镇/街道 right after a county's short form; not 乡村 or 乡镇, which are words of their own. */
const TOWNSHIP_AFTER_STEM = /^(?:(?:民族|族)?乡(?![村镇])|镇(?![村镇])|街道)/u;

/**
 * A county's short form followed by 乡, 镇 or 街道 names a township of that county (阿合奇镇
 * in 阿合奇县), not the county: the two units share a stem, not a name.
 */
function townshipOfStem(text: string, hit: PlaceMatch): Mention | null {
  if (hit.division.name.endsWith(hit.surface)) return null;
  const head = TOWNSHIP_AFTER_STEM.exec(text.slice(hit.end, hit.end + 4));
  if (!head) return null;
  const name = hit.surface + head[0];
  return { start: hit.start, end: hit.end + head[0].length, surface: name, name, type: 'township', aliases: [], place: hit.division.name, area: hit.division.name };
}

// By char code: text[i] would make a string of every character looked at.
const SUB_HEADS = charSet('乡镇村街社');

function readSubUnit(text: string, at: number, parent: string, area: string, only?: 'township'): Mention | null {
  // Most places are followed by no township or village at all: look for a head first.
  let headAt = -1;
  for (let i = at + 2; i < at + 10 && i < text.length && headAt < 0; i++) if (hasChar(SUB_HEADS, text.charCodeAt(i))) headAt = i;
  if (headAt < 0) return null;
  const rest = text.slice(at, at + 12);
  if (NOT_A_NAME.test(rest)) return null;
  const m = SUB_COUNTY.exec(rest);
  if (!m) return null;
  const head = m[2]!;
  const type = head === '村' || head === '社区' ? 'village' : 'township';
  if (only && type !== only) return null;
  // A county-level name is not a township ("且末县" read again after "巴州").
  const name = m[0];
  if (getGazetteer().lookup(name).length > 0) return null;
  if (/[第作当是的了在和与为到把被]|(故|家|城|下|老|返|回|同|异|他)[乡]$/u.test(name)) return null;
  return { start: at, end: at + name.length, surface: name, name, type, aliases: [], place: parent, area };
}
