import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { stripChrome } from '../../src/ingest/strip-chrome.js';
import { stripPinyinGlosses } from '../../src/ingest/strip-pinyin-glosses.js';
import { toSimplified } from '../../src/ingest/to-simplified.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
// Chrome stripping runs on Simplified text without glosses, as in normalise.
const clean = (text: string) => stripChrome(toSimplified(stripPinyinGlosses(TrackedText.from(text)))).text;

describe('stripChrome on seed 000 (唐山劳动日报 page)', () => {
  const text = clean(seed('000_386c6d3f6793f036.txt'));

  it.each([
    '首页 新闻中心 即时新闻',
    '您当前的位置',
    '来源:唐山劳动日报',
    '文/记者 唐建勋',
    '编辑:荣洁',
    '责编:王 卫',
    '审核:闫振寰',
    '河山新闻',
    '移动客户端',
    '张家口日报官方',
    '微信“张小全儿”',
    '张家口新闻网',
    '官方微博',
    '抖音扫码',
    '关注@张家口NEWS',
    '版权声明',
    '未经本网协议授权',
    '联系电话',
  ])('drops "%s"', (chrome) => {
    expect(text).not.toContain(chrome);
  });

  it.each([
    '大美唐山丨“天边小城”今更美',
    '第十批唐山援疆工作前方指挥部锚定“增强造血功能”核心目标',
    '且末县49名医护人员到唐山医疗机构进修',
    '9月23日,新一批唐山柔性援疆医疗专家抵达且末人民医院。',
    '在且末县阿羌镇昆仑牧业有限公司,唐山援建的8个高标准养殖大棚促进了当地畜牧业的发展。',
    '且末第四幼儿园里,漂亮的园舍、齐全的设备给小朋友们创造了良好的成长环境。',
  ])('keeps the story and captions: "%s"', (story) => {
    expect(text).toContain(story);
  });
});

describe('stripChrome on seed 002 (天山网, Traditional with glosses)', () => {
  const text = clean(seed('002_3189ede4f95b37c8.txt'));

  it.each(['未经授权禁止转载', '责任编辑', '营业执照', '许可证', 'ICP备', '公网安备', '举报热线', 'qq.com', 'All Rights Reserved', '版权所有', '来源:'])(
    'drops the footer line with "%s"',
    (chrome) => {
      expect(text).not.toContain(chrome);
    },
  );

  it('keeps the photo captions with their credits, which name the aid command', () => {
    expect(text).toContain('江西援建的阿克陶县布伦口乡布伦口村的江西新村外景(2017年4月10日摄)。图片由江西援疆前方指挥部提供');
    expect(text).toContain('新疆唐锦纺织有限公司在阿克陶县设立唐锦家庭工坊');
  });

  it('keeps the headline and the section headings', () => {
    expect(text).toContain('江西省对口支援新疆工作综述');
    expect(text).toContain('教育援疆 “红杜鹃”绽放课堂');
    expect(text).toContain('产业援疆 激活高原发展引擎');
  });
});

describe('stripChrome on seed 001 (spam header) and 004 (credits footer)', () => {
  it('drops the casino-site header and the share line but not the first paragraph', () => {
    const text = clean(seed('001_8096ed5fa1050b32.txt'));
    expect(text).not.toContain('PP电子');
    expect(text).not.toContain('分享到');
    expect(text.trimStart().startsWith('值得一提的是,天津19家甲等病院')).toBe(true);
  });

  it('drops the 专题信息 credits and keeps the last headings', () => {
    const text = clean(seed('004_bc355209b628d6c9.txt'));
    expect(text).not.toContain('监制');
    expect(text).toContain('援疆医生金景鹏的“镜”彩守护');
  });
});

// Pages of other sites, written for these tests in the style of the seeds' pages, with the
// text that must remain: whole pages are compared, so a story line lost or a chrome line kept fails.
// A page of another site, written for these tests: Traditional, glossed, with a breadcrumb,
// a glossed source line, an editor line and licence footers (tests/ingest/normalise.test.ts too).
const PORTAL = readFileSync(new URL('../fixtures/ingest/portal-traditional-glossed.txt', import.meta.url), 'utf8');

const OTHER_SITES: Array<[string, string, string]> = [
  [
    'a city daily: menu, breadcrumb, dateline, credits, app links and a licence footer',
    [
      '首页 要闻 援疆动态 地方 图片 视频 评论 专题 数字报',
      '您的位置：首页 > 援疆动态 > 正文',
      '',
      '宁波援疆丨库车葡萄“甜”出新天地',
      '',
      '2024-08-19 10:06:41  来源：宁波日报',
      '',
      '  八月的库车，葡萄挂满枝头。宁波援疆干部牵线搭桥，引进冷链物流企业，帮助果农把鲜果销往长三角，今年已发出鲜果1200余吨。',
      '',
      '  文/记者 陈静 图/通讯员 马力',
      '',
      '  库车市伊西哈拉镇的果农正在采摘葡萄。',
      '',
      '编辑：周敏',
      '责编：李 航',
      '审核：吴天明',
      '甬派',
      '宁波日报客户端',
      '宁波晚报官方',
      '微信“宁波发布”',
      '中国宁波网',
      '官方微博',
      '抖音扫码',
      '关注@宁波日报',
      '【中国宁波网版权声明】',
      '',
      '1.凡本网注明“来源：宁波日报”的所有作品，版权均属宁波日报报业集团所有，未经本网授权不得转载、摘编或利用其它方式使用上述作品。',
      '',
      '2.如对稿件内容有疑义，请与本网联系。联系电话：0574-87654321。',
      '',
    ].join('\n'),
    [
      '',
      '宁波援疆丨库车葡萄“甜”出新天地',
      '',
      '',
      '  八月的库车，葡萄挂满枝头。宁波援疆干部牵线搭桥，引进冷链物流企业，帮助果农把鲜果销往长三角，今年已发出鲜果1200余吨。',
      '',
      '',
      '  库车市伊西哈拉镇的果农正在采摘葡萄。',
      '',
      '',
      '',
      '',
    ].join('\n'),
  ],
  [
    'a regional portal in Traditional with glosses: breadcrumb, glossed source, editor and licence lines',
    PORTAL,
    [
      '湖北援疆医生把“技术”留在博州',
      '  湖北第十一批援疆医疗队抵达博乐市以来，已开展新技术、新项目32项，带教当地医护人员110名。',
      '  湖北援疆医生在博州人民医院为患者做手术。',
      '',
    ].join('\n'),
  ],
  [
    'a copied page with a casino-site header and a share line',
    '喀什文旅信息服务平台 2024-03-15 09:41 AG真人娱乐(中国)官方网站\n分享到：\n  深圳援疆干部在塔什库尔干县推动高原旅游，今年一季度接待游客同比增长三成。\n',
    '  深圳援疆干部在塔什库尔干县推动高原旅游，今年一季度接待游客同比增长三成。\n',
  ],
  [
    'a feature page: headings between ellipses and a 专题信息 credits line',
    '援疆教师古丽娜的“双语”课堂\n\n...\n\n“孩子们的进步就是最好的回报”\n\n...\n\n【专题信息】监制：马建国 策划：王丽 编辑：陈晨 设计：赵敏 页面制作：刘洋\n',
    '援疆教师古丽娜的“双语”课堂\n\n\n“孩子们的进步就是最好的回报”\n\n\n',
  ],
];

describe('stripChrome on pages of other sites', () => {
  it.each(OTHER_SITES)('keeps the story of %s', (_, page, story) => {
    expect(clean(page)).toBe(story);
  });

  // A byline in brackets after the last paragraph, as many sites print it.
  it('drops a bracketed byline after the story', () => {
    const page =
      '  宁波援疆医生在库车市人民医院开展新技术12项，带教当地医生30名，填补了当地多项技术空白。\n（记者 张雪 通讯员 刘洋）\n【责任编辑：李晓红】\n';
    expect(clean(page)).toBe('  宁波援疆医生在库车市人民医院开展新技术12项，带教当地医生30名，填补了当地多项技术空白。\n');
  });
});

describe('stripChrome keeps a clean article whole', () => {
  it('changes nothing in seed 003 but the byline', () => {
    const original = seed('003_ea277452b1a26da8.txt');
    const text = clean(original);
    expect(text).toBe(original.replace('□新华社记者 李自良 刘兵 蔡国栋\n', ''));
  });

  it('keeps lines that mention 记者 or 来源 inside a sentence', () => {
    const story = '记者从自治区卫健委了解到，项目资金来源:中央和援疆省市共同承担，已全部到位。\n';
    expect(stripChrome(TrackedText.from(story)).text).toBe(story);
  });
});
