// Organisations known in advance from public lists: the central enterprises
// (src/gazetteer/central-enterprises.tsv) and the universities and colleges
// (src/gazetteer/universities.tsv). Lookup by any name, and a leftmost-longest
// scan of a text. The lists are read on first use, never at import.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { getGazetteer, readShortFormWords } from './gazetteer.ts';
import { Trie } from './trie.ts';
import { WordPairs } from './word-pairs.ts';

export type OrganisationList = 'central-enterprise' | 'university';

export interface KnownOrganisation {
  /** The full registered name: the canonical name (中国宝武钢铁集团有限公司, 新疆大学). */
  name: string;
  /** The node type it takes in the graph. */
  type: 'company' | 'school';
  list: OrganisationList;
  /** Other names: short names the press uses (宝武, 中石油), second registered names, ASCII-bracket spellings. */
  aliases: string[];
  /** Central enterprises: who acts as investor (国资委, 财政部). */
  supervisor?: string;
  /** Universities: the gazetteer's canonical name of the city or prefecture it is in (所在地), and its province. */
  place?: string;
  province?: string;
  /** Universities: 本科 or 专科. */
  level?: string;
  /** 民办, 中外合作办学, 境外办学. */
  note?: string;
}

export interface OrganisationMatch {
  start: number;
  end: number;
  /** The text matched (a name or an alias). */
  surface: string;
  organisation: KnownOrganisation;
}

interface Index {
  all: KnownOrganisation[];
  byName: Map<string, KnownOrganisation>;
  trie: Trie<Entry>;
  words: WordPairs;
}

/** What a surface stands for in the trie; no organisation for names that only consume text. */
interface Entry {
  organisation?: KnownOrganisation;
  /** A short alias (宝武, 国投): it must not run into the words around it (全国投资 has no 国投). */
  short: boolean;
}

const DATA_DIR = fileURLToPath(new URL('../gazetteer/', import.meta.url));
/** Aliases this short are checked against the words on both sides. */
const SHORT_ALIAS = 3;

let loaded: Index | undefined;

function index(): Index {
  loaded ??= buildIndex([...readCentralEnterprises(`${DATA_DIR}central-enterprises.tsv`), ...readUniversities(`${DATA_DIR}universities.tsv`)]);
  return loaded;
}

/** Every organisation of the lists, or of one list. */
export function knownOrganisations(list?: OrganisationList): KnownOrganisation[] {
  return index().all.filter((o) => !list || o.list === list);
}

/** The organisation a full name or alias names, or undefined. */
export function lookupKnownOrganisation(nameOrAlias: string): KnownOrganisation | undefined {
  return index().byName.get(nameOrAlias);
}

/**
 * Known organisations named in a text, leftmost-longest, not overlapping. A short
 * alias is not read where it runs into a word (全国投资 has no 国投, 向东航行 no 东航),
 * nor a school name where it is its students (新疆大学生).
 */
export function findKnownOrganisations(text: string): OrganisationMatch[] {
  const { trie, words } = index();
  const matches: OrganisationMatch[] = [];
  let lastEnd = -1;
  for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i)) {
    const end = trie.longestEndAt(text, i, acceptAll);
    if (end < 0) {
      i++;
      continue;
    }
    const { organisation, short } = trie.lastValue!;
    const runsIn = short && ((lastEnd !== i && words.has(text, i - 1)) || words.has(text, end - 1));
    const students = organisation?.type === 'school' && text[end - 1] === '学' && text[end] === '生';
    if (runsIn || students) {
      i++;
      continue;
    }
    if (organisation) {
      matches.push({ start: i, end, surface: text.slice(i, end), organisation });
      lastEnd = end;
    }
    i = end;
  }
  return matches;
}

const acceptAll = (): boolean => true;

function buildIndex(all: KnownOrganisation[]): Index {
  const byName = new Map<string, KnownOrganisation>();
  for (const o of all) {
    for (const name of [o.name, ...o.aliases]) {
      if (byName.has(name)) throw new Error(`known organisations: ${name} names both ${byName.get(name)!.name} and ${o.name}`);
      byName.set(name, o);
    }
  }
  const trie = new Trie<Entry>();
  for (const [name, o] of byName) trie.insert(name, { organisation: o, short: name !== o.name && name.length <= SHORT_ALIAS });
  // 中国石油大学 without its campus is one of two schools, and no 中国石油 either: read as nothing.
  for (const o of all) {
    const base = /^(.+)[（(][^）)]+[）)]$/u.exec(o.name)?.[1];
    if (o.type === 'school' && base && !byName.has(base)) trie.insert(base, { short: false });
  }
  const words = new WordPairs(readShortFormWords(`${DATA_DIR}short-form-words.tsv`).word);
  return { all, byName, trie, words };
}

/** `name` plus its ASCII-bracket spelling when it has full-width brackets. */
function withBracketVariants(names: string[]): string[] {
  return [...new Set(names.flatMap((n) => (/[（）]/u.test(n) ? [n, n.replace(/（/gu, '(').replace(/）/gu, ')')] : [n])))];
}

function readCentralEnterprises(path: string): KnownOrganisation[] {
  return rows(path).map(([name, supervisor, aliases]) => {
    const names = withBracketVariants([name!, ...(aliases ?? '').split(' ').filter(Boolean)]);
    return { name: name!, type: 'company', list: 'central-enterprise', aliases: names.slice(1), supervisor: supervisor! };
  });
}

function readUniversities(path: string): KnownOrganisation[] {
  const gazetteer = getGazetteer();
  return rows(path).map(([name, province, city, level, note]) => {
    const place = gazetteer.get(city!)?.name ?? gazetteer.lookup(city!)[0]?.name;
    const o: KnownOrganisation = { name: name!, type: 'school', list: 'university', aliases: withBracketVariants([name!]).slice(1), province: province!, level: level! };
    if (place) o.place = place;
    if (note) o.note = note;
    return o;
  });
}

/** Rows of a TSV data file without its '#' comments and header line. */
function rows(path: string): string[][] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  return lines.slice(1).map((line) => line.split('\t'));
}
