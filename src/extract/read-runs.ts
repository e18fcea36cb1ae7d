// runs: who runs a named programme. The subject of the programme's clause (an
// institution, an aid body's donor, a place), else the nearest donor, else the
// article's donor.

import { PLACE_TYPES, donorOf, sideOf } from './donors.ts';
import type { Mention } from './mention.ts';
import {
  AT,
  BOTH_PARTIES,
  BY_WAY_OF_WORDS,
  COMPANY_KIND_NOUNS,
  CONJUNCTIONS,
  GROUP_LEAD_WORDS,
  LIST_JOINERS,
  NON_RUNNER_PREPOSITIONS,
  RUN_VERBS,
  RUN_VERBS_AFTER_PLACE,
  RUNNER_ADVERBS,
  YEAR_UNIT,
  anyOf,
} from './lexicon.ts';
import { nearestDonors, unique, type SentenceContext } from './sentence-context.ts';

const SUBJECT_ADVERBS = new RegExp(`^${anyOf(RUNNER_ADVERBS)}*`, 'u');
const RUN_VERB = new RegExp(`^${anyOf(RUN_VERBS)}`, 'u');
// 在吐鲁番市建立…: a runner may name where it runs the programme before the verb.
const RUN_VERB_AFTER_PLACE = new RegExp(`^${AT}[\\u4e00-\\u9fff]{2,8}${anyOf(RUN_VERBS_AFTER_PLACE)}`, 'u');
const NOT_A_RUNNER = new RegExp(`${anyOf(NON_RUNNER_PREPOSITIONS)}$`, 'u');
const OWNED_CLASS = new RegExp(`^(?:[\\d、“”]|${anyOf([YEAR_UNIT])})*$`, 'u');
const JOINED = new RegExp(`^${anyOf(LIST_JOINERS)}$`, 'u');
const COMPANY_KIND = new RegExp(`^${anyOf(COMPANY_KIND_NOUNS)}`, 'u');

export function readRuns({ text, mentions: ms, articleDonor, add }: SentenceContext): void {
  // Most sentences name no programme: no list to build for them.
  if (!ms.some(isProgramme)) return;
  const programmes = ms.filter(isProgramme);
  const donorMentions = ms.filter((m) => donorOf(m));
  for (const p of programmes) {
    const subjects = byWayOf(text, ms, p) ?? bothParties(text, ms, p) ?? subjectsBefore(text, ms, p);
    const runners = subjects.length > 0
      ? subjects.map((s) => donorOf(s) ?? s.name)
      : donorMentions.length > 0 ? nearestDonors(text, donorMentions, p) : articleDonor ? [articleDonor] : [];
    for (const runner of unique(runners)) add(runner, 'runs', p.name);
  }
}

function isProgramme(m: Mention): boolean {
  return m.type === 'program';
}

// 北京大学人民医院牵头，北京积水潭医院、…等6家医院…，以“院包科”方式对口帮扶…: a programme
// taken up as the way of aid (以…方式) is run by the donor institutions that give it.
const BY_WAY_OF = new RegExp(`(${anyOf(BY_WAY_OF_WORDS)})[“"「]?$`, 'u');
const QUOTE_MARKS = ['“', '"', '「'];
const GROUP_JOINER = new RegExp(`^(${anyOf(LIST_JOINERS)}|(${anyOf(GROUP_LEAD_WORDS)})[，,])$`, 'u');
function byWayOf(text: string, ms: Mention[], programme: Mention): Mention[] | undefined {
  const quoted = QUOTE_MARKS.includes(text[programme.start]!);
  if (!BY_WAY_OF.test(text.slice(Math.max(0, programme.start - 4), programme.start + (quoted ? 1 : 0)))) return undefined;
  // Donor institutions, and those whose side their name does not say (湘雅医院).
  const institutions = ms.filter((m) => m.end <= programme.start && (m.type === 'hospital' || m.type === 'school') && sideOf(m) !== 'recipient');
  const last = institutions.at(-1);
  // The institutions open the programme's clause chain: near it, no dash, colon or semicolon between.
  if (!last || programme.start - last.end > 40 || /[——；：;:]/u.test(text.slice(last.end, programme.start))) return undefined;
  const group = [last];
  for (let j = institutions.length - 2; j >= 0 && GROUP_JOINER.test(text.slice(institutions[j]!.end, group[0]!.start)); j--) group.unshift(institutions[j]!);
  return group;
}

// 深圳机场集团与新疆机场集团建立合作关系，双方联合启动“…”: 双方 are the two parties the
// sentence joined last before it, and both run the programme.
const PARTIES_RUN = new RegExp(`(${anyOf(BOTH_PARTIES)})(${anyOf(RUNNER_ADVERBS)})*(${anyOf(RUN_VERBS)})`, 'u');
const PAIR_JOINER = new RegExp(`^${anyOf(CONJUNCTIONS)}$`, 'u');
function bothParties(text: string, ms: Mention[], programme: Mention): Mention[] | undefined {
  const before = ms.filter((m) => m.end <= programme.start && m.type !== 'program');
  const last = before.at(-1);
  const between = last ? text.slice(last.end, programme.start) : '';
  if (!PARTIES_RUN.test(between) || /[。；;]/u.test(between)) return undefined;
  // The pair: the last two mentions joined by a conjunction, 与 in A与B.
  for (let j = before.length - 1; j > 0; j--) {
    const [a, b] = [before[j - 1]!, before[j]!];
    if (PAIR_JOINER.test(text.slice(a.end, b.start))) return [a, b];
  }
  return undefined;
}

// The entities that act in the clause before a programme: those directly
// followed by a verb of running (北京援疆指挥部组织…开展“送教下乡”).
function subjectsBefore(text: string, ms: Mention[], programme: Mention): Mention[] {
  const from = ms[0]?.start ?? programme.start;
  const clause = text.slice(from, programme.start);
  const clauseStart = from + Math.max(...['——', '；', '：', '。', ';', ':'].map((b) => clause.lastIndexOf(b)));
  const before = ms.filter((m) => m.end <= programme.start && m.start > clauseStart && m.type !== 'program' && m.type !== 'township' && m.type !== 'village');
  // 和田地区第二中学2024年“津和班”: the institution that owns the class or brand.
  const owner = before[before.length - 1];
  if (owner && (owner.type === 'school' || owner.type === 'hospital') && OWNED_CLASS.test(text.slice(owner.end, programme.start))) {
    const group = [owner];
    for (let j = before.length - 2; j >= 0 && JOINED.test(text.slice(before[j]!.end, group[0]!.start)); j--) group.unshift(before[j]!);
    return group;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    // 在吐鲁番市高昌区实施…: a place chain after 在 is where, not who.
    let chainStart = m.start;
    for (let j = i - 1; j >= 0 && before[j]!.end === chainStart && PLACE_TYPES.includes(before[j]!.type); j--) chainStart = before[j]!.start;
    const preceding = text.slice(Math.max(0, chainStart - 2), chainStart);
    if (NOT_A_RUNNER.test(preceding)) continue;
    let after = text.slice(m.end, m.end + 12);
    // 华为公司启动…: a company's kind noun after its name is still the subject.
    if (m.type === 'company') after = after.replace(COMPANY_KIND, '');
    after = after.replace(SUBJECT_ADVERBS, '');
    // A company that sets something up at a place (安踏集团在皮山县设立生产基地) invests there: it runs
    // only what it is the subject of.
    if (!RUN_VERB.test(after) && (m.type === 'company' || !RUN_VERB_AFTER_PLACE.test(after))) continue;
    // Coordinated subjects: 江西省委组织部、省人社厅、省卫健委、江西援疆前方指挥部联合印发…
    const group = [m];
    for (let j = i - 1; j >= 0; j--) {
      const between = text.slice(before[j]!.end, group[0]!.start);
      if (!JOINED.test(between)) break;
      group.unshift(before[j]!);
    }
    return group.filter((g) => g.type !== 'company' || group.length === 1);
  }
  return [];
}

