import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NotFoundError } from '../../src/errors.js';
import { normalise } from '../../src/ingest/normalise.js';
import { articleFromBytes, readArticles } from '../../src/ingest/read-articles.js';

const seedPath = (name: string) => new URL(`../../seeds/${name}`, import.meta.url);
const fixturePath = (name: string) => new URL(`../fixtures/ingest/${name}`, import.meta.url);

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  copyFileSync(seedPath('000_386c6d3f6793f036.txt'), join(dir, '000_tangshan.txt'));
  copyFileSync(fixturePath('article-gbk.txt'), join(dir, '010_gbk.txt'));
  copyFileSync(fixturePath('article-big5.txt'), join(dir, '011_big5.md'));
  copyFileSync(fixturePath('only-boilerplate.txt'), join(dir, '020_chrome.txt'));
  writeFileSync(join(dir, '021_empty.txt'), '');
  const binary = new Uint8Array(2048);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 31) % 256;
  writeFileSync(join(dir, '022_binary.txt'), binary);
  writeFileSync(
    join(dir, '030_page.html'),
    `<html><head><title>x</title><style>p{color:red}</style><script>var s = "首页 脚本";</script></head>
     <body><nav>首页 新闻中心 即时新闻 时政 独家 县区</nav>
     <h1>且末县人民医院门诊楼建成</h1>
     <p>唐山援建的且末县人民医院门诊楼&ldquo;投入使用&rdquo;，改善了各族群众的就医环境。<br>援疆医生深入边远乡镇义诊&#65292;受到了乡亲们的欢迎。</p>
     <p>编辑:荣洁</p></body></html>`,
  );
  writeFileSync(join(dir, '040_notes.pdf'), '%PDF-1.4 援疆');
  writeFileSync(join(dir, '.hidden.txt'), '江西援疆前方指挥部组织克州30名少年儿童到江西开展足球冬令营活动。');
  symlinkSync(join(dir, 'missing-target.txt'), join(dir, '050_dangling.txt'));
  mkdirSync(join(dir, '060_folder.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticles', () => {
  it('returns the good articles, sorted by name, with ids from the file names', async () => {
    const { articles } = await readArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['000_tangshan', '010_gbk', '011_big5', '030_page']);
  });

  it('decodes GBK and Big5 files', async () => {
    const { articles } = await readArticles(dir);
    expect(articles.find((a) => a.id === '010_gbk')?.text).toContain('阿克陶县人民医院');
    expect(articles.find((a) => a.id === '011_big5')?.text).toContain('阿克陶縣人民醫院');
  });

  it('reports every file it could not use, with a reason, and ignores other extensions and hidden files', async () => {
    const { skipped } = await readArticles(dir);
    expect(skipped).toEqual([
      { file: '020_chrome.txt', reason: 'no article text after removing page chrome' },
      { file: '021_empty.txt', reason: '021_empty.txt: file is empty' },
      { file: '022_binary.txt', reason: '022_binary.txt: binary file (contains NUL bytes)' },
      { file: '050_dangling.txt', reason: 'cannot read file: ENOENT' },
      { file: '060_folder.txt', reason: 'not a regular file' },
    ]);
  });

  it('turns HTML into text: no scripts or styles, tags stripped, entities decoded, blocks on their own lines', async () => {
    const { articles } = await readArticles(dir);
    const page = articles.find((a) => a.id === '030_page');
    expect(page?.text).toContain('唐山援建的且末县人民医院门诊楼“投入使用”，改善了各族群众的就医环境。\n援疆医生深入边远乡镇义诊，');
    expect(page?.text).not.toMatch(/<|脚本|color:red/);
    expect(page && normalise(page).text).not.toContain('编辑');
  });

  it('guesses title, date and source from the page head', async () => {
    const { articles } = await readArticles(dir);
    const tangshan = articles.find((a) => a.id === '000_tangshan');
    expect(tangshan).toMatchObject({ title: '大美唐山丨“天边小城”今更美', date: '2025-10-11', source: '唐山劳动日报' });
  });

  it('reports progress once per candidate file', async () => {
    const calls: Array<[number, number]> = [];
    await readArticles(dir, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toHaveLength(9);
    expect(calls.at(-1)).toEqual([9, 9]);
  });

  it('skips a file over the size limit and goes on', async () => {
    const { articles, skipped } = await readArticles(dir, { maxBytes: 5000 });
    expect(skipped).toContainEqual({ file: '000_tangshan.txt', reason: 'file too large (5.8 KB, limit 4.9 KB)' });
    expect(articles.map((a) => a.id)).toContain('010_gbk');
  });

  it('throws NotFoundError for a missing folder', async () => {
    await expect(readArticles(join(dir, 'nope'))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('articleFromBytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('sees Traditional, glossed page chrome as chrome', () => {
    const page = '首頁 新聞中心 即時新聞 時政 獨家\n責任編輯:王小明\n版權所有 天山網(wǎng) 未經(jīng)授權禁止轉載\n營業(yè)執(zhí)照 新疆日報社\n';
    expect(articleFromBytes('x.txt', bytes(page))).toBe('no article text after removing page chrome');
  });

  it('takes the first line that is not chrome as the title, as written', () => {
    const page = '首頁 新聞中心 即時新聞 時政 獨家\n\n  江西援建的阿克陶縣醫(yī)院建成  \n阿克陶縣人民醫(yī)院受捐了包括核磁共振在內的設備,改善了各族群眾的就醫環境。\n';
    expect(articleFromBytes('x.txt', bytes(page))).toMatchObject({ id: 'x', title: '江西援建的阿克陶縣醫(yī)院建成' });
  });

  it('gives no title when the story starts at once with a long paragraph', () => {
    const page = `${'阿克陶縣人民醫院受捐了包括核磁共振在內的設備,改善了各族群眾的就醫環境。'.repeat(3)}\n`;
    expect(articleFromBytes('x.txt', bytes(page))).not.toHaveProperty('title');
  });
});

describe('readArticles on a 20 MB article', () => {
  it('decodes and normalises it without error', async () => {
    const big = mkdtempSync(join(tmpdir(), 'kg-ingest-big-'));
    try {
      const unit = readFileSync(seedPath('002_3189ede4f95b37c8.txt'), 'utf8');
      const repeats = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(unit));
      writeFileSync(join(big, 'big.txt'), unit.repeat(repeats));
      const { articles, skipped } = await readArticles(big);
      expect(skipped).toEqual([]);
      const n = normalise(articles[0]!);
      expect(n.script).toBe('traditional');
      expect(n.text).toContain('南昌大学第一附属医院牵头负责');
      const at = n.text.lastIndexOf('阿克陶县人民医院');
      const span = n.toOriginal(at, at + 8);
      expect(articles[0]!.text.slice(span.start, span.end)).toBe('阿克陶縣人民醫(yī)院');
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }, 60_000);
});
