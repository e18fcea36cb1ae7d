// Named aid programmes: quoted names with programme words around them
// (实施“蕙心计划”, “蒲公英”计划, “红杜鹃”育人品牌), 《…方案》 titles, unquoted
// "实施X工程", and nationwide schemes known by name (组团式, 院包科).

import { charSet, hasChar } from '../ingest/char-set.ts';
import { functionWords, once } from './data-files.ts';
import { getGazetteer } from './gazetteer.ts';
import {
  ABSTRACT_ENDINGS,
  ATTRIBUTIVE,
  CJK,
  CODED_PROGRAMME_HEADS,
  COUNT_NUMERALS,
  DISTANT_PROGRAMME_CUES,
  EVENT_HEADS,
  EXPERT_TITLES,
  FOUNDED_HEADS,
  FOUNDING_VERBS,
  HONOUR_NOUNS,
  LIST_JOINERS,
  NAME_FORMING_HEADS,
  NON_PROGRAMME_CUES_BEFORE,
  NOT_PROGRAMME_NAME_STARTS,
  NUMBERED_NAME_COUNTERS,
  ORDINAL_NUMERALS,
  PERFECTIVE,
  PLACE_NAMED_HEADS,
  PROBLEM_ENDINGS,
  PROGRAMME_CUES_AFTER,
  PROGRAMME_CUES_BEFORE,
  PROGRAMME_HEADS,
  PROGRAMME_ITEM_STOPS,
  PROGRAMME_LIST_COUNTERS,
  PROGRAMME_NAME_BREAKERS,
  ROUTE_HEADS,
  SLOGAN_ENDINGS,
  SPEECH_VERBS,
  STUDIO_HEADS,
  TITLE_PROGRAMME_HEADS,
  TRAIN_HEADS,
  TRAIN_NAME_HEAD,
  TRAIN_QUALIFIERS,
  UNQUOTED_PROGRAMME_VERBS,
  VERB_COMPLEMENTS,
  anyOf,
} from './lexicon.ts';
import { knownNames } from './known-names.ts';
import { matchesNear } from './matches-near.ts';
import type { Mention } from './mention.ts';

const QUOTED = /[“"「『‘]([^“”"「」『』‘’\n]{2,30})[”"」』’]|《([^《》\n]{2,40})》/gu;
// By char code: text[i] and a regular expression per character cost a string and a match each.
const CLAUSE_BREAK = charSet('，。；：！？,;:!?\n');
const DISTANT_CUE_PATTERNS = DISTANT_PROGRAMME_CUES.map((cue) => new RegExp(`^[${CJK}]{1,6}?${anyOf([cue])}`, 'u'));
const SPEECH = new RegExp(`${anyOf(SPEECH_VERBS)}[：:]?$`, 'u');
const NAME_HEAD = anyOf(NAME_FORMING_HEADS);
const UNQUOTED = new RegExp(`${anyOf(UNQUOTED_PROGRAMME_VERBS)}(?:${PERFECTIVE})?([${CJK}\\d]{4,14}?${NAME_HEAD})`, 'gu');
// 推进医疗体系强基工程和乡医村医培训工程: a second name joined to the first.
const UNQUOTED_SIBLING = new RegExp(`^${anyOf(LIST_JOINERS)}([${CJK}\\d]{4,14}?${NAME_HEAD})`, 'u');
// 深穗喀班列, 诗画浙江——阿克苏号援疆旅游专列: trains and routes named as aid brands.
const TRAIN = new RegExp(
  `([${CJK}]{2,8}(?:——|·)?[${CJK}]{0,6}?${TRAIN_NAME_HEAD})(?=${TRAIN_QUALIFIERS.map((q) => `${anyOf([q])}?`).join('')}${anyOf(TRAIN_HEADS)})|(?<=^|[，。；、,;\\s])([${CJK}]{2,6}${anyOf(ROUTE_HEADS)})`,
  'gu',
);
// The longest train name before its head: 8 + —— + 6 + 号, then the qualifiers.
const trainMatches = matchesNear(TRAIN, TRAIN_HEADS, 8 + 2 + 6 + 1 + TRAIN_QUALIFIERS.join('').length);
// 设立边疆建设产业基金, 成立厦门援疆急危重症多学科合作诊疗平台.
const FOUNDED = new RegExp(`${anyOf(FOUNDING_VERBS)}(?:${PERFECTIVE})?([${CJK}]{4,22}?${anyOf(FOUNDED_HEADS)})(?=[，。；、,;\\s]|$)`, 'gu');
const EVENT = new RegExp(`([${CJK}·]{4,20}?${anyOf(EVENT_HEADS)})`, 'gu');
const eventMatches = matchesNear(EVENT, EVENT_HEADS, 20);
const NUMBERED = new RegExp(`^[${COUNT_NUMERALS}\\d]+${anyOf(NUMBERED_NAME_COUNTERS)}[\\u4e00-\\u9fff]{2,4}$`, 'u');
const ABSTRACT = new RegExp(`${anyOf(ABSTRACT_ENDINGS)}$`, 'u');
const SLOGAN = new RegExp(`${anyOf(SLOGAN_ENDINGS)}$`, 'u');
const BREAKS_NAME = new RegExp(anyOf(PROGRAMME_NAME_BREAKERS), 'u');
const NOT_A_NAME = new RegExp(`${anyOf(PROGRAMME_NAME_BREAKERS)}|^${anyOf(NOT_PROGRAMME_NAME_STARTS)}`, 'u');
const TITLE_PROGRAMME = new RegExp(`${anyOf(TITLE_PROGRAMME_HEADS)}$`, 'u');
const HONOUR_AFTER = new RegExp(`^${anyOf(HONOUR_NOUNS)}`, 'u');
const LIST_HEAD = new RegExp(`^[\\d${ORDINAL_NUMERALS}]+${anyOf(PROGRAMME_LIST_COUNTERS)}(${NAME_HEAD})`, 'u');
const CODED_HEAD = new RegExp(`^[${CJK}]{0,10}?${anyOf(CODED_PROGRAMME_HEADS)}`, 'u');
const CUE_BEFORE = new RegExp(`${anyOf(PROGRAMME_CUES_BEFORE)}${anyOf(VERB_COMPLEMENTS)}?$`, 'u');
const STUDIO = new RegExp(`${anyOf(EXPERT_TITLES)}${anyOf(STUDIO_HEADS)}$`, 'u');
const EXPERT_FIRST = new RegExp(`^${anyOf(EXPERT_TITLES)}`, 'u');
const PROBLEM = new RegExp(`${anyOf(PROBLEM_ENDINGS)}$`, 'u');

const knownProgrammes = once(() => knownNames('programmes.json', 'programmes'));

export function findProgrammes(text: string): Mention[] {
  const found: Mention[] = [];
  const programmeNames = new Set<string>();
  const pending: Array<{ start: number; end: number; inner: string }> = [];

  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const isTitle = m[2] !== undefined;
    const inner = (m[1] ?? m[2] ?? '').trim();
    const start = m.index;
    const end = m.index + m[0].length;
    const before = clauseBefore(text, start);
    const after = text.slice(end, end + 10).replace(/^[A-Za-z]+/u, '');
    if (isTitle) {
      if (TITLE_PROGRAMME.test(inner)) found.push(programme(start, end, inner.replace(/[“”"]/gu, ''), [inner]));
      continue;
    }
    if (SPEECH.test(before) || includesAny(before, NON_PROGRAMME_CUES_BEFORE)) continue;
    if (HONOUR_AFTER.test(after)) continue;
    // “夯实基层基础、就业就学嵌入”4项工程: a quoted list of programmes.
    const listHead = LIST_HEAD.exec(after);
    if (inner.includes('、') && listHead) {
      let offset = start + 1;
      for (const item of inner.split('、')) {
        const name = item.trim() + listHead[1]!;
        found.push(programme(offset, offset + item.length, name, [item.trim()]));
        offset += item.length + 1;
      }
      continue;
    }
    // “1+N”组团式医疗援疆模式, “1355”援疆工作思路: a code names the scheme after it.
    const coded = /^[\dA-Za-z+]+$/u.test(inner) ? CODED_HEAD.exec(after + text.slice(end + 8, end + 12)) : null;
    if (coded) {
      found.push(programme(start, end + coded[0].length, inner + coded[0], []));
      continue;
    }
    if (!looksLikeName(inner)) continue;
    // “深圳所能”, “中亚南亚经济圈重心地位”: slogans and abstract phrases, not names.
    if (SLOGAN.test(inner) || ABSTRACT.test(inner)) continue;
    // “奇台礼物”“奇台面粉”公共区域品牌: quoted names side by side share the word after the last.
    const runEnd = endOfQuoteRun(text, end);
    const afterRun = text.slice(runEnd, runEnd + 10).replace(/^[A-Za-z]+/u, '');
    const adjacentCue = longestStartingCue(afterRun);
    // “足球小巴郎”青少年夏令营, “和田优品”区域公共品牌: a programme word after a short qualifier.
    const distantCue = adjacentCue ? undefined : firstDistantCue(afterRun);
    const cueAfter = adjacentCue ?? distantCue;
    const headed = endsWithHead(inner) || NUMBERED.test(inner);
    // A verb of running right before the quote (实施“…”, 创立“…”), not somewhere in the clause;
    // or a list after such a quote (实施“光明行动”白内障手术312例、“微笑陶陶”…).
    const cueBefore =
      CUE_BEFORE.test(before) ||
      (before.endsWith('、') && found.some((f) => f.end <= start && start - f.end < 24 && /[”"」]/u.test(text[f.end - 1] ?? '')));
    // “郑宏名医工作室”, “李爱青博士工作站”: a person's studio is a facility.
    if (STUDIO.test(inner)) {
      if (!EXPERT_FIRST.test(inner)) found.push({ ...programme(start, end, inner, []), type: 'facility' });
      continue;
    }
    const forming = adjacentCue !== undefined && runEnd === end && NAME_FORMING_HEADS.includes(adjacentCue) && !headed;
    // “扎下根”的队伍: a quoted adjective, not a name. Two characters name a programme only with
    // the programme word right after them (“春蕾”计划).
    if (after.startsWith(ATTRIBUTIVE) || (inner.length < 3 && !forming)) continue;
    if (cueAfter || headed || cueBefore) {
      const name = forming ? inner + adjacentCue : inner;
      const surfaceEnd = forming ? end + adjacentCue.length : end;
      found.push(programme(start, surfaceEnd, name, forming ? [inner] : cueAfter && runEnd === end ? [inner + cueAfter] : []));
      programmeNames.add(inner);
    } else {
      pending.push({ start, end, inner });
    }
  }
  // A quoted name once read as a programme is one wherever it is quoted.
  for (const p of pending) {
    if (programmeNames.has(p.inner)) found.push(programme(p.start, p.end, p.inner, []));
  }

  UNQUOTED.lastIndex = 0;
  for (let m = UNQUOTED.exec(text); m; m = UNQUOTED.exec(text)) {
    const name = m[1]!;
    if (NOT_A_NAME.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    found.push(programme(start, start + name.length, name, []));
    const sibling = UNQUOTED_SIBLING.exec(text.slice(start + name.length, start + name.length + 16));
    if (sibling && !NOT_A_NAME.test(sibling[1]!)) {
      const at = start + name.length + 1;
      found.push(programme(at, at + sibling[1]!.length, sibling[1]!, []));
    }
  }
  for (const [pattern, matches] of [
    [TRAIN, trainMatches(text)],
    [FOUNDED, [...text.matchAll(FOUNDED)]],
    [EVENT, eventMatches(text)],
  ] as const) {
    for (const m of matches) {
      const matched = m[1] ?? m[2]!;
      // 举办中国新疆喀什·…交易会: a verb before the name is no part of it.
      const name = pattern === EVENT ? afterLastFunctionWord(matched) : matched;
      const start = m.index + m[0].indexOf(matched) + (matched.length - name.length);
      if (NOT_A_NAME.test(name) || found.some((f) => f.start < start + name.length && start < f.end)) continue;
      if (pattern === EVENT && !/^[\u4e00-\u9fff]/u.test(name)) continue;
      // 搭建人才交流平台: a platform is named only with its place (厦门援疆…平台).
      if (PLACE_NAMED_HEADS.some((head) => name.endsWith(head)) && !getGazetteer().resolvePlacePrefix(name)) continue;
      found.push(programme(start, start + name.length, name, []));
    }
  }

  found.push(...listSiblings(text, found));

  for (const k of knownProgrammes()(text)) found.push(programme(k.start, k.end, k.name, k.spelling === k.name ? [] : [k.spelling]));
  return found;
}

// 巾帼天津行、石榴籽一家亲、“足球小巴郎”青少年夏令营活动等: the unquoted items of a
// list that holds a quoted programme are programmes too.
const LIST_ITEM = new RegExp(`([${CJK}·]{3,10})、$`, 'u');
const ITEM_STOP = new RegExp(anyOf(PROGRAMME_ITEM_STOPS), 'u');
function listSiblings(text: string, programmes: Mention[]): Mention[] {
  const siblings: Mention[] = [];
  for (const p of programmes) {
    if (text[p.start] !== '“') continue;
    let end = p.start;
    for (let k = 0; k < 4; k++) {
      const item = LIST_ITEM.exec(text.slice(Math.max(0, end - 12), end));
      if (!item) break;
      let name = item[1]!;
      const stop = ITEM_STOP.exec(name);
      if (stop) name = name.slice(stop.index + stop[0].length);
      if (name.length < 3) break;
      const start = end - 1 - name.length;
      siblings.push(programme(start, start + name.length, name, []));
      if (stop) break;
      end = start;
    }
  }
  return siblings;
}

// Plain loops over the word lists: no closure, filtered list or sort per quoted name.
function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** The longest programme cue the text after a quote starts with (the first of the longest, in the list's order). */
function longestStartingCue(afterRun: string): string | undefined {
  let longest: string | undefined;
  for (const cue of PROGRAMME_CUES_AFTER) if (afterRun.startsWith(cue) && (longest === undefined || cue.length > longest.length)) longest = cue;
  return longest;
}

/** A programme head ends the name, with more before it (…工程, not 工程 alone). */
function endsWithHead(inner: string): boolean {
  for (const head of PROGRAMME_HEADS) if (inner.endsWith(head) && inner.length > head.length) return true;
  return false;
}

/** The first distant cue, in the list's order, that the text after a quote starts with (stops at the first). */
function firstDistantCue(afterRun: string): string | undefined {
  for (const pattern of DISTANT_CUE_PATTERNS) {
    const cue = pattern.exec(afterRun)?.[0];
    if (cue) return cue;
  }
  return undefined;
}

function programme(start: number, end: number, name: string, aliases: string[]): Mention {
  const written = name.replace(/\s+/gu, '');
  const clean = knownName(written) ?? written;
  const all = new Set(aliases.concat(name === clean ? [] : [name]));
  if (written !== clean) all.add(written);
  all.delete(clean);
  return { start, end, surface: name, name: clean, type: 'program', aliases: [...all] };
}

// Spelling → canonical name of the known programmes, to name quoted ones the same way.
const knownName = (spelling: string): string | undefined => {
  const [hit] = knownProgrammes()(spelling);
  return hit && hit.spelling === spelling ? hit.name : undefined;
};

/** The end of a run of quoted names written side by side (“A”“B”). */
function endOfQuoteRun(text: string, end: number): number {
  let at = end;
  for (let m = /^[“"「]([^“”"「」\n]{2,30})[”"」]/u.exec(text.slice(at, at + 34)); m; m = /^[“"「]([^“”"「」\n]{2,30})[”"」]/u.exec(text.slice(at, at + 34))) at += m[0].length;
  return at;
}

/** The end of a name after the last common verb or function word in it (举办|中国新疆喀什·中亚南亚商品交易会). */
const functionWordSet = once(() => new Set(functionWords()));
function afterLastFunctionWord(name: string): string {
  const words = functionWordSet();
  for (let cut = name.length - 2; cut > 0; cut--) {
    for (const length of [3, 2]) if (cut - length >= 0 && words.has(name.slice(cut - length, cut))) return name.slice(cut);
  }
  return name;
}

function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 24 && !hasChar(CLAUSE_BREAK, text.charCodeAt(from - 1))) from--;
  return text.slice(from, at);
}

function looksLikeName(inner: string): boolean {
  if (inner.length > 20) return false;
  if (/[，。！？；：,!?;:]/u.test(inner)) return false;
  if (/^[\d.+%]+$/u.test(inner)) return false;
  if (PROBLEM.test(inner)) return false;
  if (/[A-Za-z]/u.test(inner)) return false;
  return !BREAKS_NAME.test(inner);
}
