import { readFileSync } from 'node:fs';
import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';

import { normalise } from '../../src/ingest/normalise.js';
import { repairMojibake } from '../../src/ingest/repair-mojibake.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const seed = (prefix: string): string => {
  const names: Record<string, string> = {
    '000': '000_386c6d3f6793f036.txt',
    '001': '001_8096ed5fa1050b32.txt',
    '002': '002_3189ede4f95b37c8.txt',
    '003': '003_ea277452b1a26da8.txt',
    '004': '004_bc355209b628d6c9.txt',
  };
  return readFileSync(new URL(`../../seeds/${names[prefix]}`, import.meta.url), 'utf8');
};

/** What a page shows when its UTF-8 bytes are read as GBK. */
const utf8ReadAsGbk = (text: string): string => new TextDecoder('gbk').decode(new TextEncoder().encode(text));

const repair = (text: string): TrackedText => repairMojibake(TrackedText.from(text));

// The mojibake in the seeds and what its bytes give back. These are GBK bytes read one
// byte out of step; the bytes named in the comments were lost before the seed was saved.
const SEED_REPAIRS: Array<[string, string, string]> = [
  // 。” lost (A1 A3 A1 → "?!"), the rest back in step at "W" (學 = 8C 57).
  ['002', '紅?!笨酥萁\ue147鲗嶒炛袑W(', '紅?!克州江西實驗中學('],
  // 校 (D0 A3) and the lead byte of 科 (BF) lost as "??"; 州's trail byte (DD) lost in the "?".
  ['002', '高??萍夹小睅\ue7a6肟酥?,', '高??技行”帶入克?,'],
  // 專 (8C 60) and the lead byte of 科 lost as "??".
  ['002', '重點??平ㄔO項目', '重點??建設項目'],
  // "?shù)" is the gloss of 數 (94 B5: trail of 當, lead of 地): it gives back the byte B5.
  ['002', '當?shù)蒯t(yī)護', '當地醫(yī)護'],
  ['002', '當?shù)厝罕姀V泛', '當地群眾廣泛'],
  ['002', '品牌?!苯\ue147髟\ue194\ue19e胺街笓]部', '品牌?!江西援疆前方指揮部'],
  // "?zhí)" is the gloss of 執 (88 CC: trail of 龍, lead of 泰).
  ['004', '龍?zhí)┨枴睘榧~帶', '龍泰號”為紐帶'],
];

describe('repairMojibake', () => {
  // Each text has a whole number of GBK pairs (an even byte count, no € byte), so no byte is lost.
  it.each([
    '广东省对口支援伽师县人民医院的专家们',
    '上海援疆医生在莎车县人民医院完成首例手术',
    '廣東援疆醫生在伽師縣人民醫院完成首例手術',
  ])('reads UTF-8 that was decoded as GBK back exactly: %s', (text) => {
    const page = `新闻：${utf8ReadAsGbk(text)}\n下一段。`;
    expect(page).not.toContain(text);
    expect(repair(page).text).toBe(`新闻：${text}\n下一段。`);
  });

  // Known failures: the repair leaves the first characters of a run as mojibake where they
  // read as plausible characters (鈥滄箹 for “湖, 娣卞湷 for 深圳 before digits, 閯杽 for 鄯善,
  // 杈藉畞 for 辽宁 at the start of a text); the rest of the run is read back.
  it.fails.each([
    ['“湖南名医下乡行”进', `新闻：${utf8ReadAsGbk('“湖南名医下乡行”进')}\n下一段。`, '新闻：“湖南名医下乡行”进\n下一段。'],
    ['深圳12家三甲医院与喀什地区第一人民医院签订协议', `新闻：${utf8ReadAsGbk('深圳12家三甲医院与喀什地区第一人民医院签订协议')}\n下一段。`, '新闻：深圳12家三甲医院与喀什地区第一人民医院签订协议\n下一段。'],
    ['鄯善縣人民醫院新添了兩台設備', `新闻：${utf8ReadAsGbk('鄯善縣人民醫院新添了兩台設備')}\n下一段。`, '新闻：鄯善縣人民醫院新添了兩台設備\n下一段。'],
    ['辽宁省援疆干部人才抵达塔城市', utf8ReadAsGbk('辽宁省援疆干部人才抵达塔城市'), '辽宁省援疆干部人才抵达塔城市'],
  ])('reads the first characters of a run back too: %s', (_, page, expected) => {
    expect(repair(page).text).toBe(expected);
  });

  it('recovers what the bytes allow where some were lost, and leaves the rest as written', () => {
    const text = '浙江省援疆干部人才从2023年4月进驻阿克苏以来，在浙阿两地党委和政府关心支持下';
    const page = utf8ReadAsGbk(text);
    // 年 = E5 B9 B4: B4 met the ASCII "4" and was dropped by the decoder.
    expect(page).toContain('2023骞\ufffd4');
    expect(repair(page).text).toBe('浙江省援疆干部人才从2023骞\ufffd4月进驻阿克苏以来，在浙阿两地党委和政府关心支持下');
  });

  it('maps repaired text back to the mojibake it was read from', () => {
    // Ten characters, 30 bytes: an even count, so no byte is left over at the end.
    const page = `新闻：${utf8ReadAsGbk('吉木乃县中医医院住院')}楼建成。`;
    const repaired = repair(page);
    expect(repaired.text).toBe('新闻：吉木乃县中医医院住院楼建成。');
    const span = repaired.toOriginal(3, 7);
    expect(page.slice(span.start, span.end)).toBe(utf8ReadAsGbk('吉木乃县'));
    const after = repaired.toOriginal(14, 16);
    expect(page.slice(after.start, after.end)).toBe('建成');
  });

  it.each(SEED_REPAIRS)('repairs seed %s: %s → %s', (prefix, mojibake, repaired) => {
    expect(seed(prefix)).toContain(mojibake);
    expect(repair(seed(prefix)).text).toContain(repaired);
  });

  it('changes nothing in the seeds but their mojibake', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      let expected = seed(prefix);
      for (const [p, mojibake, repaired] of SEED_REPAIRS) if (p === prefix) expected = expected.replaceAll(mojibake, repaired);
      expect(repair(seed(prefix)).text, `seed ${prefix}`).toBe(expected);
    }
  });

  it('leaves a long normal text untouched, in both scripts', () => {
    const simplified = [seed('000'), seed('001'), seed('003')].join('\n');
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);
    const text = `${simplified}\n${traditional}\n`.repeat(20);
    const tracked = TrackedText.from(text);
    expect(repairMojibake(tracked)).toBe(tracked);
  });

  it('leaves text without mojibake alone even next to rare characters and question marks', () => {
    for (const text of ['祖丽阿亚·图孙托合提说?是吗??', '饕餮 魑魅魍魉 耄耋', '价格为€5，约合人民币40元。']) {
      expect(repair(text).text).toBe(text);
    }
  });
});

describe('normalise with mojibake', () => {
  it('brings back 龍泰號 in seed 004', () => {
    expect(normalise({ id: '004', text: seed('004') }).text).toContain('以“龙泰号”为纽带,不仅');
  });

  it('brings back what the bytes allow in seed 002 (江西高校科技行 is not recoverable: 校 and a byte of 科 were lost)', () => {
    const n = normalise({ id: '002', text: seed('002') });
    expect(n.text).toContain('援疆医生与当地医护人员结对71对');
    expect(n.text).toContain('受到当地群众广泛称赞');
    expect(n.text).toContain('江西援疆前方指挥部党委书记');
    expect(n.text).toContain('首次将“江西高??技行”带入克?,');
    // 地 and the 2 of 204 went into one "?": nothing to read back.
    expect(n.text).toContain('当?shù)?04名');
  });
});
