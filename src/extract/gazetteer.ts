// The administrative gazetteer: divisions from src/gazetteer/*.tsv, lookup by any
// name or alias, and a leftmost-longest scanner over Simplified text that reads
// the short forms of county-level units (南康, 江阴, 和平) only where the text
// itself says they are places.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Trie } from './trie.ts';
import { WordPairs } from './word-pairs.ts';

export type DivisionType = 'province' | 'prefecture' | 'county';

export type Division = {
  /** Canonical name: Simplified, full official form (county names shared by two units carry their prefecture: 北京市朝阳区). */
  name: string;
  type: DivisionType;
  /** Canonical name of the parent unit; provinces have none. */
  parent?: string;
  /** Short forms people write; those in `ambiguous` are shared with another unit. */
  aliases: string[];
  /** Provinces' one-character abbreviations (赣, 津): only safe in set phrases, so not scanned by default. */
  abbr?: string[];
  /** For 兵团 cities: the division that runs the city. */
  division?: string;
  /** Statistical division code (GB/T 2260 style), when known. */
  code?: string;
  /** Aliases that name several units: lookup returns them all, the scanner skips them. */
  ambiguous?: string[];
};

export interface PlaceMatch {
  start: number;
  end: number;
  surface: string;
  division: Division;
}

export interface ScanOptions {
  /** Also match one-character forms (the provinces' abbreviations). Off by default. */
  singleChar?: boolean;
}

/** What jieba's dictionary says about short forms (src/gazetteer/short-form-words.tsv). */
export interface ShortFormWords {
  /** Short forms that are everyday words (和平, 温泉): read only next to their prefecture or province. */
  common: string[];
  /** Everyday words holding a short form (新华社, 东海之滨): read as no place. */
  containing: string[];
  /** Frequent two-character words (人民, 创新) that contest a short form's edges (人民丰收, 创新和发展). */
  word: string[];
  /** Short forms jieba does not know as words (新和): any frequent word across an edge wins over them. */
  unknown: string[];
}

export interface GazetteerOptions {
  /** Words that contain a place form but name no place (长治久安). */
  blockers?: string[];
  words?: ShortFormWords;
  /**
   * Regions whose county-level short forms are read anywhere (the recipients' 且末, 疏勒);
   * elsewhere a short form (南康, 江阴) needs its prefecture or province next to it, the
   * full name earlier in the text, a pairing with a unit of these regions, or an aid word.
   */
  openRegions?: string[];
}

export interface PlacePrefix {
  division: Division;
  rest: string;
}

export interface Gazetteer {
  get(name: string): Division | undefined;
  lookup(nameOrAlias: string): Division[];
  ancestors(name: string): Division[];
  all(): Division[];
  scan(text: string, options?: ScanOptions): PlaceMatch[];
  resolvePlacePrefix(name: string): PlacePrefix | null;
}

export interface AgencyAbbreviation {
  short: string;
  full: string;
  note?: string;
}

const DATA_DIR = fileURLToPath(new URL('../gazetteer/', import.meta.url));
const RANK: Record<DivisionType, number> = { province: 0, prefecture: 1, county: 2 };
/** The recipients of 对口援疆: their short forms are what the articles are about. */
const RECIPIENT_REGIONS = ['新疆维吾尔自治区'];

let loaded: Gazetteer | undefined;

/** The gazetteer built from the data files, loaded on first use. */
export function getGazetteer(): Gazetteer {
  loaded ??= createGazetteer(readDivisions(DATA_DIR), {
    blockers: readLines(`${DATA_DIR}blockers.txt`),
    words: readShortFormWords(`${DATA_DIR}short-form-words.tsv`),
    openRegions: RECIPIENT_REGIONS,
  });
  return loaded;
}

/** Peels the longest division name or alias off the start of an institution name. */
export function resolvePlacePrefix(name: string): PlacePrefix | null {
  return getGazetteer().resolvePlacePrefix(name);
}

/** The abbreviation table for government bodies (人社厅 → 人力资源和社会保障厅), longest first. */
export function readAgencyAbbreviations(): AgencyAbbreviation[] {
  return parseTsv(readFileSync(`${DATA_DIR}agency-abbreviations.tsv`, 'utf8'))
    .map(([short, full, note]) => ({ short: short!, full: full!, ...(note ? { note } : {}) }))
    .sort((a, b) => b.short.length - a.short.length);
}

// ---- reading the data files ----

export function readDivisions(dir: string): Division[] {
  const divisions: Division[] = [];
  for (const [code, name, abbr, aliases] of parseTsv(readFileSync(`${dir}provinces.tsv`, 'utf8'))) {
    divisions.push(division({ code, name, type: 'province', aliases, abbr }));
  }
  for (const [code, name, parent, aliases] of parseTsv(readFileSync(`${dir}prefectures.tsv`, 'utf8'))) {
    divisions.push(division({ code, name, type: 'prefecture', parent, aliases }));
  }
  for (const file of readdirSync(`${dir}counties`).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const [code, name, parent, aliases, owner] of parseTsv(readFileSync(`${dir}counties/${file}`, 'utf8'))) {
      divisions.push(division({ code, name, type: 'county', parent, aliases, owner }));
    }
  }
  return divisions;
}

function division(row: { code?: string; name?: string; type: DivisionType; parent?: string; aliases?: string; abbr?: string; owner?: string }): Division {
  const words = (row.aliases ?? '').split(' ').filter(Boolean);
  const ambiguous = words.filter((w) => w.endsWith('?')).map((w) => w.slice(0, -1));
  // Every field in one order, absent ones undefined: one object shape for code that reads many units.
  return {
    name: row.name!,
    type: row.type,
    parent: row.parent || undefined,
    aliases: words.map((w) => w.replace(/\?$/, '')),
    abbr: row.abbr ? row.abbr.split(' ') : undefined,
    division: row.owner || undefined,
    code: row.code || undefined,
    ambiguous: ambiguous.length > 0 ? ambiguous : undefined,
  };
}

/** Rows of a TSV file without its header and '#' comments; trailing empty cells kept as ''. */
function parseTsv(text: string): string[][] {
  const rows = text.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  return rows.slice(1).map((line) => line.split('\t'));
}

export function readShortFormWords(path: string): ShortFormWords {
  const words: ShortFormWords = { common: [], containing: [], word: [], unknown: [] };
  for (const [kind, word, rest] of parseTsv(readFileSync(path, 'utf8'))) {
    if (kind === 'words' && word && rest) for (const second of rest) words.word.push(word + second);
    else if (kind && word && kind in words) words[kind as keyof ShortFormWords].push(word);
  }
  return words;
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

// ---- the in-memory gazetteer ----

/** How much context a surface needs before the scanner reads it as a place. */
const enum Guard {
  /** Full names, recipients' short forms, prefectures and provinces. */
  None,
  /** A county-level short form outside the open regions (南康). */
  Context,
  /** A county-level short form that is an everyday word (和平): only next to its prefecture or province. */
  Neighbour,
}

/** What a surface form stands for in the scanner's trie. */
interface Entry {
  /** Unit emitted for this surface; undefined for blockers and forms shared by several units. */
  division?: Division;
  /** Every unit the surface names, best level first (for resolvePlacePrefix). */
  candidates: Division[];
  singleChar: boolean;
  guard: Guard;
  /** A county-level short form: its edges are checked against frequent words (人民 in 人民丰收). */
  shortForm: boolean;
  /** A short form jieba does not know as a word. */
  unknown: boolean;
}

/** A trie match before context decides on it (the returned matches are these objects). */
interface Hit {
  start: number;
  end: number;
  surface: string;
  /** The unit chosen; undefined while a guarded or shared form waits for context. */
  division: Division | undefined;
}

export function createGazetteer(divisions: Division[], options: GazetteerOptions = {}): Gazetteer {
  const { blockers = [], words = { common: [], containing: [], word: [], unknown: [] }, openRegions = [] } = options;
  const byName = new Map(divisions.map((d) => [d.name, d]));
  const bySurface = new Map<string, Division[]>();
  const add = (surface: string, d: Division) => {
    const list = bySurface.get(surface) ?? [];
    if (!list.includes(d)) list.push(d);
    bySurface.set(surface, list);
  };
  for (const d of divisions) {
    add(d.name, d);
    for (const a of d.aliases) add(a, d);
    for (const a of d.abbr ?? []) add(a, d);
  }
  for (const list of bySurface.values()) list.sort((a, b) => RANK[a.type] - RANK[b.type]);

  const chains = new Map<string, Division[]>();
  const ancestors = (name: string): Division[] => {
    let chain = chains.get(name);
    if (chain) return chain;
    chain = [];
    for (let d = byName.get(name)?.parent; d !== undefined; ) {
      const parent = byName.get(d);
      if (!parent || chain.includes(parent)) break;
      chain.push(parent);
      d = parent.parent;
    }
    if (byName.has(name)) chains.set(name, chain);
    return chain;
  };
  const open = new Set(openRegions);
  const inOpenRegion = (d: Division) => open.has(d.name) || ancestors(d.name).some((a) => open.has(a.name));
  const common = new Set(words.common);
  const unknown = new Set(words.unknown);
  // A short form drops the unit's suffix (红旗 of 红旗区); a bare name keeps it (朝阳区 of 北京市朝阳区).
  const isShortForm = (surface: string, candidates: Division[]) => candidates.every((d) => d.type === 'county' && !d.name.endsWith(surface));
  const guardOf = (surface: string, candidates: Division[]): Guard => {
    if (!isShortForm(surface, candidates)) return Guard.None;
    if (common.has(surface)) return Guard.Neighbour;
    return candidates.every(inOpenRegion) ? Guard.None : Guard.Context;
  };

  const trie = new Trie<Entry>();
  const blocker = (word: string): Entry => ({ candidates: [], singleChar: word.length === 1, guard: Guard.None, shortForm: false, unknown: false });
  for (const word of blockers) trie.insert(word, blocker(word));
  for (const [surface, candidates] of bySurface) {
    const unique = candidates.length === 1 || candidates[0]!.name === surface;
    trie.insert(surface, {
      division: unique ? candidates[0] : undefined,
      candidates,
      singleChar: surface.length === 1,
      guard: unique && candidates[0]!.name === surface ? Guard.None : guardOf(surface, candidates),
      shortForm: isShortForm(surface, candidates),
      unknown: unknown.has(surface),
    });
  }
  // After the names, so that a name is never taken for a word (a word inserted twice keeps its first value).
  for (const word of words.containing) trie.insert(word, blocker(word));
  const frequent = new WordPairs(words.word);
  const isWord = (text: string, at: number) => frequent.has(text, at);

  /**
   * Whether a short form at [start, end) reads as two other words instead. One jieba does
   * not know loses to a frequent word across either edge whose other neighbour is no word
   * (创新和发展 has no 新和, 发展和安全 no 和安; 霍城市民 is 霍城 + 市民). One jieba knows
   * loses only when the text reads as two words across it (位于田间, 人民丰收, but 在于田).
   * An unknown one also loses to a name that overlaps its end (新和田 is 新 + 和田). A name
   * that ends where it starts guards its left edge.
   */
  const losesEdge = (text: string, start: number, end: number, entry: Entry, nameBefore: boolean, accept: (e: Entry) => boolean): boolean => {
    const leftWord = !nameBefore && isWord(text, start - 1);
    const rightWord = isWord(text, end - 1);
    if (!entry.unknown) return leftWord && rightWord && end - start === 2;
    if ((leftWord && !isWord(text, start - 2)) || (rightWord && !isWord(text, end))) return true;
    for (let k = start + 1; k < end; k++) {
      const overlapEnd = trie.longestEndAt(text, k, accept);
      if (overlapEnd > end && trie.lastValue!.candidates.length > 0) return true;
    }
    return false;
  };

  return {
    get: (name) => byName.get(name),
    lookup: (nameOrAlias) => [...(bySurface.get(nameOrAlias) ?? [])],
    ancestors: (name) => [...ancestors(name)],
    all: () => [...divisions],
    scan(text, scanOptions = {}) {
      const accept = scanOptions.singleChar ? acceptAll : acceptMultiChar;
      const hits: Hit[] = [];
      const entries: Entry[] = [];
      // Hits whose unit waits for context (a guarded or shared form).
      const waiting: number[] = [];
      let lastEnd = -1;
      for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i)) {
        const end = trie.longestEndAt(text, i, accept);
        if (end < 0) {
          i++;
          continue;
        }
        const entry = trie.lastValue!;
        if (entry.shortForm && losesEdge(text, i, end, entry, lastEnd === i, accept)) {
          i++;
          continue;
        }
        if (entry.guard === Guard.Neighbour) {
          // An everyday word (和平) is a place only right after its own prefecture (天津和平).
          const before = lastEnd === i || (lastEnd === i - 1 && JOINERS.has(text[lastEnd]!)) ? hits.at(-1)!.division : undefined;
          const fits = before && entry.candidates.filter((d) => d.parent === before.name);
          if (fits?.length === 1) {
            hits.push({ start: i, end, surface: text.slice(i, end), division: fits[0] });
            entries.push(entry);
            lastEnd = end;
          }
          i = end;
          continue;
        }
        if (entry.candidates.length > 0) {
          const division = entry.guard === Guard.None ? entry.division : undefined;
          if (division === undefined) waiting.push(hits.length);
          hits.push({ start: i, end, surface: text.slice(i, end), division });
          entries.push(entry);
          lastEnd = end;
        }
        i = end;
      }
      if (waiting.length === 0) return hits as PlaceMatch[];
      resolveInContext(text, hits, entries, waiting, ancestors, inOpenRegion);
      return hits.filter((h) => h.division !== undefined) as PlaceMatch[];
    },
    resolvePlacePrefix(name) {
      const hit = trie.longestAt(name, 0, (e) => !e.singleChar && e.guard !== Guard.Neighbour);
      if (!hit || hit.value.candidates.length === 0) return null;
      const chosen = hit.value.division ?? preferPrefecture(hit.value.candidates);
      return chosen ? { division: chosen, rest: name.slice(hit.end) } : null;
    },
  };
}

/** Characters that join two places into one phrase (江门及台山, 江阴、霍城). */
const JOINERS = new Set(['、', '和', '及', '与', '-', '—']);
/** Aid words after a donor-side short form (江阴援疆, 南康对口支援). */
const AID_AFTER = /^(援|对口|支援|帮扶|结对)/u;
/** A count after two places that makes them a pair (江阴霍城两地). */
const PAIR_AFTER = /^两[地县市城]/u;
/** A numbered level after an enumeration gives every item its suffix (定南、龙南、全南三县). */
const LEVEL_AFTER = /^[两二三四五六七八九十]+个?[县市区旗]/u;
const LEVEL_NUMERALS = new Set([...'两二三四五六七八九十']);

/**
 * Decides the guarded and shared forms of one text, in the order the rules trust them:
 * a neighbouring ancestor (常德桃源, 江门及台山); then a unit the text names in full
 * elsewhere, a pairing with a recipient or another county (江阴霍城两地), an aid word
 * (江阴援疆); last, an enumeration closed by its level (定南、龙南、全南三县).
 */
function resolveInContext(
  text: string,
  hits: Hit[],
  entries: Entry[],
  waiting: number[],
  ancestors: (name: string) => Division[],
  inOpenRegion: (d: Division) => boolean,
): void {
  const neighbour = (k: number, step: -1 | 1): Hit | undefined => {
    const hit = hits[k]!;
    const other = hits[k + step];
    if (!other) return undefined;
    const gap = step < 0 ? hit.start - other.end : other.start - hit.end;
    if (gap === 0) return other;
    const between = step < 0 ? text[other.end] : text[hit.end];
    return gap === 1 && between !== undefined && JOINERS.has(between) ? other : undefined;
  };
  const pending = (k: number) => !hits[k]!.division;
  const only = (divisions: Division[]) => (divisions.length === 1 ? divisions[0] : undefined);

  // 1. An ancestor right before or after: 常德桃源, 上海宝山区, 江门及台山.
  for (const k of waiting) {
    const hit = hits[k]!;
    const { candidates } = entries[k]!;
    for (const step of [-1, 1] as const) {
      const other = neighbour(k, step)?.division;
      const chosen = other && only(candidates.filter((d) => ancestors(d.name).includes(other)));
      if (chosen) {
        hit.division = chosen;
        break;
      }
    }
  }
  // 2. The rest of the text, again while it names more units. A pairing is joined (江阴、霍城)
  // or counted (江阴霍城两地); two places run together are one inside the other (于田龙湖).
  const pairs = (k: number, step: -1 | 1): boolean => {
    const o = neighbour(k, step);
    if (!o?.division || entries[k + step]!.guard !== Guard.None || !(o.division.type === 'county' || inOpenRegion(o.division))) return false;
    const [first, last] = step < 0 ? [o, hits[k]!] : [hits[k]!, o];
    return first.end < last.start || PAIR_AFTER.test(text.slice(last.end, last.end + 2));
  };
  let open = waiting.filter(pending);
  const named = new Set<Division>();
  if (open.length > 0) for (const hit of hits) if (hit.division) named.add(hit.division);
  for (let changed = open.length > 0; changed; ) {
    changed = false;
    open = open.filter(pending);
    for (const k of open) {
      const hit = hits[k]!;
      const { candidates, guard } = entries[k]!;
      let chosen = only(candidates.filter((d) => named.has(d)));
      // A shared name with its suffix (宝山区): the unit whose prefecture or province the text names.
      if (!chosen && guard === Guard.None) chosen = only(candidates.filter((d) => ancestors(d.name).some((a) => named.has(a))));
      if (!chosen && guard === Guard.Context && (pairs(k, -1) || pairs(k, 1) || AID_AFTER.test(text.slice(hit.end, hit.end + 2)))) {
        chosen = only(candidates);
      }
      if (chosen) {
        hit.division = chosen;
        named.add(chosen);
        changed = true;
      }
    }
  }
  // 3. Enumerations closed by a numbered level: every item is a unit of that level.
  const county = (k: number) => entries[k]!.candidates.every((d) => d.type === 'county');
  let done = -1;
  for (const k of waiting) {
    if (k <= done || !pending(k) || !county(k)) continue;
    let first = k;
    let last = k;
    while (neighbour(first, -1) && county(first - 1)) first--;
    while (neighbour(last, 1) && county(last + 1)) last++;
    done = last;
    const { end } = hits[last]!;
    if (first === last || !LEVEL_NUMERALS.has(text[end] ?? '') || !LEVEL_AFTER.test(text.slice(end, end + 3))) continue;
    for (let j = first; j <= last; j++) if (pending(j)) hits[j]!.division = only(entries[j]!.candidates);
  }
}

const acceptAll = (): boolean => true;
const acceptMultiChar = (e: Entry): boolean => !e.singleChar;

/** Of several units sharing a form, the prefecture if exactly one is a prefecture. */
function preferPrefecture(candidates: Division[]): Division | undefined {
  const prefectures = candidates.filter((d) => d.type === 'prefecture');
  return prefectures.length === 1 ? prefectures[0] : undefined;
}
