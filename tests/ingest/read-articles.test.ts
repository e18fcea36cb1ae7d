import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NotFoundError } from '../../src/errors.js';
import { normalise } from '../../src/ingest/normalise.js';
import { articleFromBytes, readArticles, streamArticles } from '../../src/ingest/read-articles.js';

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
     <body><nav>首页 要闻 援疆动态 地方 图片 视频 专题</nav>
     <h1>叶城县人民医院住院楼建成</h1>
     <p>上海援建的叶城县人民医院住院楼&ldquo;投入使用&rdquo;，缓解了当地群众住院难。<br>援疆护士走进牧区开展健康宣讲&#65292;受到了牧民的欢迎。</p>
     <p>编辑:周敏</p></body></html>`,
  );
  writeFileSync(join(dir, '040_notes.pdf'), '%PDF-1.4 援疆');
  writeFileSync(join(dir, '.hidden.txt'), '广东援疆前方指挥部组织伽师县40名中学生到广州参加研学夏令营。');
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
    expect(articles.find((a) => a.id === '010_gbk')?.text).toContain('鄯善县人民医院');
    expect(articles.find((a) => a.id === '011_big5')?.text).toContain('鄯善縣人民醫院');
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
    expect(page?.text).toContain('上海援建的叶城县人民医院住院楼“投入使用”，缓解了当地群众住院难。\n援疆护士走进牧区开展健康宣讲，');
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

describe('streamArticles', () => {
  it('gives readArticles’ articles in its order, and its skipped files once done', async () => {
    const stream = await streamArticles(dir);
    expect(stream.files).toBe(9);
    const articles = [];
    for await (const article of stream.articles) articles.push(article);
    const all = await readArticles(dir);
    expect(articles).toEqual(all.articles);
    expect(stream.result()).toEqual({ skipped: all.skipped, renamed: all.renamed });
  });

  it('reads no more than readAhead files past the last one taken', async () => {
    const progress: number[] = [];
    const stream = await streamArticles(dir, { readAhead: 2, onProgress: (done) => progress.push(done) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nothing taken yet: two files read, and no more however long it waits.
    expect(progress.length).toBeLessThanOrEqual(2);
    const articles = [];
    let readWhenFirstCame = -1;
    for await (const article of stream.articles) {
      if (articles.length === 0) readWhenFirstCame = progress.length;
      articles.push(article);
    }
    expect(readWhenFirstCame).toBeGreaterThan(0);
    expect(readWhenFirstCame).toBeLessThanOrEqual(2);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(articles).toEqual((await readArticles(dir)).articles);
  });

  it('ends with the error of a failing progress callback, not with a short list', async () => {
    const stream = await streamArticles(dir, {
      onProgress: (done) => {
        if (done === 5) throw new Error('progress broke');
      },
    });
    const ids: string[] = [];
    await expect(
      (async () => {
        for await (const article of stream.articles) ids.push(article.id);
      })(),
    ).rejects.toThrow('progress broke');
    expect(ids.length).toBeLessThan(4);
  });
});

describe('articleFromBytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('sees Traditional, glossed page chrome as chrome', () => {
    const page = '首頁 要聞 援疆 兵團 圖片 視頻\n責任編輯:李曉紅\n版權所有 亞心網(wǎng) 未經(jīng)許可不得轉載\n新ICP備12001234號 舉報電話：0991-5550123\n';
    expect(articleFromBytes('x.txt', bytes(page))).toBe('no article text after removing page chrome');
  });

  it('takes the first line that is not chrome as the title, as written', () => {
    const page = '首頁 要聞 援疆 兵團 圖片 視頻\n\n  廣東援建的伽師縣醫(yī)院新樓啟用  \n伽師縣人民醫(yī)院新添了包括CT在內的一批設備,方便了各族群眾就近看病。\n';
    expect(articleFromBytes('x.txt', bytes(page))).toMatchObject({ id: 'x', title: '廣東援建的伽師縣醫(yī)院新樓啟用' });
  });

  it('gives no title when the story starts at once with a long paragraph', () => {
    const page = `${'伽師縣人民醫院新添了包括CT在內的一批設備,方便了各族群眾就近看病。'.repeat(3)}\n`;
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
