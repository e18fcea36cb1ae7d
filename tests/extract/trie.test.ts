import { describe, expect, it } from 'vitest';

import { Trie, findWords, wordStarts, wordTrie } from '../../src/extract/trie.ts';

// Every match a leftmost-longest scan finds, as the scanners in gazetteer.ts and known-organisations.ts read it.
function scan(trie: Trie<string>, text: string, accept: (v: string) => boolean = () => true): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; ) {
    const end = trie.longestEndAt(text, i, accept);
    if (end < 0) i++;
    else {
      found.push(`${i}:${trie.lastValue}`);
      i = end;
    }
  }
  return found;
}

describe('Trie', () => {
  it('finds the longest word at each position, leftmost first', () => {
    const trie = new Trie<string>();
    for (const w of ['新疆', '新疆大学', '大学', '北京', '北京市', '市']) trie.insert(w, w);
    expect(scan(trie, '北京市援疆干部在新疆大学讲课')).toEqual(['0:北京市', '8:新疆大学']);
    expect(trie.longestAt('新疆大', 0, () => true)).toEqual({ end: 2, value: '新疆' });
    expect(trie.longestAt('疆', 0, () => true)).toBeNull();
  });

  it('skips words the caller does not accept and keeps the shorter one', () => {
    const trie = new Trie<string>();
    for (const w of ['和田', '和田地区', '和']) trie.insert(w, w);
    expect(scan(trie, '和田地区和', (v) => v !== '和田地区')).toEqual(['0:和田', '4:和']);
    expect(scan(trie, '和田地区和', (v) => v.length > 1)).toEqual(['0:和田地区']);
  });

  it('nextStart stops only where a word may start, and never past one', () => {
    const trie = new Trie<string>();
    for (const w of ['新疆', '新疆大学', '市', '北京']) trie.insert(w, w);
    const text = '在新华社北京市援疆干部在新疆大学';
    const stops: number[] = [];
    for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i + 1)) stops.push(i);
    // 新 of 新华社 passes the first-character test but 新华 starts no word; 市 is a one-character word.
    expect(stops).toEqual([4, 6, 12]);
    const words = [...text].flatMap((_, i) => (trie.longestEndAt(text, i, () => true) >= 0 ? [i] : []));
    expect(words.every((i) => stops.includes(i))).toBe(true);
    expect(trie.nextStart(text, 13)).toBe(text.length);
  });

  it('keeps the first value of a word inserted twice', () => {
    const trie = new Trie<string>();
    trie.insert('阿克苏', 'first');
    trie.insert('阿克苏', 'second');
    expect(trie.longestAt('阿克苏地区', 0, () => true)?.value).toBe('first');
  });

  it('takes words inserted after a lookup', () => {
    const trie = new Trie<string>();
    trie.insert('喀什', '喀什');
    expect(scan(trie, '喀什疏附县')).toEqual(['0:喀什']);
    trie.insert('疏附县', '疏附县');
    expect(scan(trie, '喀什疏附县')).toEqual(['0:喀什', '2:疏附县']);
  });

  // A node with many children is searched by halving: every one of them must still be found.
  it('finds every child of a node with hundreds of children', () => {
    const trie = new Trie<string>();
    const words = Array.from({ length: 400 }, (_, i) => `中${String.fromCharCode(0x4e00 + i * 7)}`);
    for (const w of words) trie.insert(w, w);
    for (const w of words) expect(trie.longestAt(`${w}之`, 0, () => true)?.value).toBe(w);
    expect(trie.longestAt('中之', 0, () => true)).toBeNull();
  });

  // findWords stands for a global alternation of the words (longest first): the same matches.
  it('findWords finds what a global alternation of the words finds', () => {
    const words = ['自治区', '地区', '省', '市', '州', '县', '区'];
    const text = '自治区政府、和田地区行署与省委省政府，县委和市委，自治州';
    const alternation = new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
    const expected = [...text.matchAll(alternation)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[0] }));
    expect(findWords(wordTrie(words), text)).toEqual(expected);
    expect(expected.map((m) => m.value)).toEqual(['自治区', '地区', '省', '省', '县', '市', '州']);
  });

  // Tries with few first characters share one pass per text (lists of where each may start):
  // one that joins after a text was scanned, or takes a word after its own scan, still finds all.
  it('tries that share the pass over a long text find what an alternation finds, whatever their order', () => {
    const text = '自治区政府、和田地区行署与省委省政府，县委和市委，自治州人民医院与新疆大学第一附属医院合作，援疆资金投入教育和卫生，喀什地区疏附县、和田县的中学'.repeat(2);
    expect(text.length).toBeGreaterThan(64);
    const alternation = (words: string[]) => {
      const pattern = new RegExp(`(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`, 'gu');
      return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[0] }));
    };
    const levels = ['自治区', '地区', '省', '市', '州', '县', '区'];
    const bodies = ['医院', '附属医院', '大学', '中学'];
    expect(findWords(wordTrie(levels), text)).toEqual(alternation(levels));
    // Joins after the text's lists were made.
    const second = wordTrie(bodies);
    expect(findWords(second, text)).toEqual(alternation(bodies));
    expect(alternation(bodies).length).toBe(8);
    // A word taken after a scan is found in the next one.
    second.insert('援疆资金', '援疆资金');
    expect(findWords(second, text)).toEqual(alternation([...bodies, '援疆资金']));
    expect(findWords(wordTrie(levels), text)).toEqual(alternation(levels));
  });
});


describe('wordStarts', () => {
  it('gives every start of a word, overlapping ones too, in text order', () => {
    const text = '乌鲁木齐对口援疆项目签约仪式暨投资洽谈会,投资企业代表出席招商投资会';
    const trie = wordTrie(['投资', '投资洽谈会', '洽谈会', '招商']);
    const expected = [...text].flatMap((_, i) => (['投资', '洽谈会', '招商'].some((w) => text.startsWith(w, i)) ? [i] : []));
    expect(wordStarts(trie, text)).toEqual(expected);
    expect(expected.length).toBe(5);
    expect(wordStarts(trie, '没有要找的词')).toEqual([]);
  });
});
