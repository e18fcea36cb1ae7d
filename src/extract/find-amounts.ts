// Figures that 援疆 reporting states about aid: money (累计投入援疆资金12.6亿元), projects
// (实施援疆项目86个), people sent (选派援疆干部人才300余名), beds, students, patients
// (完成手术5000余例, 筛查21万人次) and jobs (带动3万人就业). Pure, over normalised text;
// Traditional characters (億, 萬, 餘, 個, 張) are read too, so raw text works.
import { charSet, hasChar } from '../ingest/char-set.ts';
import type { Amount, AmountKind } from '../types.ts';
import { parseNumber } from './parse-number.ts';

export interface FoundAmount extends Omit<Amount, 'period'> {
  /** Offsets of `asWritten` in the text searched. */
  start: number;
  end: number;
}

// prefix? number (余|多)? multiplier? (余|多)? unit 左右?
// Sticky: tried only where a figure can start (AMOUNT_STARTS), which is twice as fast as
// letting the pattern look for its own start.
const AMOUNT = new RegExp(
  [
    String.raw`(近|超过|超過|超|逾|约|約|上(?=[百千万萬]))?`,
    String.raw`((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[零〇一二两兩三四五六七八九十百千万萬亿億]+)`,
    String.raw`(余|餘|多)?`,
    String.raw`(千万|千萬|百万|百萬|[十百千万萬亿億])?`,
    String.raw`(余|餘|多)?`,
    String.raw`(元|个|個|项|項|名|位|人次|人|张|張|例)`,
    String.raw`(左右|以上)?`,
  ].join(''),
  'uy',
);
/** The first characters of AMOUNT: its prefixes' and its numbers'. */
const AMOUNT_STARTS = charSet('近超逾约約上0123456789零〇一二两兩三四五六七八九十百千万萬亿億');

// A set, not a pattern: clauseBefore and clauseAfter ask it of up to 40 characters per figure.
const CLAUSE_BREAK = charSet('，,。；;：:！？!?\n');
// Global: lastMatchAt walks them.
const MONEY_CUE = /资金|資金|投入|投资|投資|援助|援建|捐|拨付|撥付|拨款|安排|争取|爭取|补助|補助|奖补|帮扶|幫扶|引资|引資|招商|签约|簽約|到位|支持|建设|建設|实施|實施/gu;
const NOT_AID_MONEY = /工资|工資|月薪|年薪|收入|人均|单价|單價|售价|售價|价格|價格|产值|產值|销售|銷售|营业|營業|交易|成交|生产总值|增收|利润|利潤|税收|稅收|营收|營收|收益|每月|每人|每亩|每畝/gu;
const MEDICAL_CUE = /手术|手術|筛查|篩查|诊疗|診療|接诊|接診|门诊|門診|义诊|義診|救治|治疗|治療|患者|病人|检查|檢查|诊治|診治|病例/u;

/** Every aid figure in `text`, left to right. Numbers that are not one of the kinds are skipped. */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!hasChar(AMOUNT_STARTS, text.charCodeAt(at))) continue;
    AMOUNT.lastIndex = at;
    const m = AMOUNT.exec(text);
    if (!m) continue;
    const [whole, prefix, digits, suffix1, multiplier, suffix2, unit, around] = m;
    const start = m.index;
    const end = start + whole.length;
    at = end - 1; // the next figure starts after this one, as with a global search
    // 第十批, 1-2批 and parts of longer numbers are not amounts.
    if (/[第\d.]/u.test(text[start - 1] ?? '') || !digits) continue;
    const value = parseNumber(digits + (multiplier ?? ''));
    if (value === null || value <= 0) continue;
    const before = clauseBefore(text, start);
    const after = clauseAfter(text, end);
    const kind = kindOf(unit!, before, after);
    if (!kind) continue;
    found.push({
      kind,
      value,
      unit: unitOf(kind, unit!),
      asWritten: whole,
      approx: Boolean(prefix || suffix1 || suffix2 || around),
      start,
      end,
    });
  }
  return found;
}

function kindOf(unit: string, before: string, after: string): AmountKind | undefined {
  switch (unit) {
    case '元':
      if (after.startsWith('/') || after.startsWith('每')) return undefined;
      return moneyCueWins(before, after) ? 'money' : undefined;
    case '个':
    case '個':
    case '项':
    case '項':
      if (/^(?:就业|就業)?岗位|^(?:就业|就業)?崗位/u.test(after)) return 'jobs';
      if (/^[\u4e00-\u9fff]{0,4}?(?:项目|項目)/u.test(after) || /(?:项目|項目)(?:总数|總數|数量|數量)?(?:达|達|共|计|計|累计|累計)?$/u.test(before)) return 'projects';
      if (/(?:就业|就業)(?:岗位|崗位)(?:达|達|共)?$/u.test(before)) return 'jobs';
      return undefined;
    case '张':
    case '張':
      return /^(?:病床|床位|张床|張床)/u.test(after) || /(?:床位|病床)(?:数|數)?(?:达|達|共)?$/u.test(before) ? 'beds' : undefined;
    case '例':
      return MEDICAL_CUE.test(before) ? 'patients' : undefined;
    case '人次':
      return MEDICAL_CUE.test(before) || /^(?:患者|病人)/u.test(after) ? 'patients' : undefined;
    default:
      return personKind(before, after);
  }
}

// 名, 位, 人: who are they?
function personKind(before: string, after: string): AmountKind | undefined {
  // Sent by the donor: 援疆 or 支教 in the noun (777名江西援疆干部人才, 51名柔性援疆医生), or a sending verb before.
  if (/^[\u4e00-\u9fff]{0,4}?(?:援疆|支教|援派)/u.test(after)) return 'people';
  if (/^(?:学生|學生|学子|學子|在校生|中小学生|中小學生|大学生|大學生|毕业生|畢業生)/u.test(after)) return 'students';
  if (/^(?:患者|病人|病患)/u.test(after)) return 'patients';
  if (/^(?:实现|實現|稳定|穩定)?(?:就业|就業)/u.test(after)) return 'jobs';
  if (/(?:选派|選派|派出|派遣)[\u4e00-\u9fff]{0,3}(?:干部|幹部|人才|教师|教師|医生|醫生|专家|專家|医护|醫護|人员|人員)?(?:共|累计|累計)?$/u.test(before) && /^(?:[\u4e00-\u9fff]{0,4}(?:干部|幹部|人才|教师|教師|医生|醫生|专家|專家|医护|醫護|人员|人員)|[，,。；]|$)/u.test(after)) return 'people';
  const tail = before.replace(/(?:共|累计|累計|总数|總數|达到|達到|达|達|计|計|超过|超過|近|约|約)+$/u, '');
  if (/(?:选派|選派|派出|派遣|选派援疆|干部人才|幹部人才|援疆干部|援疆幹部|援疆人才|援疆教师|援疆教師|援疆医生|援疆醫生|支教教师|专家|專家)$/u.test(tail)) return 'people';
  if (/(?:学生|學生|学子|學子|在校生)$/u.test(tail)) return 'students';
  if (/(?:患者|病人)$/u.test(tail)) return 'patients';
  if (/(?:就业|就業)$/u.test(tail)) return 'jobs';
  return undefined;
}

/** The nearest cue before the figure decides; a cue right after it ("5亿元援疆资金") counts too. */
function moneyCueWins(before: string, after: string): boolean {
  const aid = lastMatchAt(MONEY_CUE, before);
  const notAid = lastMatchAt(NOT_AID_MONEY, before);
  if (aid >= 0 || notAid >= 0) return aid > notAid;
  return /^(?:援疆)?(?:资金|資金)/u.test(after);
}

/** Where the last match of a global pattern starts in `text`, or -1. */
function lastMatchAt(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) last = m.index;
  return last;
}

function unitOf(kind: AmountKind, unit: string): string {
  if (kind === 'money') return '元';
  return { 個: '个', 項: '项', 張: '张' }[unit] ?? unit;
}

function clauseBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 40 && !hasChar(CLAUSE_BREAK, text.charCodeAt(start - 1))) start--;
  return text.slice(start, at);
}

function clauseAfter(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < 12 && !hasChar(CLAUSE_BREAK, text.charCodeAt(end))) end++;
  return text.slice(at, end);
}
