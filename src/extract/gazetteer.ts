// The administrative gazetteer: divisions from src/gazetteer/*.tsv, lookup by any
// name or alias, and a leftmost-longest scanner over Simplified text.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

let loaded: Gazetteer | undefined;

/** The gazetteer built from the data files, loaded on first use. */
export function getGazetteer(): Gazetteer {
  loaded ??= createGazetteer(readDivisions(DATA_DIR), readLines(`${DATA_DIR}blockers.txt`));
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
  const d: Division = { name: row.name!, type: row.type, aliases: words.map((w) => w.replace(/\?$/, '')) };
  if (row.parent) d.parent = row.parent;
  if (row.abbr) d.abbr = row.abbr.split(' ');
  if (row.owner) d.division = row.owner;
  if (row.code) d.code = row.code;
  if (ambiguous.length > 0) d.ambiguous = ambiguous;
  return d;
}

/** Rows of a TSV file without its header and '#' comments; trailing empty cells kept as ''. */
function parseTsv(text: string): string[][] {
  const rows = text.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  return rows.slice(1).map((line) => line.split('\t'));
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

// ---- the in-memory gazetteer ----

/** What a surface form stands for in the scanner's trie. */
interface Entry {
  /** Unit emitted for this surface; undefined for blockers and ambiguous forms, which only consume text. */
  division?: Division;
  /** Every unit the surface names, best level first (for resolvePlacePrefix). */
  candidates: Division[];
  singleChar: boolean;
}

export function createGazetteer(divisions: Division[], blockers: string[] = []): Gazetteer {
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

  const trie = new Trie<Entry>();
  for (const word of blockers) trie.insert(word, { candidates: [], singleChar: word.length === 1 });
  for (const [surface, candidates] of bySurface) {
    const unique = candidates.length === 1 || candidates[0]!.name === surface;
    trie.insert(surface, { division: unique ? candidates[0] : undefined, candidates, singleChar: surface.length === 1 });
  }

  return {
    get: (name) => byName.get(name),
    lookup: (nameOrAlias) => [...(bySurface.get(nameOrAlias) ?? [])],
    ancestors(name) {
      const chain: Division[] = [];
      for (let d = byName.get(name)?.parent; d !== undefined; ) {
        const parent = byName.get(d);
        if (!parent || chain.includes(parent)) break;
        chain.push(parent);
        d = parent.parent;
      }
      return chain;
    },
    all: () => [...divisions],
    scan(text, options = {}) {
      const accept = options.singleChar ? acceptAll : acceptMultiChar;
      const matches: PlaceMatch[] = [];
      for (let i = 0; i < text.length; ) {
        const end = trie.longestEndAt(text, i, accept);
        if (end < 0) {
          i++;
          continue;
        }
        const value = trie.lastValue!;
        if (value.division) matches.push({ start: i, end, surface: text.slice(i, end), division: value.division });
        i = end;
      }
      return matches;
    },
    resolvePlacePrefix(name) {
      const hit = trie.longestAt(name, 0, (e) => !e.singleChar);
      if (!hit || hit.value.candidates.length === 0) return null;
      const chosen = hit.value.division ?? preferPrefecture(hit.value.candidates);
      return chosen ? { division: chosen, rest: name.slice(hit.end) } : null;
    },
  };
}

const acceptAll = (): boolean => true;
const acceptMultiChar = (e: Entry): boolean => !e.singleChar;

/** Of several units sharing a form, the prefecture if exactly one is a prefecture. */
function preferPrefecture(candidates: Division[]): Division | undefined {
  const prefectures = candidates.filter((d) => d.type === 'prefecture');
  return prefectures.length === 1 ? prefectures[0] : undefined;
}

/**
 * A character trie. The first character is looked up in a flat table (most text
 * characters start no name, so most positions cost one array read); deeper levels
 * use small maps.
 */
class Trie<V> {
  private readonly first = new Int32Array(0x10000);
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly values: Array<V | undefined> = [undefined];

  insert(word: string, value: V): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = i === 0 ? this.first[c]! : (this.children[node]!.get(c) ?? 0);
      if (next === 0) {
        next = this.children.length;
        this.children.push(new Map());
        this.values.push(undefined);
        if (i === 0) this.first[c] = next;
        else this.children[node]!.set(c, next);
      }
      node = next;
    }
    // A word inserted twice keeps its first value.
    this.values[node] ??= value;
  }

  /** Value of the word found by the last `longestEndAt`. */
  lastValue: V | undefined;

  /** End of the longest accepted word starting at `start` (its value in `lastValue`), or -1; allocates nothing. */
  longestEndAt(text: string, start: number, accept: (value: V) => boolean): number {
    let node = this.first[text.charCodeAt(start)]!;
    let bestEnd = -1;
    for (let i = start + 1; node !== 0; i++) {
      const value = this.values[node];
      if (value !== undefined && accept(value)) {
        bestEnd = i;
        this.lastValue = value;
      }
      if (i >= text.length) break;
      node = this.children[node]!.get(text.charCodeAt(i)) ?? 0;
    }
    return bestEnd;
  }

  /** The longest accepted word starting at `start`, or null. */
  longestAt(text: string, start: number, accept: (value: V) => boolean): { end: number; value: V } | null {
    let node = this.first[text.charCodeAt(start)]!;
    let best: { end: number; value: V } | null = null;
    for (let i = start + 1; node !== 0; i++) {
      const value = this.values[node];
      if (value !== undefined && accept(value)) best = { end: i, value };
      if (i >= text.length) break;
      node = this.children[node]!.get(text.charCodeAt(i)) ?? 0;
    }
    return best;
  }
}
