// The shorter names a company goes by: its registered name without the legal
// suffix (上海月星集团有限公司 → 上海月星集团), without its place (→ 月星集团),
// and without both. An article that names the company by one of them names
// the same company.

import { getGazetteer } from './gazetteer.ts';
import { GROUP_HEAD, INDUSTRY_WORDS, LEGAL_SUFFIXES, anyOf } from './lexicon.ts';

const INDUSTRY_END = new RegExp(`${anyOf(INDUSTRY_WORDS)}$`, 'u');
const LEGAL_SUFFIX = new RegExp(`${anyOf(LEGAL_SUFFIXES)}$`, 'u');
const GROUP_END = new RegExp(`${anyOf([GROUP_HEAD])}$`, 'u');
const GROUP = GROUP_HEAD;
const GROUP_IN_BRACKETS = new RegExp(`[（(]${anyOf([GROUP_HEAD])}[）)]`, 'u');

// A name's short forms depend on the name alone: each is worked out once (returned copies).
const known = new Map<string, string[]>();

export function companyShortForms(name: string): string[] {
  let forms = known.get(name);
  if (!forms) {
    forms = shortForms(name);
    if (known.size >= 100_000) known.clear();
    known.set(name, forms);
  }
  return [...forms];
}

function shortForms(name: string): string[] {
  const forms = new Set<string>();
  // 新疆中泰（集团）有限责任公司 is written 新疆中泰集团 and 中泰集团.
  const grouped = name.replace(GROUP_IN_BRACKETS, GROUP);
  if (grouped !== name) forms.add(grouped.replace(LEGAL_SUFFIX, ''));
  const bare = grouped.replace(LEGAL_SUFFIX, '');
  if (bare !== name && bare.length >= 3) forms.add(bare);
  for (const form of [name, bare]) {
    const prefix = getGazetteer().resolvePlacePrefix(form);
    if (prefix && hasBrand(prefix.rest)) forms.add(prefix.rest);
  }
  // 京和纺织科技 → 京和纺织: a second industry word after the first is often dropped.
  for (const form of [...forms]) {
    const shorter = form.replace(INDUSTRY_END, '');
    if (shorter !== form && shorter.length >= 4 && INDUSTRY_END.test(shorter) && hasBrand(shorter)) forms.add(shorter);
  }
  forms.delete(name);
  return [...forms];
}

/** Whether a name keeps two characters of its own once legal suffix and industry words go (纺织控股 does not). */
function hasBrand(name: string): boolean {
  let rest = name.replace(LEGAL_SUFFIX, '').replace(GROUP_END, '');
  for (let shorter = rest.replace(INDUSTRY_END, ''); shorter !== rest; shorter = rest.replace(INDUSTRY_END, '')) rest = shorter;
  return rest.length >= 2;
}
