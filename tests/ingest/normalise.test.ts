import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { normalise } from '../../src/ingest/normalise.js';
import type { Article } from '../../src/types.js';

const seed = (name: string): Article => ({
  id: name.slice(0, 3),
  text: readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8'),
});

/** The passage of the original article that a span of the normalised text came from. */
function asWritten(article: Article, passage: string): string {
  const n = normalise(article);
  const start = n.text.indexOf(passage);
  expect(start, `"${passage}" in normalised ${article.id}`).toBeGreaterThanOrEqual(0);
  const span = n.toOriginal(start, start + passage.length);
  return article.text.slice(span.start, span.end);
}

describe('normalise', () => {
  it('turns the Traditional, glossed seed 002 into Simplified text without glosses or footer', () => {
    const n = normalise(seed('002_3189ede4f95b37c8.txt'));
    expect(n.script).toBe('traditional');
    expect(n.rewritten).toBe(false);
    expect(n.text).toContain('从政治建设、项目带动、产业协作、教育医疗及民族团结等多维度推进援疆工作');
    expect(n.text).toContain('南昌大学第一附属医院牵头负责');
    // Glosses inside mojibake ("蒯t(yī)") follow no Chinese character and stay.
    expect(n.text).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
    expect(n.text).not.toContain('版权所有');
  });

  it('repairs the spun seed 001 and says so', () => {
    const n = normalise(seed('001_8096ed5fa1050b32.txt'));
    expect(n.script).toBe('simplified');
    expect(n.rewritten).toBe(true);
    expect(n.text).toContain('天津19家甲等医院与和田地区人民医院签订“院包科”协议');
    expect(n.text).toContain('《天津市第十一批援疆干部人才队伍建设三年行动方案》');
    expect(n.text).not.toContain('平易近');
  });

  it('leaves normal Simplified news as written except chrome, whitespace and broken lines', () => {
    const article = seed('003_ea277452b1a26da8.txt');
    const n = normalise(article);
    expect(n.rewritten).toBe(false);
    expect(n.script).toBe('simplified');
    const paragraphs = article.text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('□新华社记者'));
    // The three paragraphs that the page broke mid-word are mended.
    const mended = paragraphs.join('\n').replace('喀\n什地区', '喀什地区').replace('电商达\n人。', '电商达人。').replace('近年\n来', '近年来');
    expect(n.text).toBe(mended);
  });

  it('maps a Traditional glossed sentence back to the text as written', () => {
    const article = seed('002_3189ede4f95b37c8.txt');
    expect(asWritten(article, '从政治建设、项目带动、产业协作、教育医疗')).toBe(
      '從政治建設、項目帶動、產(chǎn)業(yè)協(xié)作、教育醫(yī)療',
    );
    expect(asWritten(article, '阿克陶县人民医院受捐了包括核磁共振')).toBe('阿克陶縣人民醫(yī)院受捐了包括核磁共振');
  });

  it('maps a repaired sentence back to the spun text as written', () => {
    const article = seed('001_8096ed5fa1050b32.txt');
    expect(asWritten(article, '天津19家甲等医院与和田地区人民医院签订“院包科”协议')).toBe(
      '天津19家甲等病院取和地步区人平易近病院签订“院包科”和谈',
    );
    expect(asWritten(article, '2024年初首次开展')).toBe('2024岁首\ue291年月次开展');
  });

  it('maps every normalised character of every seed inside the article, in order', () => {
    for (const name of ['000_386c6d3f6793f036.txt', '002_3189ede4f95b37c8.txt', '004_bc355209b628d6c9.txt']) {
      const article = seed(name);
      const n = normalise(article);
      let previous = 0;
      for (let i = 0; i < n.text.length; i += 7) {
        const span = n.toOriginal(i, i + 1);
        expect(span.start).toBeGreaterThanOrEqual(previous);
        expect(span.end).toBeLessThanOrEqual(article.text.length);
        previous = span.start;
      }
    }
  });

  it('collapses runs of ASCII, no-break and full-width spaces and trims lines', () => {
    const n = normalise({ id: 't', text: '  广东援疆\u00a0\u00a0前方指挥部\u3000\u3000提供。  \r\n\r\n\r\n伽师县人民医院住院楼建成。' });
    expect(n.text).toBe('广东援疆 前方指挥部 提供。\n伽师县人民医院住院楼建成。');
  });

  // A page of another site, written for these tests (tests/ingest/strip-chrome.test.ts too).
  const portal = readFileSync(new URL('../fixtures/ingest/portal-traditional-glossed.txt', import.meta.url), 'utf8');

  it('turns a Traditional glossed page of another site into Simplified story text', () => {
    const n = normalise({ id: 't', text: portal });
    expect(n.script).toBe('traditional');
    expect(n.rewritten).toBe(false);
    expect(n.text).toBe(
      '湖北援疆医生把“技术”留在博州\n湖北第十一批援疆医疗队抵达博乐市以来，已开展新技术、新项目32项，带教当地医护人员110名。\n湖北援疆医生在博州人民医院为患者做手术。',
    );
    expect(asWritten({ id: 't', text: portal }, '新技术、新项目')).toBe('新技術(shù)、新項目');
    expect(asWritten({ id: 't', text: portal }, '博州人民医院')).toBe('博州人民醫院');
  });
});
