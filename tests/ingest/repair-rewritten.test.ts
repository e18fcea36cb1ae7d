import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import table from '../../src/gazetteer/rewrite-substitutions.json' with { type: 'json' };
import { detectRewritten, repairRewritten } from '../../src/ingest/repair-rewritten.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const repair = (s: string) => repairRewritten(TrackedText.from(s)).text;

describe('repairRewritten on sentences of seed 001', () => {
  it.each([
    ['天津19家甲等病院取和地步区人平易近病院签订“院包科”和谈', '天津19家甲等医院与和田地区人民医院签订“院包科”协议'],
    ['实施儿童先心病“蕙心打算”', '实施儿童先心病“蕙心计划”'],
    ['《天津市第十一批援疆干部人才步队扶植三年步履方案》', '《天津市第十一批援疆干部人才队伍建设三年行动方案》'],
    ['天津援疆前指总批示、和地步委副陆盈暗示', '天津援疆前指总指挥、和田地委副陆盈表示'],
    ['支撑天津食物集团旗下公司入驻和田', '支持天津食品集团旗下公司入驻和田'],
    ['精准援帮和田职业手艺学院', '精准援助和田职业技术学院'],
    ['建成策勒县英才核心、平易近丰县人才公寓', '建成策勒县英才中心、民丰县人才公寓'],
    ['打制策勒县连合新村、于田县斯也克村等10个村落复兴示范村项目', '打造策勒县团结新村、于田县斯也克村等10个乡村振兴示范村项目'],
    ['鸿星尔克正在于田县扶植全国第二大出产', '鸿星尔克在于田县建设全国第二大生产'],
    ['2024岁首年月次开展', '2024年初首次开展'],
    ['被授予“全国平易近族连合前进榜样集体”荣誉称号', '被授予“全国民族团结进步模范集体”荣誉称号'],
    ['打制以铸牢中华平易近族配合体认识为特色的干部教育培训阵地', '打造以铸牢中华民族共同体意识为特色的干部教育培训阵地'],
  ])('%s → %s', (spun, original) => {
    expect(repair(spun)).toBe(original);
  });

  it('keeps 取 in words where it really is 取', () => {
    expect(repair('干部人才援疆工做不竭取得新成效')).toBe('干部人才援疆工作不断取得新成效');
    expect(repair('获取、采取、吸取经验')).toBe('获取、采取、吸取经验');
  });

  it('keeps 平易近人 and 精神病院', () => {
    expect(repair('他平易近人，到精神病院看望患者')).toBe('他平易近人，到精神病院看望患者');
  });

  it('maps repaired words back to the spun words', () => {
    const spun = '天津19家甲等病院取和地步区人平易近病院签订';
    const t = repairRewritten(TrackedText.from(spun));
    const start = t.text.indexOf('和田地区人民医院');
    const span = t.toOriginal(start, start + '和田地区人民医院'.length);
    expect(spun.slice(span.start, span.end)).toBe('和地步区人平易近病院');
  });
});

describe('detectRewritten', () => {
  it('detects seed 001 with many distinct tell-tale forms', () => {
    const result = detectRewritten(seed('001_8096ed5fa1050b32.txt'));
    expect(result.rewritten).toBe(true);
    expect(result.hits).toEqual(expect.arrayContaining(['平易近', '勾当', '鞭策', '扶植', '连合', '总批示']));
    expect(result.score).toBeGreaterThan(20);
  });

  it.each(['000_386c6d3f6793f036.txt', '002_3189ede4f95b37c8.txt', '003_ea277452b1a26da8.txt', '004_bc355209b628d6c9.txt'])(
    'does not call normal news rewritten: %s',
    (name) => {
      expect(detectRewritten(seed(name)).rewritten).toBe(false);
    },
  );

  it('needs more than one slip: a single odd word is not enough', () => {
    expect(detectRewritten('他们的工做很认真，援疆成效显著。').rewritten).toBe(false);
  });
});

describe('the rewrite table (src/gazetteer/rewrite-substitutions.json)', () => {
  it('has one entry per spun form and never maps a form to itself', () => {
    const forms = table.map((entry) => entry[0]);
    expect(new Set(forms).size).toBe(forms.length);
    for (const entry of table) expect(entry[0]).not.toBe(entry[1]);
  });
});
