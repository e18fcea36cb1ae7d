// Companies named without a legal suffix: known brands, the subject of an
// investment clause (天津金开新能在昌吉投资…), and siblings of a company in a
// list (引入阿里巴巴、遥望科技).

import { BOUNDARY_WORDS, CJK } from './lexicon.ts';
import { knownNames } from './known-names.ts';
import type { Mention } from './mention.ts';

const knownCompanies = knownNames('companies.json', 'companies');

const INVEST_SUBJECT = new RegExp(
  `(?:^|[，、：。；,:;\\n]|比如|好比|例如|如|像)([${CJK}]{2,10}?)(?:正在|在)(?=[${CJK}]{2,6}?(?:投资|建设|落户|设立|兴建))`,
  'gu',
);
const LIST_SIBLING = new RegExp(`^、([${CJK}]{2,8}?)(?=[，。；、,;]|等)`, 'u');
const NOT_COMPANY = new RegExp(`(${BOUNDARY_WORDS.filter((w) => w.length > 1).join('|')}|我们|他们|企业|公司|项目|群众|干部|政府|援疆|地区|本地|当地)`, 'u');

export function findCompanies(text: string, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const k of knownCompanies(text)) found.push(company(k.start, k.spelling, k.name));
  INVEST_SUBJECT.lastIndex = 0;
  for (let m = INVEST_SUBJECT.exec(text); m; m = INVEST_SUBJECT.exec(text)) {
    const written = m[1]!;
    const name = written.replace(/^(比如|好比|例如|像)/u, '');
    const start = m.index + m[0].length - written.length - (m[0].endsWith('正在') ? 2 : 1) + (written.length - name.length);
    if (NOT_COMPANY.test(name)) continue;
    if (taken.some((t) => t.start < start + name.length && start < t.end)) continue;
    found.push(company(start, name, name));
  }
  for (const c of [...found, ...taken.filter((t) => t.type === 'company')]) {
    const sibling = LIST_SIBLING.exec(text.slice(c.end, c.end + 12));
    if (sibling && !NOT_COMPANY.test(sibling[1]!)) found.push(company(c.end + 1, sibling[1]!, sibling[1]!));
  }
  return found;
}

function company(start: number, surface: string, name: string): Mention {
  return { start, end: start + surface.length, surface, name, type: 'company', aliases: surface === name ? [] : [surface] };
}
