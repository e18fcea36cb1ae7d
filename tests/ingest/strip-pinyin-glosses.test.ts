import { describe, expect, it } from 'vitest';

import { isPinyinGloss, stripPinyinGlosses } from '../../src/ingest/strip-pinyin-glosses.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const strip = (s: string) => stripPinyinGlosses(TrackedText.from(s)).text;

describe('stripPinyinGlosses', () => {
  it.each([
    ['農(nóng)業(yè)合(hé)作', '農業合作'],
    ['石榴雲(yún)-新疆日報客戶(hù)端', '石榴雲-新疆日報客戶端'],
    ['鑄牢中華民族共同體意識，為(wèi)主線', '鑄牢中華民族共同體意識，為主線'],
    ['習(xí)近平新時代', '習近平新時代'],
    ['產（chǎn）業（yè）', '產業'],
    ['产(chan3)业(ye4)', '产业'],
    ['醫療(yī liáo)援疆', '醫療援疆'],
    ['醫療(yi1 liao2)援疆', '醫療援疆'],
    ['醫療(yī-liáo)援疆', '醫療援疆'],
    ['醫【yī】療', '醫療'],
    ['醫[yī]療', '醫療'],
    ['產 (chǎn)業', '產業'],
    ['產\u3000（chǎn）業', '產業'],
    ['醫(Yī)院', '醫院'],
    ['國(guó)務(wù)院(YUÀN)', '國務院'],
    ['產(ch\u0251\u030cn)業', '產業'],
    ['國(\u0261uó)家', '國家'],
    ['醫(yi\u0304)院', '醫院'],
    ['的(de0)', '的'],
  ])('removes the gloss in %s', (input, expected) => {
    expect(strip(input)).toBe(expected);
  });

  it.each([
    '廣東援建的伽師縣新城一角(2019年6月21日攝)。',
    '喀什職業技術學院(伽師校區)',
    '牧民玉素甫江(化名)看著',
    '引進頭部MCN機構(mcn)',
    '國家胸痛中心(基層版)認證',
    '全國勞動模範王建華(右)與',
    '推出“1+2”(a)方案',
    '升级版本(v2)上线',
    '碩士(MA)課程',
    '李老師(Li)說',
    '技術路線(IT)',
    '工程(A)標段與工程 (B) 標段',
    '見附件[1]',
  ])('keeps real brackets: %s', (input) => {
    expect(strip(input)).toBe(input);
  });

  // A gloss may write a word's syllables run together, as pinyin spells words.
  it('removes a gloss of two syllables written as one word', () => {
    expect(strip('溫泉(wēnquán)縣')).toBe('溫泉縣');
    expect(strip('醫療(yi1liao2)隊')).toBe('醫療隊');
    expect(strip('博樂（bólè）市')).toBe('博樂市');
  });

  it('only removes glosses right after a Chinese character', () => {
    expect(strip('version 2 (chǎn)')).toBe('version 2 (chǎn)');
  });

  it('maps the cleaned text back to the glossed original', () => {
    const original = '圍繞幹部支援、產(chǎn)業(yè)轉(zhuǎn)移、教育醫(yī)療';
    const t = stripPinyinGlosses(TrackedText.from(original));
    expect(t.text).toBe('圍繞幹部支援、產業轉移、教育醫療');
    const start = t.text.indexOf('產業轉移');
    const span = t.toOriginal(start, start + 4);
    expect(original.slice(span.start, span.end)).toBe('產(chǎn)業(yè)轉(zhuǎn)移');
  });
});

describe('isPinyinGloss', () => {
  it('accepts toned and numbered syllables and a few neutral ones', () => {
    expect(isPinyinGloss('zhì')).toBe(true);
    expect(isPinyinGloss('lü4')).toBe(true);
    expect(isPinyinGloss('de')).toBe(true);
  });
  it('rejects plain words that are not marked pinyin', () => {
    expect(isPinyinGloss('an')).toBe(false);
    expect(isPinyinGloss('mcn')).toBe(false);
    expect(isPinyinGloss('vr')).toBe(false);
  });
  it('rejects finals that pinyin never writes alone (i, u, ü are yi, wu, yu)', () => {
    expect(isPinyinGloss('v2')).toBe(false);
    expect(isPinyinGloss('i3')).toBe(false);
    expect(isPinyinGloss('yu2')).toBe(true);
  });
  it('takes capitals only with a marked tone', () => {
    expect(isPinyinGloss('Yī')).toBe(true);
    expect(isPinyinGloss('MA')).toBe(false);
    expect(isPinyinGloss('ma')).toBe(true);
  });
});
