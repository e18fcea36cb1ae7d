// Every word list of the extraction: how articles of this genre name things and
// state relations. They follow the language (suffixes, verbs, function words),
// not any one article. Grouped by the recogniser that reads them; the modules
// build their regular expressions from these lists once, at load.

import type { NodeType } from '../types.ts';

/** A regular expression source matching any of `words` (escaped, longest first); none at all when the list is empty. */
export function anyOf(words: readonly string[]): string {
  if (words.length === 0) return '(?:(?!))';
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`;
}

/** A regular expression source matching any of `patterns` (regular expressions each, in their order); none when the list is empty. */
export function anyPattern(patterns: readonly string[]): string {
  return patterns.length === 0 ? '(?:(?!))' : `(?:${patterns.join('|')})`;
}

// ---------------------------------------------------------------------------
// Characters, numbers and joiners (every recogniser)

/** The ranges of Chinese characters, for character classes. */
export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Chinese numerals (一 … 十, 百, 零, 两). */
export const NUMERALS = '一二三四五六七八九十百零〇两';
/** The numerals of ordinals and small counts (第三师, 第十批, 十大工程). */
export const ORDINAL_NUMERALS = '一二三四五六七八九十';
/** The numerals of small counts (两项, 十大工程). */
export const COUNT_NUMERALS = `${ORDINAL_NUMERALS}两`;
/** The ordinal prefix (第一, 第十批). */
export const ORDINAL = '第';
/** A batch of aid cadres (第十批), as a regular expression. */
export const BATCH = `第[${NUMERALS}]+批`;
/** One batch or two joined (第十批, 第九、十批), as a regular expression. */
export const BATCH_RANGE = `第[${ORDINAL_NUMERALS}]+(?:[、和][${ORDINAL_NUMERALS}]+)?批`;
/** Marks and conjunctions that join the items of a list (A、B和C). */
export const LIST_JOINERS = ['、', '和', '及', '与'];
/** Conjunctions that coordinate two names (A与B); one with a single character before it is inside a name (京和纺织). */
export const COORDINATORS = ['和', '与', '及', '同'];
/** Conjunctions that join two institutions' names (A和B, A跟B). */
export const CONJUNCTIONS = [...COORDINATORS, '跟'];
/** Words that close a list (A、B、C等企业). */
export const LIST_CLOSERS = ['等'];
/** The perfective particle after a verb (设立了, 引进了). */
export const PERFECTIVE = '了';
/** The attributive particle (援建的, “扎下根”的队伍). */
export const ATTRIBUTIVE = '的';
/** The preposition of where something happens (在喀什市落户, 在阿克陶县设立). */
export const AT = '在';
/** Prepositions of place and motion: a donor place after one is where, not who acts (在北京, 赴襄阳、宜昌). */
export const LOCATIVE_PREPOSITIONS = ['在', '于', '赴', '到', '去', '来'];
/** Prepositions that put a place where something is set up (在阿克陶县设立, 位于园区). */
export const SITE_PREPOSITIONS = ['在', '于'];
/** A date in a dateline (9月12日), as a regular expression. */
export const DAY_OF_MONTH = '\\d{1,2}月\\d{1,2}日';
/** Words that end a dateline (新华社北京9月12日电): the place before it is where the news was filed. */
export const DATELINE_ENDINGS = ['电', '讯'];
/** The head of an autonomous region's name (新疆维吾尔自治区): a 自治区 body's owner is a region. */
export const REGION_HEAD = '自治区';
/** The head of a county-level city's name (喀什市, 我市): a 市 body's owner is a unit named …市. */
export const CITY_HEAD = '市';
/** A division of the 兵团 (第三师), as a regular expression. */
export const BINGTUAN_DIVISION = `第[${ORDINAL_NUMERALS}]+师`;

// ---------------------------------------------------------------------------
// Institutions: find-institutions, canonical-institution

/**
 * Institution heads, longest first within a type. `minName`: the fewest characters of name
 * before the head, without a place (default 2); a bare 公司 needs a brand and a trade
 * (富丽达纤维公司), since two characters are mostly a kind of company (合资公司, 上市公司).
 */
export const INSTITUTION_SUFFIXES: Array<{ suffix: string; type: NodeType; minName?: number }> = [
  { suffix: '附属医院', type: 'hospital' },
  { suffix: '人民医院', type: 'hospital' },
  { suffix: '中医医院', type: 'hospital' },
  { suffix: '妇幼保健院', type: 'hospital' },
  { suffix: '医院', type: 'hospital' },
  { suffix: '卫生院', type: 'hospital' },
  { suffix: '卫生服务中心', type: 'hospital' },
  { suffix: '职业技术学院', type: 'school' },
  { suffix: '职业技术大学', type: 'school' },
  { suffix: '职业技术学校', type: 'school' },
  { suffix: '医学院', type: 'school' },
  { suffix: '大学', type: 'school' },
  { suffix: '学院', type: 'school' },
  { suffix: '党校', type: 'school' },
  { suffix: '中学', type: 'school' },
  { suffix: '小学', type: 'school' },
  { suffix: '高级中学', type: 'school' },
  { suffix: '幼儿园', type: 'school' },
  { suffix: '学校', type: 'school' },
  { suffix: '职业高中', type: 'school' },
  { suffix: '高中', type: 'school' },
  { suffix: '中心校', type: 'school' },
  { suffix: '疾病预防控制中心', type: 'hospital' },
  { suffix: '疾控中心', type: 'hospital' },
  { suffix: '专业合作社', type: 'company' },
  { suffix: '合作社', type: 'company' },
  { suffix: '集团股份有限公司', type: 'company' },
  { suffix: '集团有限责任公司', type: 'company' },
  { suffix: '集团有限公司', type: 'company' },
  { suffix: '股份有限公司', type: 'company' },
  { suffix: '有限责任公司', type: 'company' },
  { suffix: '（集团）有限公司', type: 'company' },
  { suffix: '（集团）股份有限公司', type: 'company' },
  { suffix: '(集团)有限公司', type: 'company' },
  { suffix: '有限公司', type: 'company' },
  { suffix: '公司', type: 'company', minName: 3 },
  { suffix: '总医院', type: 'hospital' },
  { suffix: '管委会', type: 'agency' },
  { suffix: '管理委员会', type: 'agency' },
  { suffix: '集团', type: 'company' },
  { suffix: '研究院', type: 'facility' },
  { suffix: '产业园区', type: 'facility' },
  { suffix: '产业园', type: 'facility' },
  { suffix: '工业园区', type: 'facility' },
  { suffix: '工业园', type: 'facility' },
  { suffix: '园区', type: 'facility' },
  { suffix: '基地', type: 'facility' },
  { suffix: '纪念馆', type: 'facility' },
  { suffix: '展示馆', type: 'facility' },
  { suffix: '体验馆', type: 'facility' },
  { suffix: '博物馆', type: 'facility' },
  { suffix: '图书馆', type: 'facility' },
  { suffix: '人才公寓', type: 'facility' },
  { suffix: '英才中心', type: 'facility' },
  { suffix: '影像中心', type: 'facility' },
  { suffix: '工作站', type: 'facility' },
  { suffix: '工作室', type: 'facility' },
  { suffix: '家庭工坊', type: 'facility' },
  // Workshops a company opens in a village or town for local jobs (援疆 employment aid).
  { suffix: '卫星工厂', type: 'facility' },
  { suffix: '社区工厂', type: 'facility' },
  { suffix: '扶贫车间', type: 'facility' },
  { suffix: '就业车间', type: 'facility' },
  { suffix: '帮扶车间', type: 'facility' },
  { suffix: '广场', type: 'facility' },
  { suffix: '敬老院', type: 'facility' },
  { suffix: '养老院', type: 'facility' },
  { suffix: '福利院', type: 'facility' },
  { suffix: '幸福院', type: 'facility' },
  { suffix: '活动中心', type: 'facility' },
  { suffix: '文化中心', type: 'facility' },
  { suffix: '孵化中心', type: 'facility' },
  { suffix: '劳务市场', type: 'facility' },
  { suffix: '体育馆', type: 'facility' },
  { suffix: '综合保税区', type: 'facility' },
  { suffix: '保税区', type: 'facility' },
  { suffix: '经济开发区', type: 'facility' },
  { suffix: '经济技术开发区', type: 'facility' },
  { suffix: '开发区', type: 'facility' },
  { suffix: '高新区', type: 'facility' },
  { suffix: '合作区', type: 'facility' },
  { suffix: '服务中心', type: 'agency' },
  { suffix: '研究中心', type: 'agency' },
  { suffix: '融媒体中心', type: 'agency' },
  { suffix: '艺术团', type: 'agency' },
  { suffix: '联盟', type: 'agency' },
  { suffix: '协会', type: 'agency' },
  { suffix: '商会', type: 'agency' },
  { suffix: '联合会', type: 'agency' },
  { suffix: '促进会', type: 'agency' },
  { suffix: '俱乐部', type: 'agency' },
];

/** The abbreviation of an affiliated hospital (一附院): a part of the university before it. */
export const AFFILIATED_ABBREVIATION = '附院';

/**
 * Abbreviated schools and hospitals after a numeral (二中, 三院, 一附院): the head, its
 * type, its full form, and the characters after which the numeral and head are part of
 * a longer word (一中心, 二院长).
 */
export const ABBREVIATED_HEADS: Array<{ head: string; type: NodeType; full: string; notFollowedBy: string[] }> = [
  { head: '中', type: 'school', full: '中学', notFollowedBy: ['学', '心', '国', '医', '文', '央', '共', '外', '小', '全'] },
  { head: AFFILIATED_ABBREVIATION, type: 'hospital', full: '附属医院', notFollowedBy: [] },
  { head: '院', type: 'hospital', full: '人民医院', notFollowedBy: ['长', '士', '子', '落', '区'] },
];

/** Characters right after a suffix that show it is part of a longer word (大学生, 集团化, 园区内). */
export const NOT_A_SUFFIX_END: Record<string, string[]> = {
  大学: ['生', '习', '士'],
  中学: ['生', '业', '位'],
  小学: ['生', '业'],
  学院: ['士', '生', '派'],
  学校: ['长'],
  集团: ['化', '式', '军'],
  医院: ['长'],
  基地: ['县'],
  广场: ['舞'],
  联盟: ['成'],
  园区: ['内', '外'],
};

/**
 * Words that cannot be inside an institution name: verbs of aid and action,
 * prepositions, conjunctions. Scanning left from a suffix stops after them.
 */
export const BOUNDARY_WORDS = [
  '对口支援', '对口帮扶', '支援', '援建', '援助', '帮扶', '支持', '推动', '推进', '组织', '成立', '建设', '建立', '建成',
  '引进', '引入', '落户', '设立', '开办', '创办', '新建', '扩建', '改建', '改扩建', '位于', '地处', '抵达', '来到', '前往', '进驻', '入驻', '投资', '包建', '签订', '实施', '开展',
  '举办', '打造', '促成', '依托', '通过', '联合', '牵头', '负责', '参与', '走进', '进入', '参观', '访问', '受捐',
  '捐赠', '购置', '选派', '派出', '加入', '携手', '对接', '培训', '培养', '担任', '任职', '就读', '毕业于', '来自',
  '包括', '其中', '以及', '如今', '目前', '今年', '去年', '同时', '还有', '并且', '带领', '指导', '协调', '鼓励',
  '我们', '他们', '你们', '咱们', '任', '援疆', '协助', '帮助', '推广', '服务', '覆盖', '接受', '为了', '作为', '就是', '正在', '已经', '先后', '陆续',
  '的', '在', '与', '及', '对', '为', '向', '是', '了', '把', '被', '让', '由', '到', '从', '给', '将', '等', '也', '还', '又', '亦', '均', '再',
  '并', '或', '至', '赴', '经', '据', '和', '同', '跟', '去', '由', '即', '如', '像', '这', '那',
  '该', '其', '各', '每', '所', '家', '名', '个', '位', '批', '座', '次', '项', '以',
];

/** Words that class a company before its name (市属国企深圳港集团): they end no other name. */
export const COMPANY_CLASS_WORDS = ['国企', '央企', '民企', '外企', '企业', '市属', '省属', '区属', '县属', '旗下', '子公司'];

/** Boundary words that are common inside company names (…投资发展有限公司). */
export const COMPANY_NAME_WORDS = ['投资', '建设', '发展', '服务', '培训', '开发', '科技', '对接', '推广', '合作'];

/** Units of a date: after digits they end the date, not begin a name (5月14日江西日兴建筑有限公司). */
export const DATE_UNITS = ['月份', '年度', '年', '月', '日', '号'];

/** Heads of zones and parks: a company named right after one is not part of its name (…开发区新疆新铝铝业有限公司). */
export const ZONE_HEADS = ['开发区', '高新区', '园区', '工业园', '产业园', '保税区', '新区'];

/** Heads of townships: a company's registered name may hold its township after its county (且末县阿羌镇…有限公司). */
export const TOWNSHIP_HEADS = ['乡', '镇'];

/** Numerals of rough counts that, with a measure word, count institutions (十余家, 多所). */
export const COUNT_WORDS = ['千', '万', '余', '多', '几'];

/** Measure words for institutions, people and projects: a count before a name is no part of it (13家三甲医院). */
export const MEASURE_WORDS = ['家', '所', '个', '名', '位', '座', '批', '项'];

/** Modifiers that make a generic, not a named, institution (三甲医院, 当地学校). */
export const GENERIC_MODIFIERS = [
  '三甲', '二甲', '甲等', '三级', '二级', '省级', '市级', '县级', '地市级', '乡镇', '省直', '专科', '综合', '定点',
  '受援', '大型', '重点', '优质', '当地', '本地', '基层', '省内', '区内', '疆内', '疆外', '内地', '中小', '本科',
  '高职', '高等', '职业', '技工', '友好', '联谊', '民办', '公办', '示范', '薄弱', '农村', '城市', '乡村', '偏远', '边远', '结对', '对口',
  '援疆', '新建', '全国', '国家', '知名', '龙头', '头部', '大中', '各级', '多所', '多家', '一所', '一家', '这所', '同一', '姊妹', '沿海', '手拉手',
  '科研', '医疗', '教育', '培训', '实训', '生产', '加工', '种植', '养殖', '物流', '直播', '孵化', '电商', '示范性',
  '附属', '旗下', '公立', '私立', '医科', '中医', '人民', '妇幼', '儿童', '第一', '第二', '第三', '科技', '高科技', '有关', '相关', '团场',
  '就业', '创业', '产业', '工业', '文化', '旅游', '社会', '企业', '公司', '少数民族', '双语', '寄宿制', '学前',
];

/** Words that make a name generic wherever they stand (赣陶两地学校). */
export const GENERIC_ANYWHERE = ['两地', '各族', '受援', '结对', '当地', '本地'];

/** Modifiers that leave a place-prefixed name generic (唐山重点学校, 当地医院). */
export const GENERIC_AFTER_PLACE = [
  '重点', '优质', '当地', '本地', '各', '各级', '大型', '知名', '三甲', '二甲', '甲等', '省级', '市级', '县级', '乡镇',
  '省直', '专科', '定点', '多所', '多家', '一所', '一家', '中小', '高职', '本科', '部分', '所有', '全部', '其他', '相关', '有关',
  '加强', '共建', '干部', '援疆', '新建', '农牧', '绿色', '中农',
];

/** Level words that stand for the place in context before an institution (县一中, 市人民医院). */
export const BARE_INSTITUTION_LEVELS = ['县', '市'];

/** Last characters of a place written with its level (阿勒泰地区, 博州, 第四师): a conjunction after it joins two names. */
export const PLACE_LEVEL_ENDINGS = ['省', '市', '县', '区', '州', '盟', '旗', '师', '团'];

/** A stand-in place (某县一中), to test a bare institution as if its place were written. */
export const SOME_PLACE = '某';

/** Suffixes of a site's managing body, part of its place's government (园区管委会). */
export const MANAGING_BODY_SUFFIXES = ['管委会', '管理委员会'];

/**
 * The recipient's one-character form in a donor–recipient pair (鲁疆产业园, 闽疆…交流基地): a
 * donor province's abbreviation with it opens a site's name as a place would.
 */
export const PAIRED_RECIPIENT = '疆';

/** Facility heads that name a place only with a place or a proper name before them. */
export const PROPER_FACILITY_HEADS = ['纪念馆', '博物馆', '工作室', '工作站', '展示馆', '家庭工坊', '卫星工厂', '社区工厂', '扶贫车间', '就业车间', '帮扶车间', '研究院'];

/** Verbs that give honours: a title after them (荣获…爱婴医院) is no institution's name. */
export const HONOUR_VERBS = ['荣获', '获评', '被评为', '评为', '被授予', '荣膺', '获得'];

/** Suffixes of a part written right after its university or hospital (上海交通大学|医学院, 南昌大学|附属医院). */
export const PART_SUFFIXES = ['医学院', '附属医院', '研究院'];

/** What joins a part to the university before it (南昌大学|第一附属医院, …大学|医学院附属第九人民医院), as a regular expression. */
export const PART_OF_UNIVERSITY = `^(医学院)?(第[${NUMERALS}]+)?(附属)?(第[${NUMERALS}]+)?(人民)?$`;

/** An affiliated hospital with its own name (…大学|附属肿瘤医院), as a regular expression before its 医院. */
export const AFFILIATED_NAME = `^(医学院)?附属[${CJK}]{1,6}$`;

/** The head of a hospital's name. */
export const HOSPITAL_HEAD = '医院';

/** What is left of a name after its place that makes it generic: it takes the place's full name (且末|人民医院 → 且末县人民医院). */
export const GENERIC_REST_WORDS = ['人民', '中医', '妇幼', '维吾尔医', '实验', '高级中学', '职业高中', '幼儿园', '中学', '小学'];

/** Party committees whose school is named 中共…党校 (市委党校 → 中共…市委党校). */
export const PARTY_COMMITTEES = ['省委', '市委', '地委', '州委', '县委', '区委', '委'];

/** The head of a party school's name. */
export const PARTY_SCHOOL = '党校';

/** The Communist Party's name before its bodies (中共江西省委). */
export const COMMUNIST_PARTY = '中共';

// ---------------------------------------------------------------------------
// Companies: find-companies, company-names

/** Legal suffixes of a registered company name, which its short forms drop. */
export const LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '（集团）', '(集团)'];

/** The head of a group's name, which its brand name drops (月星集团 → 月星). */
export const GROUP_HEAD = '集团';

/** Industry words that end a company's short name after its brand (正源药业, 斯派克光电, 冀中能源). */
export const INDUSTRY_WORDS = [
  '药业', '制药', '医药', '生物', '矿业', '煤业', '能源', '新能', '电力', '电气', '光电', '光伏', '风电', '电子', '通信', '科技',
  '纺织', '轻工', '化工', '化纤', '钢铁', '铝业', '铸管', '建材', '水泥', '建工', '建投', '地产', '置业', '物流', '实业',
  '农业', '牧业', '畜牧', '乳业', '食品', '粮油', '种业', '果业', '茶业', '酒业', '服饰', '服装', '家具', '装备', '重工',
  '机械', '汽车', '航空', '传媒', '文旅', '商贸', '贸易', '电商', '控股', '股份', '演艺', '园林', '环保', '新材',
];

/** Words that continue a company's name after its industry word (正源药业集团, …能源投资有限公司). */
export const COMPANY_NAME_CONTINUATIONS = ['投资', '集团', '公司', '有限', '股份'];

/** Words that show a clause speaks of business, so a brand-and-industry word there names a company. */
export const BUSINESS_CUES = [
  '企业', '公司', '集团', '品牌', '商会', '投资', '签约', '落户', '入驻', '引进', '引入', '招商', '落地', '建厂', '投产', '开工',
  '董事长', '总经理', '厂房', '生产线', '项目',
];

/** Words that introduce a list of names (引进A、B、C; 由A、B共同投资): the first item starts right after them. */
export const LIST_INTRODUCERS = ['引进', '引入', '来自', '包括', '促成', '组织', '吸引', '招引', '邀请', '联合', '有', '由'];

/** Words that introduce an example (比如A在…投资): not part of the name after them. */
export const EXAMPLE_WORDS = ['比如', '好比', '例如', '像'];

/** Example words that also begin names (如意集团): they introduce the subject but are never cut from a name. */
export const NAME_INITIAL_EXAMPLE_WORDS = ['如'];

/** Words between an investor and the place it invests in (X正在昌吉投资, X在伊犁落户). */
export const INVESTOR_AT = ['正在', '在'];

/** Verbs of an investor building or settling at a place (X在昌吉投资…, X在喀什兴建…). */
export const INVESTOR_VERBS = ['投资', '建设', '落户', '设立', '兴建'];

/** Words besides verbs that no company's short name holds (项目, 群众, 当地). */
export const NOT_IN_COMPANY_NAMES = ['我们', '他们', '项目', '群众', '干部', '政府', '援疆', '地区', '本地', '当地', '产业', '企业', '公司'];

/** Function words that company names do hold (中日 in 中日合资…). */
export const FUNCTION_WORDS_IN_COMPANY_NAMES = ['中日'];

/** Function characters that no company name holds. */
export const COMPANY_NAME_BREAKERS = ['的', '了', '是', '在', '把', '被', '让', '向', '对', '为'];

/** Words that, alone or together, make a generic brand, not a name (当地龙头, 新疆特色). */
export const GENERIC_BRAND_WORDS = [
  '当地', '本地', '新疆', '全国', '国内', '国有', '民营', '龙头', '特色', '优势', '主导', '传统', '重点', '相关', '有关', '各类',
  '大型', '中小', '绿色', '现代',
];

// ---------------------------------------------------------------------------
// Agencies and aid bodies: find-agencies, agency-data

/** Heads of a donor's aid bodies (天津援疆前指, 无锡市对口支援阿合奇县前方工作组), longest first. */
export const AID_BODY_HEADS = [
  '前方指挥部', '分指挥部', '指挥部', '前指', '前方工作组', '工作组', '工作队', '干部管理组', '工作领导小组', '领导小组', '援疆办',
];

/** Words that make a body after a donor place an aid body (援疆, 对口支援, 援霍 in 无锡市援霍工作组); a regular expression each. */
export const AID_BODY_MARKERS = ['对口支援', '对口援助', '对口援疆', '援疆', '援建', '援[\\u4e00-\\u9fff]'];

/** Level words between a donor's short name and its aid body (江西省援疆前方指挥部, 我市援疆指挥部). */
export const AID_BODY_LEVELS = ['省', '市'];

/** Governments named between a donor and its aid body (天津市人民政府对口支援新疆工作前方指挥部). */
export const GOVERNMENT_WORDS = ['人民政府', '政府'];

/** What paired aid is aimed at in an aid body's name (对口支援新疆工作…). */
export const AID_BODY_OBJECTS = ['新疆'];

/** The work an aid body does, in its name (对口支援新疆工作前方指挥部). */
export const AID_BODY_WORK = ['工作'];

/** The prefix of an abbreviated aid marker (援霍 = aid to 霍城县). */
export const AID_PREFIX = '援';

/** Words that read like 援 + a recipient's first character but are words (援疆, 援建). */
export const NOT_ABBREVIATED_RECIPIENTS = ['疆', '建'];

/** Heads that make a body an aid body without an aid word (天津前指, 江苏指挥部, 喀什援疆办). */
export const SELF_MARKED_AID_BODY_HEADS = ['前指', '指挥部', '援疆办'];

/** 前 (front) begins the names of a donor's front bodies (前方工作组, 前指). */
export const FRONT = '前';

/** Words that make an aid body's head a command's (前方指挥部, 分指挥部, 前指). */
export const COMMAND_WORDS = ['指挥部', '前指'];

/** The short name of a command (天津前指), which says aid by itself. */
export const COMMAND_ABBREVIATIONS = ['前指'];

/** Heads of a donor's main command (前方指挥部, 前指): one per donor, named …对口支援新疆工作前方指挥部. */
export const COMMAND_HEADS = ['前方指挥部', '指挥部', '前指'];

/** The canonical name of a donor's command after the donor's name. */
export const COMMAND_NAME = '对口支援新疆工作前方指挥部';

/** A donor's command written without its donor (援疆前指, 前方指挥部): the article's donor's. */
export const BARE_COMMANDS = ['援疆前方指挥部', '援疆前指', '援疆指挥部', '前方指挥部', '前指'];

/** Stationed at: a team a command sends out names where it works (广东前指驻师市工作队). */
export const STATIONED = '驻';

/** Heads of the teams a command sends out (驻师市工作队). */
export const TEAM_HEADS = ['工作队', '工作组', '分指挥部'];

/** Heads of bureaus and institutes named after their place (天津华北地质勘查局). */
export const BUREAU_HEADS = ['勘查局', '勘探局', '地质局', '地质队', '管理局', '研究所', '设计院', '规划院'];

/**
 * Level words that name a body without its place (省人社厅, 市政府, 县委, 师党委),
 * with the units they can stand for: a division type, 'city' (a unit named …市) or 'division' (a 兵团 division).
 */
export const BARE_BODY_LEVELS: Record<string, Array<'province' | 'prefecture' | 'county' | 'city' | 'division' | 'region'>> = {
  自治区: ['region'],
  省: ['province'],
  市: ['city'],
  州: ['prefecture'],
  地区: ['prefecture'],
  县: ['county'],
  区: ['county'],
  师: ['division'],
};

/** Characters that may stand right before a bare body: no character of a word (、市政府, 省委省政府, 我市政府). */
export const BARE_BODY_PRECEDERS = ['、', '和', '与', '及', '同', '委', '府', '我'];

/** A party committee inside a body's name (兵团第五师党委): a party body. */
export const PARTY_COMMITTEE = '党委';

/** The head of a committee's full name (中共{X}委员会): a party body. */
export const COMMITTEE = '委员会';

// ---------------------------------------------------------------------------
// Programmes: find-programmes

/** Words that, right after a quoted name, mark it as a programme. */
export const PROGRAMME_CUES_AFTER = [
  '计划', '工程', '行动', '品牌', '模式', '形式', '活动', '平台', '项目', '系列', '结对子', '结对', '协议', '制度', '夏令营', '冬令营', '课程', '育人品牌', '教育援疆', '医疗援疆', '志愿服务', '义诊', '大讲堂', '旅游项目',
  '工作室', '书屋', '行', '班', '研学班', '公益行', '合唱团', '为纽带', '为主题',
  '医院', '工作思路', '实施方案', '方案',
];

/** Programme words a short qualifier may separate from the quoted name (“足球小巴郎”青少年夏令营). */
export const DISTANT_PROGRAMME_CUES = ['夏令营', '冬令营', '研学', '课程', '平台', '活动', '系列活动', '品牌', '项目', '工程', '行动', '计划', '模式'];

/** Heads that make a quoted name a programme by itself (“蕙心计划”, “津和班”). */
export const PROGRAMME_HEADS = [
  '计划', '工程', '行动', '品牌', '模式', '方案', '工作室', '书屋', '讲堂', '微讲堂', '诗会', '一家亲', '行', '班',
  '号', '云', '工作思路', '思路', '项目', '系列活动', '夏令营', '冬令营', '之家', '巡演', '联盟', '制度', '论坛', '大赛',
  '平台', '直通车', '快车', '课堂', '工坊', '大篷车', '驿站', '共同体',
];

/** Heads that form a programme's name with the words before them (“蒲公英”计划 → 蒲公英计划, 实施强基工程). */
export const NAME_FORMING_HEADS = ['计划', '工程', '行动'];

/** Heads of a titled document that is a programme (《…实施方案》). */
export const TITLE_PROGRAMME_HEADS = ['方案', ...NAME_FORMING_HEADS];

/** Heads that a code names (“1+N”组团式医疗援疆模式, “1355”援疆工作思路). */
export const CODED_PROGRAMME_HEADS = ['模式', '工作思路', '方案', '工程', '计划'];

/** Verbs that introduce a programme name (实施“…”, 开展“…”). */
export const PROGRAMME_CUES_BEFORE = [
  '实施', '开展', '启动', '打造', '推出', '推行', '组织', '举办', '引入', '加入', '发起', '建立', '成立',
  '搭建', '实行', '采取', '参加', '擦亮', '深化', '开设', '设立', '印发', '创立', '创建', '组建', '叫响', '打响',
  '制定', '依托', '坚持',
];

/** Complements a verb takes before a quoted programme (实施了“…”, 打造出“…”). */
export const VERB_COMPLEMENTS = ['了', '起', '出'];

/** Verbs that introduce an unquoted programme name (实施医疗体系强基工程). */
export const UNQUOTED_PROGRAMME_VERBS = ['实施', '启动', '开展', '推进', '打造'];

/** Quoted phrases that are never programmes: slogans, honours, metaphors. */
export const NON_PROGRAMME_CUES_BEFORE = ['被授予', '荣获', '获评', '称为', '之称', '素有', '誉为', '号称', '成为'];

/** Words after a quoted phrase that make it an honour's title (“民族团结进步模范集体”称号). */
export const HONOUR_NOUNS = ['称号', '荣誉', '之称', '的美誉'];

/** Verbs of speech: a quote after them is what someone said. */
export const SPEECH_VERBS = ['说', '表示', '介绍', '感叹', '坦言', '指出', '强调', '认为'];

/** Measure words of a numbered list of programmes (“…、…”4项工程). */
export const PROGRAMME_LIST_COUNTERS = ['项', '个', '大'];

/** Measure words of a numbered name (“三个一”, “十大工程”). */
export const NUMBERED_NAME_COUNTERS = ['个', '项', '大', '条'];

/** Titles of the person a studio is named after (“郑宏名医工作室”): a facility, not a programme. */
export const EXPERT_TITLES = ['名医', '名师', '博士', '专家', '大师', '劳模'];

/** Heads of a person's studio. */
export const STUDIO_HEADS = ['工作室', '工作站'];

/** Heads of trains named as aid brands (…号援疆旅游专列). */
export const TRAIN_HEADS = ['专列', '列车', '班列'];

/** The head of a train's own name (阿克苏号). */
export const TRAIN_NAME_HEAD = '号';

/** Words between a train's name and its head, in this order (…号援疆旅游专列). */
export const TRAIN_QUALIFIERS = ['援疆', '旅游'];

/** Heads that name a train route by themselves (深穗喀班列). */
export const ROUTE_HEADS = ['班列'];

/** Verbs that found a fund or platform (设立边疆建设产业基金). */
export const FOUNDING_VERBS = ['设立', '发起设立', '成立', '搭建', '建立'];

/** Heads of founded funds and platforms. */
export const FOUNDED_HEADS = ['基金', '平台'];

/** Heads that name a programme only with a place in front (厦门援疆…平台; 搭建人才交流平台 names none). */
export const PLACE_NAMED_HEADS = ['平台'];

/** Heads of named events held as aid programmes (中国新疆喀什·中亚南亚商品交易会). */
export const EVENT_HEADS = ['交易会', '博览会', '展销会', '洽谈会', '文化节', '旅游节', '艺术节', '美食节'];

/** Function characters that no programme name holds. */
export const PROGRAMME_NAME_BREAKERS = ['的', '了', '把', '将', '被', '让', '是', '我', '你', '他', '她', '它', '这', '那'];

/** Words that begin a description, not a name (各类活动, 一系列工程, 新计划). */
export const NOT_PROGRAMME_NAME_STARTS = ['各', '各类', '一系列', '多项', '系列', '重点', '新', '首批', '全面', '持续'];

/** Words that end the unquoted item before a list's quoted programme (开展巾帼天津行、“…”: the item starts after 开展). */
export const PROGRAMME_ITEM_STOPS = [
  '的', '了', '是', '在', '和', '与', '及', '对', '为', '把', '被', '让', '从', '向',
  '开展', '实施', '推进', '组织', '举办', '深化', '围绕', '聚焦', '通过', '依托', '包括', '例如', '比如', '以及',
];

/** Endings of quoted problems and diseases (“看病难”, “包虫病”): not names. */
export const PROBLEM_ENDINGS = ['难', '题', '癌', '病', '症'];

/** Endings of quoted slogans (以“深圳所能”服务“喀什所需”): aid policy language, not names. */
export const SLOGAN_ENDINGS = ['所能', '所需', '所盼', '所急', '所长', '所愿'];

/** Abstract nouns that end a quoted phrase, not a name (“中亚南亚经济圈重心地位”, “邵医特色”). */
export const ABSTRACT_ENDINGS = [
  '地位', '特色', '优势', '作用', '功能', '水平', '精神', '理念', '目标', '格局', '意识', '氛围', '效应', '能力', '定位', '使命',
  '担当', '情怀', '本色', '底色', '成效', '成果', '局面', '态势',
];

// ---------------------------------------------------------------------------
// Deictics and short names: find-mentions, resolve-references

/** The pronoun of a deictic place (我省, 我市). */
export const DEICTIC_PRONOUN = '我';

/** Levels a deictic names (我省 a province, 我市 a city, 我区 a region or district): the donor's name ends with it. */
export const DEICTIC_LEVELS = ['省', '市', '区'];

/** Characters after a deictic that begin a body's name instead (我市委, 我省政府, 我市人社局). */
export const DEICTIC_NOT_BEFORE = ['委', '政', '人'];

/** Words that give a name's short form in brackets (A（简称B）, A（以下简称“B”）). */
export const SHORT_NAME_CUES = ['简称', '以下简称'];

/** The head of a campus's name in brackets (A（B校区）). */
export const CAMPUS_HEAD = '校区';

// ---------------------------------------------------------------------------
// Donors and recipients: donors, sentence-context

/**
 * The provinces that give paired aid to Xinjiang and the 兵团 (the 19 援疆省市 of the
 * 2010 national work conference on Xinjiang; 深圳 is one of them as a city of 广东).
 * Only they and their cities and counties act as donors.
 */
export const DONOR_PROVINCES = [
  '北京市', '天津市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省', '安徽省', '福建省',
  '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省',
];

/** The units that receive paired aid: everything under them is on the recipient side. */
export const RECIPIENT_ROOTS = ['新疆维吾尔自治区', '新疆生产建设兵团'];

/** The name that begins recipients' names without a place (新疆大学). */
export const RECIPIENT_PREFIX = '新疆';

/** Donor-side city words that mean "the paired-aid effort of X" (唐山援疆, 江西援建). */
export const DONOR_MARKERS = ['援疆', '对口支援', '对口援助', '援建', '帮扶', '援助', '医疗援疆', '教育援疆', '产业援疆', '柔性援疆', '选派'];

/** Adverbs between a donor and its aid word (江西省先后选派, 深圳累计援建). */
export const DONOR_MARKER_ADVERBS = ['共', '先后', '累计'];

/** Nouns for people: a place or institution right before one only says where the person is from (博斯坦村村民). */
export const PERSON_NOUNS = [
  '村民', '居民', '农民', '牧民', '群众', '学生', '小学生', '师生', '孩子', '教师', '老师', '医生', '护士', '患者', '病人', '职工',
  '员工', '工人', '主播', '党员', '干部', '书记', '副书记', '主任', '副主任', '局长', '副局长', '县长', '副县长', '市长', '副市长',
  '校长', '副校长', '院长', '副院长', '厂长', '经理', '负责人', '代表', '家长', '同学', '青年', '妇女', '老人', '游客', '记者',
];

/** Aid words between coordinated donors (江西援疆、深圳对口支援…): they are one group. */
export const DONOR_LINK_MARKERS = ['援疆', '对口支援'];

/** Aid verbs whose object is aided itself, not a locator of the next place (对口支援喀什地区疏勒县). */
export const AIDED_OBJECT_VERBS = ['对口支援', '对口援助', '帮扶', '支援'];

// ---------------------------------------------------------------------------
// supports: read-supports

/** Aid verbs that make a donor → recipient `supports` reading. */
export const SUPPORT_CUES = [
  '对口支援', '对口援助', '对口帮扶', '支援', '援助', '援建', '帮扶', '包建', '院包科', '组团式', '援疆', '结对帮扶',
  '捐赠', '捐建', '资助', '投入援疆资金', '援疆资金', '援疆项目', '购置', '建成', '建设', '打造', '帮助', '支持',
  '受援', '选派', '派出', '支教', '义诊', '培训', '指导',
];

/** Aid words strong enough that the article's donor is the giver when the sentence names none. */
export const STRONG_AID_CUES = ['援疆', '援建', '对口支援', '对口援助', '对口帮扶', '帮扶', '援助', '支援', '包建', '受援'];

/** Aid words that make a company a recipient of aid, not an investor. */
export const COMPANY_AID_CUES = ['援建', '帮扶', '援助', '帮助'];

/** Heads of village-level names (双河村, 团结路社区). */
export const VILLAGE_HEADS = ['村', '社区'];

/** Marks and conjunctions between the villages of a list (双河村、团结路社区等6个村). */
export const VILLAGE_LIST_JOINERS = ['、', '和', '及'];

/** Numerals of rough counts in a list's total (等十几个村, 等多个社区). */
export const ROUGH_NUMERALS = ['几', '多'];

/** The general measure word (6个村). */
export const GENERAL_MEASURE = '个';

/** Words of aid projects: in an article about one donor, the institutions and sites a sentence with them names are its aid. */
export const PROJECT_WORDS = ['项目', '工程', '完工', '投运', '投用', '投入使用', '落成', '竣工', '启用', '开工', '挂牌', '揭牌', '援疆教师', '援疆医生', '援疆干部'];

/** Verbs of building right before what was built for the recipient (援建的多浪第一幼儿园). */
export const BUILT_FOR = ['援建', '捐建', '建成', '新建', '包建', '援助建设'];

/** Verbs that aid a whole province in so many words (江西省对口支援新疆). */
export const PROVINCE_AID_VERBS = ['对口支援', '援助'];

/** Words that say two lists are paired item by item (分别, 依次). */
export const RESPECTIVELY = ['分别', '依次', '各自', '一一'];

/** Words between two lists that pair them (A、B负责支援的是C、D; A、B与C、D结对). */
export const LIST_PAIRING_WORDS = ['的是', '与', '和'];

// ---------------------------------------------------------------------------
// invests_in: read-investments

/** Verbs of investing and settling that make a company → place `invests_in` reading. */
export const INVEST_CUES = ['投资', '落户', '入驻', '位于', '地处', '坐落', '落地', '设立', '成立', '投产', '兴业', '建厂', '开办', '引进', '引入', '签约', '签订', '建设', '建成', '合资'];

/** Words of an investment project: a company's clause with one and an investment verb invests in the article's place. */
export const INVESTMENT_PROJECT_WORDS = ['项目'];

/** Verbs of a project's investment (…项目总投资, 项目签约, 项目落地). */
export const PROJECT_INVESTMENT_VERBS = ['投资', '签约', '落地', '落户', '投产'];

/** What a company invests in follows these (神威药业投资的若羌神山矿业). */
export const INVESTED_BY = ['投资的', '投资建设的'];

/** Verbs of settling at a place (位于园区的公司, 落户喀什的企业). */
export const SETTLED_AT = ['位于', '地处', '落户', '入驻', '在'];

/** Words of being inside a park or place (园区内的公司). */
export const INSIDE_WORDS = ['内', '里', '中'];

/** Verbs of a place bringing in a company (阿克苏市先后引入…). */
export const BROUGHT_IN = ['引进', '引入', '落户', '入驻'];

/** Words before a company's owners (京和纺织是由A、B…). */
export const OWNED_BY = ['由', '是由'];

/** Adverbs of owners investing together (共同投资成立). */
export const JOINT_ADVERBS = ['共同', '联合', '合资'];

/** Verbs of putting in capital (投资成立, 出资设立). */
export const CAPITAL_VERBS = ['投资', '出资'];

/** Verbs of founding a company after its capital (投资成立, 出资组建). */
export const COMPANY_FOUNDING_VERBS = ['成立', '组建', '兴建', '设立'];

// ---------------------------------------------------------------------------
// partners_with: read-partners

/** Pairing verbs (a regular expression each): 结对 but not 结对支援, which is aid. */
export const PARTNER_CUES = [
  '结对(?!支援|帮扶|援助)', '共建', '互训', '结为', '缔结', '手拉手', '(签订|签署)[^，。；]{0,16}(合作|友好)[^，。；]{0,6}(协议|备忘录)',
  '(建立|确立|达成)[^，。；]{0,6}合作关系', '战略合作',
];

/** Joiners of the parties of a pairing (A与B结对, A同B共建, A、B、C确立…). */
export const PARTY_JOINERS = ['、', ...COORDINATORS];

/** Adverbs before 与 that set the parties before it on one side (A、B也与C签订协议, A、B分别与C结对). */
export const ONE_SIDE_ADVERBS = ['也', '均', '都', '还', ...RESPECTIVELY];

// ---------------------------------------------------------------------------
// runs: read-runs

/** Words for the two parties a sentence has just joined (A与B签约，双方联合启动…). */
export const BOTH_PARTIES = ['双方'];

/** Adverbs between a runner and its verb (先后开展, 积极推行, 将实施). */
export const RUNNER_ADVERBS = ['先后', '积极', '将', '创新', '常态化', '陆续', '率先', '还', '也', '已', '首次', '持续', '联合', '共同', '全力', '大力', '主动', '充分'];

/** Verbs of running a programme, right after its runner (北京援疆指挥部组织…). */
export const RUN_VERBS = [
  '采取', '开展', '实施', '引入', '引进', '推行', '推出', '举办', '打造', '组织', '建立', '成立', '启动', '发起', '印发',
  '设立', '搭建', '促成', '推动', '开通', '推进', '深化', '组建', '牵头组建', '开设',
];

/** Verbs of running a programme after 在 and a place (深圳在喀什开展…). */
export const RUN_VERBS_AFTER_PLACE = ['建立', '开展', '实施', '举办', '设立'];

/** Prepositions before a mention that make it no runner (在, 到, 向, 与 …). */
export const NON_RUNNER_PREPOSITIONS = ['在', '于', '到', '赴', '向', '对', '与', '为'];

/** The unit of a year between a school and its class (第二中学2024年“津和班”). */
export const YEAR_UNIT = '年';

// ---------------------------------------------------------------------------
// part_of: read-structure

/** Adverbs before an organisation's verb of setting up (先后成立, 新开设). */
export const SET_UP_ADVERBS = ['先后', '新', '还', '也', '已'];

/** Verbs of an organisation setting up a part of it (成立“郑宏名医工作室”). */
export const SET_UP_VERBS = ['引进', '成立', '设立', '开设', '建立', '组建'];

/** What stands between a company and its subsidiary (天津食品集团旗下的津垦奥群). */
export const SUBSIDIARY_LINKS = ['旗下的', '旗下', '的子公司', '子公司', '下属的', '下属', '控股的'];

/** 在…内: a place or site between these is where something happens, not who receives aid. */
export const SETTING_PREPOSITIONS = ['在'];
/** The words that close 在…内 (在园区内, 在校园里, 在村中). */
export const SETTING_POSTPOSITIONS = ['内', '里', '中'];

/** Verbs by which a donor brings in a company (烟台市援疆工作组引进的…公司): the company's investment is the donor's aid. */
export const BROKER_VERBS = ['引进', '引入', '招引', '促成', '推动', '组织'];

/** A word after the first of a group of institutions that leads it (A牵头，B、C等医院…): the group acts together. */
export const GROUP_LEAD_WORDS = ['牵头'];

/** Nouns a list is closed by when its items are companies (伊利、蒙牛等企业). */
export const COMPANY_KIND_NOUNS = ['企业', '公司', '集团', '品牌', '商家', '厂商', '民企', '国企', '央企'];

/** Words before a programme taken as the way of aid (以“院包科”方式): who gives the aid runs it. */
export const BY_WAY_OF_WORDS = ['以', '采取', '采用', '通过'];
