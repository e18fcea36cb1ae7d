// Named aid programmes: quoted names with programme words around them
// (实施“蕙心计划”, “蒲公英”计划, “红杜鹃”育人品牌), 《…方案》 titles, unquoted
// "实施X工程", and nationwide schemes known by name (组团式, 院包科).

import { once } from './data-files.ts';
import { getGazetteer } from './gazetteer.ts';
import {
  ABSTRACT_ENDINGS,
  CJK,
  EVENT_HEADS,
  NON_PROGRAMME_CUES_BEFORE,
  PROGRAMME_CUES_AFTER,
  PROGRAMME_CUES_BEFORE,
  PROGRAMME_HEADS,
  SLOGAN_ENDINGS,
} from './lexicon.ts';
import { knownNames } from './known-names.ts';
import type { Mention } from './mention.ts';

const QUOTED = /[“"「『‘]([^“”"「」『』‘’\n]{2,30})[”"」』’]|《([^《》\n]{2,40})》/gu;
const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/u;
// Cue words that become part of the name (“蒲公英”计划 → 蒲公英计划).
const NAME_FORMING_CUES = ['计划', '工程', '行动'];
const DISTANT_CUES = ['夏令营', '冬令营', '研学', '课程', '平台', '活动', '系列活动', '品牌', '项目', '工程', '行动', '计划', '模式'];
const DISTANT_CUE_PATTERNS = DISTANT_CUES.map((cue) => new RegExp(`^[${CJK}]{1,6}?${cue}`, 'u'));
const SPEECH = /(说|表示|介绍|感叹|坦言|指出|强调|认为)[：:]?$/u;
const UNQUOTED = new RegExp(`(?:实施|启动|开展|推进|打造|创新实施)(?:了)?([${CJK}\\d]{4,14}?(?:工程|计划|行动))`, 'gu');
// 推进医疗体系强基工程和乡医村医培训工程: a second name joined to the first.
const UNQUOTED_SIBLING = new RegExp(`^[和及、与]([${CJK}\\d]{4,14}?(?:工程|计划|行动))`, 'u');
// 深穗喀班列, 诗画浙江——阿克苏号援疆旅游专列: trains and routes named as aid brands.
const TRAIN = new RegExp(`([${CJK}]{2,8}(?:——|·)?[${CJK}]{0,6}?号)(?=(?:援疆)?(?:旅游)?(?:专列|列车|班列))|(?<=^|[，。；、,;\\s])([${CJK}]{2,6}班列)`, 'gu');
// 设立边疆建设产业基金, 成立厦门援疆急危重症多学科合作诊疗平台.
const FOUNDED = new RegExp(`(?:设立|发起设立|成立|搭建|建立)(?:了)?([${CJK}]{4,22}?(?:基金|平台))(?=[，。；、,;\\s]|$)`, 'gu');
const EVENT = new RegExp(`([${CJK}·]{4,20}?(?:${EVENT_HEADS.join('|')}))`, 'gu');
const NUMBERED = /^[一二三四五六七八九十两\d]+[个项大条][\u4e00-\u9fff]{2,4}$/u;
const ABSTRACT = new RegExp(`(${ABSTRACT_ENDINGS.join('|')})$`, 'u');
const SLOGAN = new RegExp(`(${SLOGAN_ENDINGS.join('|')})$`, 'u');
const NOT_A_NAME = /[的了把将被让是我你他她它这那]|^(各|各类|一系列|多项|系列|重点|新|首批|全面|持续)/u;

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
      if (/(方案|计划|工程|行动)$/u.test(inner)) found.push(programme(start, end, inner.replace(/[“”"]/gu, ''), [inner]));
      continue;
    }
    if (SPEECH.test(before) || NON_PROGRAMME_CUES_BEFORE.some((cue) => before.includes(cue))) continue;
    if (/^(称号|荣誉|之称|的美誉)/u.test(after)) continue;
    // “夯实基层基础、就业就学嵌入”4项工程: a quoted list of programmes.
    const listHead = /^[\d一二三四五六七八九十]+[项个大](工程|行动|计划)/u.exec(after);
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
    const coded = /^[\dA-Za-z+]+$/u.test(inner) ? new RegExp(`^[${CJK}]{0,10}?(模式|工作思路|方案|工程|计划)`, 'u').exec(after + text.slice(end + 8, end + 12)) : null;
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
    const adjacentCue = PROGRAMME_CUES_AFTER.filter((cue) => afterRun.startsWith(cue)).sort((a, b) => b.length - a.length)[0];
    // “足球小巴郎”青少年夏令营, “和田优品”区域公共品牌: a programme word after a short qualifier.
    const distantCue = adjacentCue ? undefined : DISTANT_CUE_PATTERNS.map((p) => p.exec(afterRun)?.[0]).find(Boolean);
    const cueAfter = adjacentCue ?? distantCue;
    const headed = PROGRAMME_HEADS.some((head) => inner.endsWith(head) && inner.length > head.length) || NUMBERED.test(inner);
    // A verb of running right before the quote (实施“…”, 创立“…”), not somewhere in the clause;
    // or a list after such a quote (实施“光明行动”白内障手术312例、“微笑陶陶”…).
    const cueBefore =
      PROGRAMME_CUES_BEFORE.some((cue) => new RegExp(`${cue}(了|起|出)?$`, 'u').test(before)) ||
      (before.endsWith('、') && found.some((f) => f.end <= start && start - f.end < 24 && /[”"」]/u.test(text[f.end - 1] ?? '')));
    // “郑宏名医工作室”, “李爱青博士工作站”: a person's studio is a facility.
    if (/(名医|名师|博士|专家|大师|劳模)(工作室|工作站)$/u.test(inner)) {
      if (!/^(名医|名师|博士|专家|大师|劳模)/u.test(inner)) found.push({ ...programme(start, end, inner, []), type: 'facility' });
      continue;
    }
    // “扎下根”的队伍: a quoted adjective, not a name.
    if (after.startsWith('的') || inner.length < 3) continue;
    if (cueAfter || headed || cueBefore) {
      const forming = adjacentCue && runEnd === end && NAME_FORMING_CUES.includes(adjacentCue) && !headed;
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
  for (const pattern of [TRAIN, FOUNDED, EVENT]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const name = m[1] ?? m[2]!;
      const start = m.index + m[0].indexOf(name);
      if (NOT_A_NAME.test(name) || found.some((f) => f.start < start + name.length && start < f.end)) continue;
      if (pattern === EVENT && !/^[\u4e00-\u9fff]/u.test(name)) continue;
      // 搭建人才交流平台: a platform is named only with its place (厦门援疆…平台).
      if (name.endsWith('平台') && !getGazetteer().resolvePlacePrefix(name)) continue;
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
const ITEM_STOP = /[的了是在和与及对为把被让从向]|(开展|实施|推进|组织|举办|深化|围绕|聚焦|通过|依托|包括|例如|比如|以及)/u;
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

function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 24 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

function looksLikeName(inner: string): boolean {
  if (inner.length > 20) return false;
  if (/[，。！？；：,!?;:]/u.test(inner)) return false;
  if (/^[\d.+%]+$/u.test(inner)) return false;
  if (/[难题癌病症]$/u.test(inner)) return false;
  if (/[A-Za-z]/u.test(inner)) return false;
  return !/[的了把将被让是我你他她它这那]/u.test(inner);
}
