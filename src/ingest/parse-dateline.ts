// Date and source from the dateline that news pages print above (or below) the story:
// "2025-10-11 19:35:03  来源:唐山劳动日报", "2025-07-07 10:58:27 來源: 天山網-新疆日報原創",
// "发布时间：2025年7月7日", "發佈時間：2025/07/07", and agency datelines in the text
// ("新华社乌鲁木齐7月6日电", "本报和田2024年9月3日讯").
import { stripPinyinGlosses } from './strip-pinyin-glosses.js';
import { TrackedText } from './tracked-text.js';

export interface Dateline {
  /** YYYY-MM-DD */
  date?: string;
  source?: string;
  /** The dateline gave month and day only; the year is the latest one the story speaks of as past. */
  dateInferred?: boolean;
}

const HEAD = 3000;
const TAIL = 1500;
const DATE = /((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)/u;
const SOURCE = /[来來]源\s*[:：]\s*([^\s|｜]{2,30})/u;
const LABEL = /(?:发布|發布|發佈|发表|發表|更新|录入|錄入|刊发|刊發)?(?:时间|時間|日期)\s*[:：]/u;
const TIME_OF_DAY = /\d{1,2}:\d{2}/u;
const AGENCY =
  /(?:新华社|新華社|中新社|中新网|中新網|本报|本報|本网|本網|天山网|天山網|人民网|人民網)(?:[\u4e00-\u9fff]{2,6}?)?(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:电|電|讯|訊)/u;

export function parseDateline(text: string): Dateline {
  const head = stripPinyinGlosses(TrackedText.from(text.slice(0, HEAD))).text;
  const result: Dateline = {};
  const lines = head.split('\n').slice(0, 15);
  const tailLines = text.length > HEAD ? text.slice(-TAIL).split('\n').slice(-10) : [];
  for (const line of [...lines, ...tailLines]) {
    if (!isDatelineLine(line)) continue;
    const date = DATE.exec(line);
    if (date && !result.date) result.date = isoDate(date[1]!, date[2]!, date[3]!);
    const source = SOURCE.exec(line);
    if (source && !result.source) result.source = source[1];
  }
  if (result.date) return result;

  const agency = AGENCY.exec(head) ?? AGENCY.exec(text.slice(-TAIL));
  if (agency) {
    const year = agency[1] ? Number(agency[1]) : latestPastYear(text);
    const date = year === undefined ? undefined : isoDate(String(year), agency[2]!, agency[3]!);
    if (date) {
      result.date = date;
      if (!agency[1]) result.dateInferred = true;
    }
  }
  return result;
}

// Only a short line that is a dateline, not a sentence that mentions a date.
function isDatelineLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 80 || !DATE.test(trimmed)) return false;
  if (SOURCE.test(trimmed) || TIME_OF_DAY.test(trimmed) || LABEL.test(trimmed)) return true;
  // A line that is little more than the date ("2025年7月7日 星期一").
  const rest = trimmed.replace(DATE, '').replace(/[日号號]/u, '');
  return !/[，,。；;]/u.test(rest) && (rest.match(/[\u4e00-\u9fff]/gu)?.length ?? 0) <= 6;
}

/**
 * The year of an agency dateline that gives none: the latest year the story names,
 * or the year after it when the story looks back on it as over (截至2024年底, 2024年全年).
 */
function latestPastYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(/((?:19|20)\d{2})年/gu)) latest = Math.max(latest ?? 0, Number(m[1]));
  if (latest === undefined) return undefined;
  const over = new RegExp(`${latest}年(?:底|末|全年|年底|年末)`, 'u');
  return over.test(text) ? latest + 1 : latest;
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const META_DATE =
  /<meta\b[^>]*?(?:name|property|itemprop)\s*=\s*["']?(?:article:published_time|og:release_date|publishdate|pubdate|PubDate|publish_date|datePublished|dc\.date(?:\.issued)?|date)["']?[^>]*>/giu;

/** The publication date an HTML page declares in its <meta> tags (article:published_time, publishdate, PubDate…). */
export function metaDate(html: string): string | undefined {
  for (const tag of html.matchAll(META_DATE)) {
    const content = /\bcontent\s*=\s*["']([^"']*)["']/iu.exec(tag[0]);
    const date = content && DATE.exec(content[1]!);
    const iso = date ? isoDate(date[1]!, date[2]!, date[3]!) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/**
 * A date as a user or a page gives it (2025-07-07, 2025-07-07T10:58:27+08:00,
 * 2025/7/7, 2025年7月7日), as YYYY-MM-DD; undefined when it is not a real date.
 */
export function normaliseDate(text: string): string | undefined {
  const m = /^\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*(?:日|号|[T\s].*)?$/u.exec(text);
  return m ? isoDate(m[1]!, m[2]!, m[3]!) : undefined;
}
