// A synthetic corpus for scale: N articles recombined from the seeds' sentences, with every
// entity mention swapped for another name of the same type (gazetteer places on the same
// side — Xinjiang or donor — and generated institutions), so the graph grows with N.
// A share is in Traditional script, some with pinyin glosses, page chrome or "spun" words.
// Deterministic: the same count and seed give byte-identical files.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

import { findMentions } from '../src/extract/find-mentions.ts';
import { getGazetteer } from '../src/extract/gazetteer.ts';
import type { Division } from '../src/extract/gazetteer.ts';
import { normalise } from '../src/ingest/normalise.ts';
import { splitSentences } from '../src/ingest/sentences.ts';
import { chromeLines } from '../src/ingest/strip-chrome.ts';
import type { Article, NodeType } from '../src/types.ts';
import { createRandom } from './random.ts';
import type { Random } from './random.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS_DIR = join(ROOT, 'seeds');
export const CORPUS_DIR = join(ROOT, 'bench', 'corpus');

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Shares of articles with each kind of noise (defaults: 0.25, 0.4 of Traditional ones, 0.3, 0.05). */
  traditional?: number;
  glossed?: number;
  chrome?: number;
  spun?: number;
}

export interface CorpusArticle extends Article {
  /** How the article was made, for tests and the report. */
  traits: { traditional: boolean; glossed: boolean; chrome: boolean; spun: boolean };
}

interface Slot {
  type: NodeType;
  xinjiang: boolean;
}
type Template = Array<string | Slot>;

// ---------------------------------------------------------------- templates from the seeds

interface Templates {
  withEntities: Template[];
  filler: string[];
  chrome: { header: string[]; footer: string[] };
}

const XINJIANG = new Set(['新疆维吾尔自治区', '新疆生产建设兵团']);

function inXinjiang(name: string): boolean {
  if (XINJIANG.has(name)) return true;
  return getGazetteer()
    .ancestors(name)
    .some((a) => XINJIANG.has(a.name));
}

/** Side of a mention: a place or institution in Xinjiang (recipient) or elsewhere (donor). */
function sideOf(name: string, type: NodeType, place?: string): boolean {
  if (type === 'province' || type === 'prefecture' || type === 'county') return inXinjiang(name);
  if (place) return inXinjiang(place);
  const first = getGazetteer().scan(name)[0];
  return first ? inXinjiang(first.division.name) : true;
}

let cachedTemplates: Templates | undefined;

export function seedTemplates(seedsDir = SEEDS_DIR): Templates {
  if (cachedTemplates) return cachedTemplates;
  const withEntities: Template[] = [];
  const filler: string[] = [];
  const header: string[] = [];
  const footer: string[] = [];
  for (const file of readdirSync(seedsDir).sort()) {
    const raw = readFileSync(join(seedsDir, file), 'utf8');
    const doc = normalise({ id: file, text: raw });
    // Chrome lines of the seed (after conversion, so their patterns match), kept as written.
    const lines = raw.split('\n');
    const flags = chromeLines(raw);
    lines.forEach((line, i) => {
      const t = line.trim();
      if (flags[i] && t) (i < lines.length / 2 ? header : footer).push(t);
    });
    const mentions = findMentions(doc.text)
      .filter((m) => m.name && !m.nested)
      .sort((a, b) => a.start - b.start);
    for (const s of splitSentences(doc.text)) {
      const sentence = doc.text.slice(s.start, s.end).trim();
      if (sentence.length < 12 || sentence.length > 260 || !/[。！？]$/u.test(sentence)) continue;
      const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      if (inside.length === 0) {
        filler.push(sentence);
        continue;
      }
      const template: Template = [];
      let at = s.start;
      for (const m of inside) {
        if (m.start < at) continue;
        template.push(doc.text.slice(at, m.start));
        template.push({ type: m.type, xinjiang: sideOf(m.name, m.type, m.place) });
        at = m.end;
      }
      template.push(doc.text.slice(at, s.end));
      // Trim the whitespace the sentence span may carry at either end.
      template[0] = (template[0] as string).trimStart();
      template[template.length - 1] = (template.at(-1) as string).trimEnd();
      withEntities.push(template);
    }
  }
  const fallbackHeader = ['首页 新闻中心 援疆动态 图片新闻 专题 视频 数字报', '您当前的位置:首页 > 新闻中心 > 援疆'];
  const fallbackFooter = ['责任编辑：王晓', '版权所有 未经书面授权禁止转载', '分享到：'];
  cachedTemplates = {
    withEntities,
    filler,
    chrome: { header: header.length ? header : fallbackHeader, footer: [...footer, ...fallbackFooter] },
  };
  return cachedTemplates;
}

// ---------------------------------------------------------------- names

const NAME_CHARS = '阿克苏托格拉塔什和布伦口巴音吉木乌恰伽师莎车泽普叶城英买力库尔勒且末若羌尼雅昆仑天山雪松石榴胡杨红柳金沙丝路玉龙博斯腾赛里木喀拉昆仑明珠';
const HOSPITALS = ['人民医院', '中医医院', '妇幼保健院', '第二人民医院', '维吾尔医医院', '疾病预防控制中心'];
const SCHOOLS = ['第一中学', '第二中学', '第三中学', '实验中学', '第一小学', '第二小学', '职业技术学校', '幼儿园', '高级中学'];
const INDUSTRIES = ['纺织', '食品', '服装', '电子', '农业科技', '新能源', '物流', '建材', '畜牧', '果业'];
const COMPANY_ENDS = ['有限公司', '有限责任公司', '集团', '股份有限公司'];
const BUREAUS = ['教育局', '卫生健康委员会', '人力资源和社会保障局', '农业农村局', '文化体育广播电视和旅游局', '商务和工业信息化局'];
const PROGRAMME_ENDS = ['计划', '工程', '行动', '书屋', '课堂'];
const PROGRAMME_WORDS = ['石榴籽', '蒲公英', '红杜鹃', '向日葵', '光明', '春蕾', '暖心', '同心', '雪莲', '启航', '阳光', '胡杨', '天山', '丝路'];
const FACILITY_ENDS = ['产业园', '工业园', '创业孵化基地', '远程医疗中心', '技能培训中心', '文化馆'];

interface NamePools {
  places: Record<'province' | 'prefecture' | 'county', { xinjiang: Division[]; donor: Division[] }>;
}

let cachedPools: NamePools | undefined;
function namePools(): NamePools {
  if (cachedPools) return cachedPools;
  const pools = {
    province: { xinjiang: [] as Division[], donor: [] as Division[] },
    prefecture: { xinjiang: [] as Division[], donor: [] as Division[] },
    county: { xinjiang: [] as Division[], donor: [] as Division[] },
  };
  for (const d of getGazetteer().all()) pools[d.type][inXinjiang(d.name) ? 'xinjiang' : 'donor'].push(d);
  cachedPools = { places: pools };
  return cachedPools;
}

function placeName(random: Random, type: 'province' | 'prefecture' | 'county', xinjiang: boolean): string {
  const pool = namePools().places[type][xinjiang ? 'xinjiang' : 'donor'];
  const division = random.skewed(pool, 1.6);
  // Mostly the full name; sometimes a short form that names only this unit.
  const safe = division.aliases.filter((a) => a.length >= 2 && !(division.ambiguous ?? []).includes(a));
  return safe.length && random.chance(0.2) ? random.pick(safe) : division.name;
}

function localName(random: Random): string {
  return NAME_CHARS[random.int(NAME_CHARS.length)]! + NAME_CHARS[random.int(NAME_CHARS.length)]!;
}

function nameFor(random: Random, slot: Slot): string {
  const county = () => placeName(random, 'county', slot.xinjiang);
  const city = () => placeName(random, slot.xinjiang ? 'county' : 'prefecture', slot.xinjiang);
  switch (slot.type) {
    case 'province':
    case 'prefecture':
    case 'county':
      return placeName(random, slot.type, slot.xinjiang);
    case 'township':
      return `${localName(random)}${random.pick(['乡', '镇'])}`;
    case 'village':
      return `${localName(random)}${random.pick(['村', '社区'])}`;
    case 'hospital':
      return `${city()}${random.skewed(HOSPITALS)}`;
    case 'school':
      return `${county()}${random.skewed(SCHOOLS)}`;
    case 'company':
      return `${localName(random)}${random.pick(INDUSTRIES)}${random.pick(COMPANY_ENDS)}`;
    case 'agency':
      return slot.xinjiang
        ? `${county()}${random.pick(BUREAUS)}`
        : `${placeName(random, 'province', false)}援疆前方指挥部`;
    case 'program':
      return `${random.pick(PROGRAMME_WORDS)}${random.pick(PROGRAMME_ENDS)}`;
    case 'facility':
      return `${placeName(random, 'county', true)}${localName(random)}${random.pick(FACILITY_ENDS)}`;
    default:
      return county();
  }
}

function fillTemplate(random: Random, template: Template): string {
  return template.map((piece) => (typeof piece === 'string' ? piece : nameFor(random, piece))).join('');
}

// ---------------------------------------------------------------- noise

let toTraditional: ((text: string) => string) | undefined;
function traditional(text: string): string {
  const convert = (toTraditional ??= OpenCC.ConverterFactory(OpenCC.Locale.from.cn, OpenCC.Locale.to.tw));
  return convert(text);
}

/** `产(chǎn)业(yè)`: a pinyin gloss after some characters, as copied from annotated pages. */
function addGlosses(random: Random, text: string): string {
  let out = '';
  let run = 0;
  for (const ch of text) {
    out += ch;
    if (/\p{Script=Han}/u.test(ch)) {
      // Glosses come in runs over a word or two, as on the seed pages.
      if (run > 0 || random.chance(0.03)) {
        run = run > 0 ? run - 1 : random.int(3);
        out += `(${pinyin(ch, { toneType: 'symbol' })})`;
      }
    } else run = 0;
  }
  return out;
}

let spinTable: Array<[string, string]> | undefined;
/** The rewrite table read backwards: real words swapped for the "spun" ones. */
function spin(text: string): string {
  spinTable ??= (
    JSON.parse(readFileSync(join(ROOT, 'src/gazetteer/rewrite-substitutions.json'), 'utf8')) as Array<[string, string, { telltale?: boolean }?]>
  )
    .filter(([spun, real, guard]) => guard?.telltale && real.length >= 2 && spun.length >= 2)
    .map(([spun, real]) => [real, spun]);
  let out = text;
  for (const [real, spun] of spinTable) out = out.split(real).join(spun);
  return out;
}

// ---------------------------------------------------------------- articles

const SOURCES = ['新疆日报', '天山网', '人民网', '新华网', '中国新闻网', '石榴云', '央广网', '光明网'];
const TITLE_ENDS = ['援疆工作综述', '援疆纪实', '：携手共绘新画卷', '：产业援疆结硕果', '对口支援工作取得新成效', '：山海情深谱新篇'];

/** Article `index` of the corpus of this seed: independent of the others, so any slice is reproducible. */
export function makeArticle(index: number, options: CorpusOptions): CorpusArticle {
  const seed = options.seed ?? 1;
  const random = createRandom((seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const { withEntities, filler, chrome } = seedTemplates();

  const donor = placeName(random, 'province', false);
  const recipient = placeName(random, random.chance(0.5) ? 'county' : 'prefecture', true);
  const title = `${donor}对口支援${recipient}${random.pick(TITLE_ENDS)}`;
  const date = `2025-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
  const dateline = `${date} ${String(random.int(24)).padStart(2, '0')}:${String(random.int(60)).padStart(2, '0')}  来源：${random.pick(SOURCES)}`;

  // About 4 KB of UTF-8 text on average (1,300 characters of Chinese).
  const targetChars = 620 + random.int(1200);
  const paragraphs: string[] = [];
  let chars = 0;
  while (chars < targetChars) {
    const sentences: string[] = [];
    const n = 2 + random.int(4);
    for (let i = 0; i < n; i++)
      sentences.push(random.chance(0.75) ? fillTemplate(random, random.pick(withEntities)) : random.pick(filler));
    const paragraph = sentences.join('');
    paragraphs.push(`  ${paragraph}`);
    chars += paragraph.length;
  }
  let body = [title, '', dateline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

  const traits = {
    traditional: random.chance(options.traditional ?? 0.25),
    glossed: false,
    chrome: random.chance(options.chrome ?? 0.3),
    spun: false,
  };
  if (!traits.traditional) traits.spun = random.chance(options.spun ?? 0.05);
  if (traits.spun) body = spin(body);
  if (traits.traditional) {
    traits.glossed = random.chance(options.glossed ?? 0.4);
    if (traits.glossed) body = addGlosses(random, body);
    body = traditional(body);
  }
  if (traits.chrome) {
    const head = Array.from({ length: 1 + random.int(3) }, () => random.pick(chrome.header));
    const foot = Array.from({ length: 1 + random.int(3) }, () => random.pick(chrome.footer));
    body = `${head.join('\n')}\n\n${body}\n${foot.join('\n')}\n`;
  }
  return { id: articleId(index), text: body, traits };
}

export function articleId(index: number): string {
  return `bench_${String(index).padStart(6, '0')}`;
}

export function makeCorpus(options: CorpusOptions): CorpusArticle[] {
  if (!Number.isInteger(options.count) || options.count < 1) throw new Error(`corpus size must be a positive integer, got ${options.count}`);
  return Array.from({ length: options.count }, (_, i) => makeArticle(i, options));
}

/**
 * The corpus as files in bench/corpus/n<N>-s<seed>/, made once and reused: a
 * manifest written last marks a complete directory.
 */
export function ensureCorpus(count: number, seed = 1, log: (line: string) => void = () => {}): { dir: string; made: boolean; bytes: number } {
  const dir = join(CORPUS_DIR, `n${count}-s${seed}`);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const data = JSON.parse(readFileSync(manifest, 'utf8')) as { count: number; seed: number; bytes: number };
    if (data.count === count && data.seed === seed) return { dir, made: false, bytes: data.bytes };
  }
  log(`making a corpus of ${count} articles (seed ${seed}) in ${dir} …`);
  const temp = `${dir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  let bytes = 0;
  const traits = { traditional: 0, glossed: 0, chrome: 0, spun: 0 };
  for (let i = 0; i < count; i++) {
    const article = makeArticle(i, { count, seed });
    const data = Buffer.from(article.text, 'utf8');
    bytes += data.length;
    for (const key of Object.keys(traits) as Array<keyof typeof traits>) if (article.traits[key]) traits[key]++;
    writeFileSync(join(temp, `${article.id}.txt`), data);
  }
  writeFileSync(join(temp, 'manifest.json'), JSON.stringify({ count, seed, bytes, traits }, null, 2));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(CORPUS_DIR, { recursive: true });
  renameSync(temp, dir);
  return { dir, made: true, bytes };
}
