// Regenerates the division TSVs from the Ministry of Civil Affairs' county-level and
// higher division codes (民政部 县级以上行政区划代码, state at 2024-12-31, kept in
// ../sources/mca-2024.txt as `code name` lines) plus the hand-kept tables below.
// Run: tsx src/gazetteer/tools/generate-divisions.ts [codes-file]
// (tests/gazetteer/generated.test.ts checks that the TSVs are what this script makes).
// The TSVs are the data of record; this script documents how their aliases were made.
// After a change, also rerun generate-short-form-words.ts (it reads the TSVs).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Row = { code: string; name: string; parent?: string; aliases: string[]; division?: string };

const here = new URL('..', import.meta.url).pathname;

/** The file of each province's county-level units. */
const COUNTY_FILES: Record<string, string> = {
  '11': 'beijing', '12': 'tianjin', '13': 'hebei', '14': 'shanxi', '15': 'neimenggu', '21': 'liaoning',
  '22': 'jilin', '23': 'heilongjiang', '31': 'shanghai', '32': 'jiangsu', '33': 'zhejiang', '34': 'anhui',
  '35': 'fujian', '36': 'jiangxi', '37': 'shandong', '41': 'henan', '42': 'hubei', '43': 'hunan',
  '44': 'guangdong', '45': 'guangxi', '46': 'hainan', '50': 'chongqing', '51': 'sichuan', '52': 'guizhou',
  '53': 'yunnan', '54': 'xizang', '61': 'shaanxi', '62': 'gansu', '63': 'qinghai', '64': 'ningxia',
  '65': 'xinjiang',
};

const PROVINCE_ABBR: Record<string, string[]> = {
  北京市: ['京'], 天津市: ['津'], 河北省: ['冀'], 山西省: ['晋'], 内蒙古自治区: ['蒙'], 辽宁省: ['辽'],
  吉林省: ['吉'], 黑龙江省: ['黑'], 上海市: ['沪'], 江苏省: ['苏'], 浙江省: ['浙'], 安徽省: ['皖'],
  福建省: ['闽'], 江西省: ['赣'], 山东省: ['鲁'], 河南省: ['豫'], 湖北省: ['鄂'], 湖南省: ['湘'],
  广东省: ['粤'], 广西壮族自治区: ['桂'], 海南省: ['琼'], 重庆市: ['渝'], 四川省: ['川', '蜀'],
  贵州省: ['贵', '黔'], 云南省: ['云', '滇'], 西藏自治区: ['藏'], 陕西省: ['陕', '秦'], 甘肃省: ['甘', '陇'],
  青海省: ['青'], 宁夏回族自治区: ['宁'], 新疆维吾尔自治区: ['新'], 台湾省: ['台'],
  香港特别行政区: ['港'], 澳门特别行政区: ['澳'],
};

const PROVINCE_EXTRA: Row[] = [{ code: '66', name: '新疆生产建设兵团', aliases: ['兵团', '新疆兵团'] }];

/** Conventional short forms that no suffix rule yields. */
const EXTRA_ALIASES: Record<string, string[]> = {
  内蒙古自治区: ['内蒙'],
  巴音郭楞蒙古自治州: ['巴州'],
  克孜勒苏柯尔克孜自治州: ['克州'],
  博尔塔拉蒙古自治州: ['博州'],
  塔什库尔干塔吉克自治县: ['塔县'],
};

/** Autonomous prefectures whose "<base>州" is not in use (they have a one-character form instead). */
const NO_BASE_ZHOU = new Set(['巴音郭楞蒙古自治州', '克孜勒苏柯尔克孜自治州', '博尔塔拉蒙古自治州']);

/**
 * Prefecture short forms that are everyday words (朝阳 morning sun, 日照 sunshine, 来宾 guests);
 * the full name still matches. jieba's tags cannot tell these from prefecture names (it tags 保定,
 * 大连, 开封 as verbs or adverbs), so they stay a hand list. County-level short forms are judged from
 * jieba's dictionary instead: see generate-short-form-words.ts.
 */
const PREFECTURE_WORDS = new Set(['朝阳', '白银', '来宾', '北海', '日照', '安康', '山南']);

const ETHNIC = [
  '维吾尔族', '哈萨克族', '柯尔克孜族', '蒙古族', '回族', '满族', '朝鲜族', '土家族', '苗族', '侗族', '瑶族',
  '畲族', '壮族', '彝族', '藏族', '羌族', '白族', '傣族', '布依族', '仡佬族', '水族', '土族', '撒拉族',
  '东乡族', '保安族', '裕固族', '纳西族', '傈僳族', '拉祜族', '佤族', '哈尼族', '景颇族', '怒族', '普米族',
  '独龙族', '阿昌族', '德昂族', '基诺族', '布朗族', '毛南族', '仫佬族', '黎族', '达斡尔族', '鄂温克族',
  '鄂伦春族', '锡伯族', '塔吉克族', '各族', '哈萨克', '柯尔克孜', '蒙古', '锡伯', '塔吉克', '鄂伦春',
];

function stripEthnic(base: string): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC) {
      if (base.endsWith(e) && base.length > e.length + 1) {
        base = base.slice(0, -e.length);
        changed = true;
      }
    }
  }
  return base;
}

function provinceShort(name: string): string {
  for (const suffix of ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '省', '市']) {
    if (name.endsWith(suffix)) return name.slice(0, -suffix.length);
  }
  return name;
}

function prefectureShorts(name: string): string[] {
  if (name.endsWith('自治州')) {
    const base = stripEthnic(name.slice(0, -3));
    return NO_BASE_ZHOU.has(name) ? [base] : [base, `${base}州`];
  }
  for (const suffix of ['地区', '盟', '市']) {
    if (name.endsWith(suffix)) return [name.slice(0, -suffix.length)].filter((short) => !PREFECTURE_WORDS.has(short));
  }
  return [];
}

function countyShort(name: string): string | undefined {
  let base: string;
  if (name.endsWith('自治县') || name.endsWith('自治旗')) base = stripEthnic(name.slice(0, -3));
  else if (name.endsWith('新区') || name === '神农架林区') base = name.slice(0, -2);
  else if (/管理区$/.test(name)) base = name.slice(0, -3);
  else if (/[县市区旗]$/.test(name)) base = stripEthnic(name.slice(0, -1));
  else return undefined;
  return base.length >= 2 ? base : undefined;
}

/** `code name` lines, one unit each; the level is in the code (pp0000 province, ppcc00 prefecture). */
function parseCodes(text: string): Array<{ code: string; name: string }> {
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([code, name]) => /^\d{6}$/.test(code ?? '') && name)
    .map(([code, name]) => ({ code: code!, name: name! }));
}

/** The division TSVs made from the code list: file path (under src/gazetteer/) → content. */
export function divisionTables(codes: string): Map<string, string> {
  const units = parseCodes(codes);
  const provinces: Row[] = units.filter((u) => u.code.endsWith('0000')).map((u) => ({ code: u.code.slice(0, 2), name: u.name, aliases: [] }));
  provinces.push(...PROVINCE_EXTRA);
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  for (const p of provinces) {
    const short = provinceShort(p.name);
    if (short !== p.name && p.name !== '新疆生产建设兵团') p.aliases.unshift(short);
    p.aliases.push(...(EXTRA_ALIASES[p.name] ?? []));
  }

  const prefectures: Row[] = [];
  const prefectureByCode = new Map<string, Row>();
  for (const { code, name } of units.filter((u) => u.code.endsWith('00') && !u.code.endsWith('0000'))) {
    const row: Row = { code: code.slice(0, 4), name, parent: provinceByCode.get(code.slice(0, 2))!.name, aliases: [] };
    row.aliases.push(...prefectureShorts(name), ...(EXTRA_ALIASES[name] ?? []));
    prefectures.push(row);
    prefectureByCode.set(row.code, row);
  }
  prefectures.push(...bingtuanDivisions());

  const counties: Row[] = [];
  for (const { code, name } of units.filter((u) => !u.code.endsWith('00'))) {
    // Units directly under a province (仙桃市, the 兵团 cities) have no prefecture code.
    const parent = prefectureByCode.get(code.slice(0, 4))?.name ?? provinceByCode.get(code.slice(0, 2))!.name;
    counties.push({ code, name, parent, aliases: [], division: BINGTUAN_CITY_DIVISION[name] });
  }

  qualifyDuplicateNames(counties);
  const byName = new Map([...provinces, ...prefectures, ...counties].map((r) => [r.name, r]));
  for (const county of counties) {
    const bare = county.name.startsWith(county.parent!) ? county.name.slice(county.parent!.length) : county.name;
    if (bare !== county.name) county.aliases.push(bare);
    const short = countyShort(bare);
    if (short && !ancestorNames(county, byName).has(short)) county.aliases.push(short);
    county.aliases.push(...(EXTRA_ALIASES[county.name] ?? []));
  }
  markAmbiguous([...provinces, ...prefectures, ...counties]);

  const tables = new Map<string, string>();
  tables.set('provinces.tsv', tsv(['code', 'name', 'abbr', 'aliases'], provinces.map((p) => [p.code, p.name, (PROVINCE_ABBR[p.name] ?? []).join(' '), p.aliases.join(' ')])));
  tables.set('prefectures.tsv', tsv(['code', 'name', 'parent', 'aliases'], prefectures.map((p) => [p.code, p.name, p.parent!, p.aliases.join(' ')])));
  for (const [provinceCode, file] of Object.entries(COUNTY_FILES)) {
    const rows = counties.filter((c) => c.code.startsWith(provinceCode));
    tables.set(`counties/${file}.tsv`, tsv(['code', 'name', 'parent', 'aliases', 'division'], rows.map((c) => [c.code, c.name, c.parent!, c.aliases.join(' '), c.division ?? ''])));
  }
  return tables;
}

const BINGTUAN_CITY_DIVISION: Record<string, string> = {
  阿拉尔市: '新疆生产建设兵团第一师', 铁门关市: '新疆生产建设兵团第二师', 图木舒克市: '新疆生产建设兵团第三师',
  可克达拉市: '新疆生产建设兵团第四师', 双河市: '新疆生产建设兵团第五师', 五家渠市: '新疆生产建设兵团第六师',
  胡杨河市: '新疆生产建设兵团第七师', 石河子市: '新疆生产建设兵团第八师', 白杨市: '新疆生产建设兵团第九师',
  北屯市: '新疆生产建设兵团第十师', 新星市: '新疆生产建设兵团第十三师', 昆玉市: '新疆生产建设兵团第十四师',
};

function bingtuanDivisions(): Row[] {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
  return numerals.map((n, i) => ({
    code: `66${String(i + 1).padStart(2, '0')}`,
    name: `新疆生产建设兵团第${n}师`,
    parent: '新疆生产建设兵团',
    aliases: [`兵团第${n}师`, `兵团${n}师`, `第${n}师`, `${n}师`],
  }));
}

/** Two county-level units with one name get their prefecture's name in front (北京市朝阳区). */
function qualifyDuplicateNames(counties: Row[]): void {
  const count = new Map<string, number>();
  for (const c of counties) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  for (const c of counties) if (count.get(c.name)! > 1) c.name = `${c.parent}${c.name}`;
}

function ancestorNames(row: Row, byName: Map<string, Row>): Set<string> {
  const names = new Set<string>();
  for (let p = row.parent ? byName.get(row.parent) : undefined; p; p = p.parent ? byName.get(p.parent) : undefined) {
    names.add(p.name);
    for (const a of p.aliases) names.add(a);
  }
  return names;
}

const RANK = (r: Row): number => (!r.parent ? 0 : r.code.length === 6 ? 2 : 1);

/**
 * A short form held by units of different levels belongs to the highest level (吉林 is the province,
 * 西安 the prefecture); one shared within that level is marked ambiguous with a trailing '?'.
 */
function markAmbiguous(rows: Row[]): void {
  const holders = new Map<string, Row[]>();
  for (const r of rows) for (const a of new Set([r.name, ...r.aliases])) holders.set(a, [...(holders.get(a) ?? []), r]);
  for (const r of rows) {
    const kept: string[] = [];
    for (const a of new Set(r.aliases)) {
      const owners = holders.get(a)!;
      const best = Math.min(...owners.map(RANK));
      if (RANK(r) > best) continue;
      kept.push(owners.filter((o) => RANK(o) === best).length > 1 ? `${a}?` : a);
    }
    r.aliases = kept;
  }
}

function tsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((cells) => cells.join('\t')).join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const tables = divisionTables(readFileSync(process.argv[2] ?? join(here, 'sources', 'mca-2024.txt'), 'utf8'));
  mkdirSync(join(here, 'counties'), { recursive: true });
  for (const [file, content] of tables) writeFileSync(join(here, file), content);
}
