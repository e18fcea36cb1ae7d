// Word lists that describe how articles of this genre name things. They follow
// the language (suffixes, verbs, function words), not any one article.

import type { NodeType } from '../types.ts';

export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
export const NUMERALS = '一二三四五六七八九十百零〇两';

/** Institution heads, longest first within a type. */
export const INSTITUTION_SUFFIXES: Array<{ suffix: string; type: NodeType }> = [
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
  { suffix: '有限公司', type: 'company' },
  { suffix: '集团', type: 'company' },
  { suffix: '研究院', type: 'facility' },
  { suffix: '产业园区', type: 'facility' },
  { suffix: '产业园', type: 'facility' },
  { suffix: '工业园区', type: 'facility' },
  { suffix: '工业园', type: 'facility' },
  { suffix: '园区', type: 'facility' },
  { suffix: '基地', type: 'facility' },
  { suffix: '纪念馆', type: 'facility' },
  { suffix: '纪念馆新馆', type: 'facility' },
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

/**
 * Words that cannot be inside an institution name: verbs of aid and action,
 * prepositions, conjunctions. Scanning left from a suffix stops after them.
 */
export const BOUNDARY_WORDS = [
  '对口支援', '对口帮扶', '支援', '援建', '援助', '帮扶', '支持', '推动', '推进', '组织', '成立', '建设', '建立', '建成',
  '引进', '引入', '落户', '设立', '抵达', '来到', '前往', '进驻', '入驻', '投资', '包建', '签订', '实施', '开展',
  '举办', '打造', '促成', '依托', '通过', '联合', '牵头', '负责', '参与', '走进', '进入', '参观', '访问', '受捐',
  '捐赠', '购置', '选派', '派出', '加入', '携手', '对接', '培训', '培养', '担任', '任职', '就读', '毕业于', '来自',
  '包括', '其中', '以及', '如今', '目前', '今年', '去年', '同时', '还有', '并且', '带领', '指导', '协调', '鼓励',
  '我们', '他们', '你们', '咱们', '任', '援疆', '协助', '帮助', '推广', '服务', '覆盖', '接受', '为了', '作为', '就是', '正在', '已经', '先后', '陆续',
  '的', '在', '与', '及', '对', '为', '向', '是', '了', '把', '被', '让', '由', '到', '从', '给', '将', '等',
  '并', '或', '至', '赴', '经', '据', '和', '同', '跟', '去', '由', '即', '如', '像', '这', '那',
  '该', '其', '各', '每', '所', '家', '名', '个', '位', '批', '座', '次', '项', '以',
];

/** Words that class a company before its name (市属国企深圳港集团): they end no other name. */
export const COMPANY_CLASS_WORDS = ['国企', '央企', '民企', '外企', '企业', '市属', '省属', '区属', '县属', '旗下', '子公司'];

/** Units of a date: after digits they end the date, not begin a name (5月14日江西日兴建筑有限公司). */
export const DATE_UNITS = ['月份', '年度', '年', '月', '日', '号'];

/** Heads of zones and parks: a company named right after one is not part of its name (…开发区新疆新铝铝业有限公司). */
export const ZONE_HEADS = ['开发区', '高新区', '园区', '工业园', '产业园', '保税区', '新区'];

/** Modifiers that make a generic, not a named, institution (三甲医院, 当地学校). */
export const GENERIC_MODIFIERS = [
  '三甲', '二甲', '甲等', '三级', '二级', '省级', '市级', '县级', '地市级', '乡镇', '省直', '专科', '综合', '定点',
  '受援', '大型', '重点', '优质', '当地', '本地', '基层', '省内', '区内', '疆内', '疆外', '内地', '中小', '本科',
  '高职', '高等', '职业', '技工', '友好', '联谊', '民办', '公办', '示范', '薄弱', '农村', '城市', '乡村', '偏远', '边远', '结对', '对口',
  '援疆', '新建', '全国', '国家', '知名', '龙头', '头部', '大中', '各级', '多所', '多家', '一所', '一家', '这所',
  '科研', '医疗', '教育', '培训', '实训', '生产', '加工', '种植', '养殖', '物流', '直播', '孵化', '电商', '示范性',
  '附属', '旗下', '公立', '私立', '医科', '中医', '人民', '妇幼', '儿童', '第一', '第二', '第三', '科技', '高科技',
  '就业', '创业', '产业', '工业', '文化', '旅游', '社会', '企业', '公司', '少数民族', '双语', '寄宿制', '学前',
];

/** Words that make a name generic wherever they stand (赣陶两地学校). */
export const GENERIC_ANYWHERE = ['两地', '各族', '受援', '结对', '当地', '本地'];

/** Boundary words that are common inside company names (…投资发展有限公司). */
export const COMPANY_NAME_WORDS = ['投资', '建设', '发展', '服务', '培训', '开发', '科技', '对接', '推广', '合作'];

/** Modifiers that leave a place-prefixed name generic (唐山重点学校, 当地医院). */
export const GENERIC_AFTER_PLACE = [
  '重点', '优质', '当地', '本地', '各', '各级', '大型', '知名', '三甲', '二甲', '甲等', '省级', '市级', '县级', '乡镇',
  '省直', '专科', '定点', '多所', '多家', '一所', '一家', '中小', '高职', '本科', '部分', '所有', '全部', '其他', '相关',
  '加强', '共建', '干部', '援疆', '新建', '农牧', '绿色', '中农',
];

/** Facility heads that name a place only with a place or a proper name before them. */
export const PROPER_FACILITY_HEADS = ['纪念馆', '纪念馆新馆', '博物馆', '工作室', '工作站', '展示馆', '家庭工坊', '研究院'];

/** Words that, right after a quoted name, mark it as a programme. */
export const PROGRAMME_CUES_AFTER = [
  '计划', '工程', '行动', '品牌', '模式', '形式', '活动', '平台', '项目', '系列', '结对子', '结对', '协议', '制度', '夏令营', '冬令营', '课程', '育人品牌', '教育援疆', '医疗援疆', '志愿服务', '义诊', '大讲堂', '旅游项目',
  '工作室', '书屋', '行', '班', '研学班', '公益行', '文化标识', '合唱团', '为纽带', '为主题',
  '医院', '的理念', '工作思路', '实施方案', '方案',
];

/** Heads that make a quoted name a programme by itself (“蕙心计划”, “津和班”). */
export const PROGRAMME_HEADS = [
  '计划', '工程', '行动', '品牌', '模式', '方案', '工作室', '书屋', '讲堂', '微讲堂', '诗会', '一家亲', '行', '班',
  '号', '云', '工作思路', '思路', '项目', '系列活动', '夏令营', '冬令营', '之家', '巡演', '联盟', '制度', '论坛', '大赛',
];

/** Verbs that introduce a programme name (实施“…”, 开展“…”). */
export const PROGRAMME_CUES_BEFORE = [
  '实施', '开展', '启动', '打造', '推出', '推行', '创新实施', '组织', '举办', '引入', '加入', '发起', '建立', '成立',
  '搭建', '实行', '采取', '参加', '持续擦亮', '擦亮', '深化', '开设', '设立', '创新推行', '印发', '创立', '创建', '组建', '叫响', '打响',
  '研究制定', '制定', '依托', '坚持',
];

/** Quoted phrases that are never programmes: slogans, honours, metaphors. */
export const NON_PROGRAMME_CUES_BEFORE = ['被授予', '荣获', '获评', '称为', '之称', '素有', '誉为', '号称', '成为'];

/** Aid verbs that make a donor → recipient `supports` reading. */
export const SUPPORT_CUES = [
  '对口支援', '对口援助', '对口帮扶', '支援', '援助', '援建', '帮扶', '包建', '院包科', '组团式', '援疆', '结对帮扶',
  '捐赠', '捐建', '资助', '投入援疆资金', '援疆资金', '援疆项目', '购置', '建成', '建设', '打造', '帮助', '支持',
  '受援', '选派', '派出', '支教', '义诊', '培训', '指导',
];

export const INVEST_CUES = ['投资', '落户', '入驻', '落地', '设立', '成立', '投产', '兴业', '建厂', '开办', '引进', '引入', '签约', '建设'];

/** Pairing verbs (a regular expression each): 结对 but not 结对支援, which is aid. */
export const PARTNER_CUES = [
  '结对(?!支援|帮扶|援助)', '共建', '互训', '结为', '缔结', '手拉手', '(签订|签署)[^，。；]{0,16}(合作|友好)[^，。；]{0,6}(协议|备忘录)',
  '(建立|确立|达成)[^，。；]{0,6}合作关系', '战略合作',
];

/** Donor-side city words that mean "the paired-aid effort of X" (唐山援疆, 江西援建). */
export const DONOR_MARKERS = ['援疆', '对口支援', '对口援助', '援建', '帮扶', '援助', '医疗援疆', '教育援疆', '产业援疆', '柔性援疆', '选派'];

/** Heads of a donor's aid bodies (天津援疆前指, 无锡市对口支援阿合奇县前方工作组), longest first. */
export const AID_BODY_HEADS = [
  '前方指挥部', '分指挥部', '指挥部', '前指', '前方工作组', '工作组', '工作队', '干部管理组', '工作领导小组', '领导小组', '援疆办',
];

/** Words that make a body after a donor place an aid body (援疆, 对口支援, 援霍 in 无锡市援霍工作组). */
export const AID_BODY_MARKERS = ['对口支援', '对口援助', '对口援疆', '援疆', '援建', '援[\\u4e00-\\u9fff]'];

/**
 * Level words that name a body without its place (省人社厅, 市政府, 县委, 师党委),
 * with the units they can stand for: a division type, 'city' (a unit named …市) or 'division' (a 兵团 division).
 */
export const BARE_BODY_LEVELS: Record<string, Array<'province' | 'prefecture' | 'county' | 'city' | 'division'>> = {
  自治区: ['province'],
  省: ['province'],
  市: ['city'],
  州: ['prefecture'],
  地区: ['prefecture'],
  县: ['county'],
  区: ['county'],
  师: ['division'],
};

/** Industry words that end a company's short name after its brand (正源药业, 斯派克光电, 冀中能源). */
export const INDUSTRY_WORDS = [
  '药业', '制药', '医药', '生物', '矿业', '煤业', '能源', '新能', '电力', '电气', '光电', '光伏', '风电', '电子', '通信', '科技',
  '纺织', '轻工', '化工', '化纤', '钢铁', '铝业', '铸管', '建材', '水泥', '建工', '建投', '地产', '置业', '物流', '实业',
  '农业', '牧业', '畜牧', '乳业', '食品', '粮油', '种业', '果业', '茶业', '酒业', '服饰', '服装', '家具', '装备', '重工',
  '机械', '汽车', '航空', '传媒', '文旅', '商贸', '贸易', '电商', '控股', '股份', '演艺', '园林', '环保', '新材',
];

/** Words that show a clause speaks of business, so a brand-and-industry word there names a company. */
export const BUSINESS_CUES = [
  '企业', '公司', '集团', '品牌', '商会', '投资', '签约', '落户', '入驻', '引进', '引入', '招商', '落地', '建厂', '投产', '开工',
  '董事长', '总经理', '厂房', '生产线', '项目',
];

/** Verbs that introduce a list of names (引进A、B、C): the first item starts right after them. */
export const LIST_INTRODUCERS = ['引进', '引入', '来自', '包括', '促成', '组织', '吸引', '招引', '邀请', '联合', '有'];

/**
 * The provinces that give paired aid to Xinjiang and the 兵团 (the 19 援疆省市 of the
 * 2010 national work conference on Xinjiang; 深圳 is one of them as a city of 广东).
 * Only they and their cities and counties act as donors.
 */
export const DONOR_PROVINCES = [
  '北京市', '天津市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省', '安徽省', '福建省',
  '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省',
];

/** Nouns for people: a place or institution right before one only says where the person is from (博斯坦村村民). */
export const PERSON_NOUNS = [
  '村民', '居民', '农民', '牧民', '群众', '学生', '小学生', '师生', '孩子', '教师', '老师', '医生', '护士', '患者', '病人', '职工',
  '员工', '工人', '主播', '党员', '干部', '书记', '副书记', '主任', '副主任', '局长', '副局长', '县长', '副县长', '市长', '副市长',
  '校长', '副校长', '院长', '副院长', '厂长', '经理', '负责人', '代表', '家长', '同学', '青年', '妇女', '老人', '游客', '记者',
];

/** Words that say two lists are paired item by item (分别, 依次). */
export const RESPECTIVELY = ['分别', '依次', '各自', '一一'];

/** Words of aid projects: in an article about one donor, the institutions and sites a sentence with them names are its aid. */
export const PROJECT_WORDS = ['项目', '工程', '完工', '投运', '投用', '落成', '竣工', '启用', '开工', '挂牌', '揭牌', '援疆教师', '援疆医生', '援疆干部'];

/** Endings of quoted slogans (以“深圳所能”服务“喀什所需”): aid policy language, not names. */
export const SLOGAN_ENDINGS = ['所能', '所需', '所盼', '所急', '所长', '所愿'];

/** Abstract nouns that end a quoted phrase, not a name (“中亚南亚经济圈重心地位”, “邵医特色”). */
export const ABSTRACT_ENDINGS = [
  '地位', '特色', '优势', '作用', '功能', '水平', '精神', '理念', '目标', '格局', '意识', '氛围', '效应', '能力', '定位', '使命',
  '担当', '情怀', '本色', '底色', '成效', '成果', '局面', '态势',
];

/** Heads of named events held as aid programmes (中国新疆喀什·中亚南亚商品交易会). */
export const EVENT_HEADS = ['交易会', '博览会', '展销会', '洽谈会', '文化节', '旅游节', '艺术节', '美食节'];

/** Heads of bureaus and institutes named after their place (天津华北地质勘查局). */
export const BUREAU_HEADS = ['勘查局', '勘探局', '地质局', '地质队', '管理局', '研究所', '设计院', '规划院'];

/** Aid words strong enough that the article's donor is the giver when the sentence names none. */
export const STRONG_AID_CUES = ['援疆', '援建', '对口支援', '对口援助', '对口帮扶', '帮扶', '援助', '支援', '包建', '受援', '结对'];

/** Aid words that make a company a recipient of aid, not an investor. */
export const COMPANY_AID_CUES = ['援建', '帮扶', '援助', '帮助'];

/** Verbs of building right before what was built for the recipient (援建的多浪第一幼儿园). */
export const BUILT_FOR = ['援建', '捐建', '建成', '新建', '包建', '援助建设'];

/** Verbs that give honours: a title after them (荣获…爱婴医院) is no institution's name. */
export const HONOUR_VERBS = ['荣获', '获评', '被评为', '评为', '被授予', '荣膺', '获得'];
