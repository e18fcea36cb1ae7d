// part_of and located_in that names and clauses state: an aid body belongs to its
// donors, a government body to its place, a branch to its institution, and what an
// organisation sets up to it.

import { PLACE_TYPES } from './donors.ts';
import { AT, PERFECTIVE, SET_UP_ADVERBS, SET_UP_VERBS, SITE_PREPOSITIONS, SUBSIDIARY_LINKS, anyOf } from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { SentenceContext } from './sentence-context.ts';
import type { NodeType } from '../types.ts';

export function readStructure({ mentions, nested, add }: SentenceContext): void {
  // The sentence's own mentions, then those inside longer names: no joined list per sentence.
  for (const m of mentions) readMentionStructure(m, add);
  for (const m of nested) readMentionStructure(m, add);
}

function readMentionStructure(m: Mention, add: SentenceContext['add']): void {
  // An aid body belongs to its donors; a government or party body to its place. What is
  // named only inside another name (天津市委 in 天津市委党校) is not described by the text.
  if (m.donor) {
    add(m.name, 'part_of', m.donor);
    for (const donor of m.coDonors ?? []) add(m.name, 'part_of', donor);
  }
  if (m.parentOrg && !m.nested) add(m.name, 'part_of', m.parentOrg);
  if (m.place && !PLACE_TYPES.includes(m.type)) {
    if (!m.nested) add(m.name, m.governing ? 'part_of' : 'located_in', m.place);
  } else if (m.place && (m.type === 'township' || m.type === 'village')) {
    add(m.name, 'located_in', m.place);
  }
}

// 阿克陶县人民医院引进了“李爱青博士工作站”，成立了“郑宏名医工作室”: what an
// organisation sets up is part of it.
const SET_UP = new RegExp(
  `^(${anyOf(SET_UP_ADVERBS)}|${AT}[\\u4e00-\\u9fff]{2,8}|${PERFECTIVE}|[,，、“”])*${anyOf(SET_UP_VERBS)}(${PERFECTIVE})?`,
  'u',
);
const SITE = new RegExp(`^${anyOf(SITE_PREPOSITIONS)}$`, 'u');
// Only marks and 了 between two parts an organisation sets up (成立了A、B).
const LIST_OF_PARTS = new RegExp(`^(?:[、，,“”]|${PERFECTIVE})*$`, 'u');
const SETTING_UP: NodeType[] = ['hospital', 'school', 'company'];
export function readSetUps({ text, mentions: ms, add }: SentenceContext): void {
  for (let i = 0; i < ms.length; i++) {
    const org = ms[i]!;
    if (!SETTING_UP.includes(org.type)) continue;
    let cursor = org.end;
    for (let j = i + 1; j < ms.length; j++) {
      const next = ms[j]!;
      const between = text.slice(cursor, next.start);
      // 新疆唐锦纺织有限公司在阿克陶县设立唐锦家庭工坊: skip the place it is set up in.
      if (PLACE_TYPES.includes(next.type) && SITE.test(between)) {
        cursor = next.end;
        continue;
      }
      if (next.type !== 'facility' || (!SET_UP.test(between) && !LIST_OF_PARTS.test(between)) || /[。；;]/u.test(between)) break;
      if (cursor === org.end && !SET_UP.test(between)) break;
      add(next.name, 'part_of', org.name);
      cursor = next.end;
    }
  }
}


// 天津食品集团旗下的津垦奥群, 中国航油的子公司新疆航油有限公司: a subsidiary is part of its parent.
const SUBSIDIARY = new RegExp(`^(${anyOf(SUBSIDIARY_LINKS)})$`, 'u');
export function readSubsidiaries({ text, mentions: ms, add }: SentenceContext): void {
  for (let i = 0; i + 1 < ms.length; i++) {
    const [parent, child] = [ms[i]!, ms[i + 1]!];
    if (parent.type === 'company' && (child.type === 'company' || child.type === 'facility') && SUBSIDIARY.test(text.slice(parent.end, child.start))) {
      add(child.name, 'part_of', parent.name);
    }
  }
}
