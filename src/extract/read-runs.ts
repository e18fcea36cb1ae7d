// runs: who runs a named programme. The subject of the programme's clause (an
// institution, an aid body's donor, a place), else the nearest donor, else the
// article's donor.

import { PLACE_TYPES, donorOf } from './donors.ts';
import type { Mention } from './mention.ts';
import { nearestDonors, unique, type SentenceContext } from './sentence-context.ts';

const SUBJECT_ADVERBS = /^(先后|积极|创新|常态化|陆续|率先|还|也|已|首次|持续|联合|共同|全力|大力|主动|充分)*/u;
const RUN_VERBS = /^(采取|开展|实施|引入|引进|推行|推出|举办|打造|组织|建立|成立|启动|发起|创新推行|印发|联合印发|梯次开展|研究制定|设立|搭建|促成|推动|在)/u;

export function readRuns({ text, mentions: ms, articleDonor, add }: SentenceContext): void {

  const programmes = ms.filter((m) => m.type === 'program');
  if (programmes.length === 0) return;
  const donorMentions = ms.filter((m) => donorOf(m));
  for (const p of programmes) {
    const subjects = subjectsBefore(text, ms, p);
    const runners = subjects.length > 0
      ? subjects.map((s) => donorOf(s) ?? s.name)
      : donorMentions.length > 0 ? nearestDonors(text, donorMentions, p) : articleDonor ? [articleDonor] : [];
    for (const runner of unique(runners)) add(runner, 'runs', p.name);
  }
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
  if (owner && (owner.type === 'school' || owner.type === 'hospital') && /^[\d年、“”]*$/u.test(text.slice(owner.end, programme.start))) {
    const group = [owner];
    for (let j = before.length - 2; j >= 0 && /^[、和与及]$/u.test(text.slice(before[j]!.end, group[0]!.start)); j--) group.unshift(before[j]!);
    return group;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (m.type === 'company') continue;
    // 在吐鲁番市高昌区实施…: a place chain after 在 is where, not who.
    let chainStart = m.start;
    for (let j = i - 1; j >= 0 && before[j]!.end === chainStart && PLACE_TYPES.includes(before[j]!.type); j--) chainStart = before[j]!.start;
    const preceding = text.slice(Math.max(0, chainStart - 2), chainStart);
    if (/[在于到赴向对与为]$/u.test(preceding)) continue;
    const after = text.slice(m.end, m.end + 12).replace(SUBJECT_ADVERBS, '');
    if (!RUN_VERBS.test(after)) continue;
    if (after.startsWith('在') && !/^在[\u4e00-\u9fff]{2,8}(建立|开展|实施|举办|设立)/u.test(after)) continue;
    // Coordinated subjects: 江西省委组织部、省人社厅、省卫健委、江西援疆前方指挥部联合印发…
    const group = [m];
    for (let j = i - 1; j >= 0; j--) {
      const between = text.slice(before[j]!.end, group[0]!.start);
      if (!/^[、和与及]$/u.test(between)) break;
      group.unshift(before[j]!);
    }
    return group.filter((g) => g.type !== 'company' || group.length === 1);
  }
  return [];
}

