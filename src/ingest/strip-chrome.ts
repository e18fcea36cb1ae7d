// Drop the page furniture that comes with copied news pages: navigation, breadcrumbs,
// share buttons, editor credits, copyright and licence footers, app promotion and spam.
// Runs on Simplified text (after toSimplified). Whole lines go; story lines stay.
import { WHITE_SPACE, hasChar } from './char-set.js';
import type { Edit, TrackedText } from './tracked-text.js';

const SENTENCE_END = /[。！？!?]/;
const SHORT = 60;

const NAV_START = /^(首页|主页|网站首页|返回首页)(\s|$|[|｜])/;
// Linear patterns only: these run on every short line of a 40 MB input.
const BREADCRUMB = /您当前的位置|当前位置[:：]|您的位置|你的位置|[>＞»›][^>＞»›]*[>＞»›]/;
const SHARE = /^[【[]?(分享到|分享至|扫一扫|打印|关闭窗口|返回顶部|字号|收藏本文|手机看)/;
const EDITOR = /(责任编辑|编辑|责编|审核|审校|校对|监制|签发|主编|值班编辑)\s*[:：]/;
const CREDIT = /(来源|作者|策划|设计|页面制作|制作)\s*[:：]/;
// In brackets too, as many sites print it after the story: （记者 张雪 通讯员 刘洋）.
const BYLINE = /^[□■◆●（(【[]?\s*(文\s*[/／|]|图\s*[/／|]|摄影?\s*[/／|]|本报记者|新华社记者|记者\s|通讯员\s)/;
const COPYRIGHT =
  /版权所有|版权声明|版权归|all rights reserved|copyright|©|未经.{0,12}授权|禁止转载|不得转载|转载请注明|本网.{0,30}稿件|许可证|icp备|icp证|公网安备|营业执照|举报热线|举报电话|违法和不良信息|互联网新闻信息服务/i;
const CONTACT = /联系电话|联系我们|电话[:：]|\d{3,4}-\d{7,8}|@[\w-]+\.[a-z]{2,}/i;
const SPAM = /PP电子|娱乐城|博彩|彩票|赌场|百家乐|老虎机|真人娱乐|体育投注|电子游艺|开奖|官方网站|casino/i;
const APP_PROMO = /客户端|官方微博|官方微信|微信公众号|扫码|二维码|关注@|下载app|抖音号|^微信\s*[“"]/i;
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

type Verdict = 'story' | 'chrome' | 'footer';

function isNavigation(line: string): boolean {
  if (NAV_START.test(line)) return true;
  const words = line.split(/\s+/);
  // A row of menu items: many short words, no sentence punctuation.
  return words.length >= 5 && words.every((w) => w.length <= 6) && !/[，。,；]/.test(line);
}

/** Copyright notices run to a few hundred characters; story paragraphs may be longer. */
const LONGEST_NOTICE = 600;

function classify(line: string): Verdict {
  return classifyTrimmed(line.trim());
}

function classifyTrimmed(t: string): Verdict {
  // Most lines are long paragraphs: only a copyright notice can be that long.
  if (t.length > 100) return t.length <= LONGEST_NOTICE && COPYRIGHT.test(t) ? 'footer' : 'story';
  if (NO_WORDS.test(t)) return t === '' ? 'story' : 'chrome';
  // Credit lines are short labels, never clauses: no sentence or clause punctuation.
  const short = t.length <= SHORT && !/[。！？!?，,；;]/.test(t);
  if (COPYRIGHT.test(t)) return 'footer';
  if (short && EDITOR.test(t)) return 'footer';
  if (t.length <= 40 && APP_PROMO.test(t)) return 'footer';
  if (short && (CREDIT.test(t) || BYLINE.test(t))) return 'chrome';
  if (SPAM.test(t) || CONTACT.test(t)) return 'chrome';
  if (isNavigation(t) || BREADCRUMB.test(t) || SHARE.test(t)) return 'chrome';
  return 'story';
}

/** Page chrome by its own look, before the footer rule of chromeLines() that needs the lines around it. */
export function looksLikeChrome(line: string): boolean {
  return classify(line) !== 'story';
}

/**
 * A line that is story text wherever it stands: chromeLines() keeps it whatever the lines
 * around it are (only short unpunctuated lines can fall in a footer).
 */
export function isSureStoryLine(line: string): boolean {
  if (classify(line) !== 'story') return false;
  const t = line.trim();
  return t.length > 30 || SENTENCE_END.test(t);
}

/** A trimmed line that reads as running text: long enough and ending a sentence. */
function isStoryParagraph(t: string): boolean {
  return t.length >= 30 && SENTENCE_END.test(t);
}

/** The lines of `text` (those of text.split('\n')), each trimmed: one string per line that is not blank. */
function trimmedLines(text: string): string[] {
  const lines: string[] = [];
  for (let from = 0; ; ) {
    const br = text.indexOf('\n', from);
    const end = br === -1 ? text.length : br;
    let s = from;
    let e = end;
    while (s < e && hasChar(WHITE_SPACE, text.charCodeAt(s))) s++;
    while (e > s && hasChar(WHITE_SPACE, text.charCodeAt(e - 1))) e--;
    lines.push(s === e ? '' : text.slice(s, e));
    if (br === -1) return lines;
    from = br + 1;
  }
}

/** Per line of `text`: true when the line is page chrome. */
export function chromeLines(text: string): boolean[] {
  const lines = trimmedLines(text);
  // Half the lines are blank: story, and never a footer's.
  const verdicts = lines.map((t): Verdict => (t === '' ? 'story' : classifyTrimmed(t)));
  let lastStory = -1;
  for (let i = 0; i < lines.length; i++) if (verdicts[i] === 'story' && isStoryParagraph(lines[i]!)) lastStory = i;
  // Below the last paragraph of the story, once a footer has begun, short unpunctuated
  // lines are site names and app links ("河山新闻", "张家口新闻网").
  let inFooter = false;
  return lines.map((t, i) => {
    if (verdicts[i] === 'footer' && i > lastStory) inFooter = true;
    if (verdicts[i] !== 'story') return true;
    return inFooter && t !== '' && t.length <= 30 && !SENTENCE_END.test(t);
  });
}

export function stripChrome(tracked: TrackedText): TrackedText {
  const { text } = tracked;
  const drop = chromeLines(text);
  const edits: Edit[] = [];
  // Each dropped line goes with its line break.
  for (let i = 0, start = 0; i < drop.length && start < text.length; i++) {
    const br = text.indexOf('\n', start);
    const end = br === -1 ? text.length : br + 1;
    if (drop[i]) edits.push({ start, end, replacement: '' });
    start = end;
  }
  return tracked.edit(edits);
}
