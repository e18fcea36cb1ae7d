// The console's Chinese, checked against the errors the real server sends for mistyped lines.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EDGE_TYPES, NODE_TYPES, errorResponseSchema } from '../../src/api/contract.ts';
import { cellText, consoleError, helpText, pathText } from '../../web/src/console-text.ts';
import { testApp } from '../server/test-app.ts';
import type { TestApp } from '../server/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.cleanup());

async function errorOf(q: string) {
  const res = await request(t.app).post('/api/query').send({ q });
  expect(res.status, q).toBeGreaterThanOrEqual(400);
  return errorResponseSchema.parse(res.body);
}

// What a user types in the console is English by design: its keywords and type names.
const TYPED = new Set(
  [
    ...'path who supports what does support neighbors find totals help via max mode shortest all simple directed undirected type in out since after until before between from'.split(' '),
    ...NODE_TYPES,
    ...EDGE_TYPES,
  ],
);

/** English left over once quoted words and words the user types are set aside. */
function english(text: string): string[] {
  return (text.replace(/“[^”]*”|"[^"]*"/g, '').match(/[A-Za-z_]{3,}/g) ?? []).filter((word) => !TYPED.has(word));
}

describe('consoleError', () => {
  it.each([
    ['pth 天津 -> 策勒县', '第 1 列的“pth”不对，这里应是命令', 'pth'],
    ['path 天津 -> 策勒县 viaa supports', '第 16 列的“viaa”不对，这里应是选项', 'viaa'],
    ['who supports 策勒县医院', '找不到名为“策勒县医院”的实体', '策勒县医院'],
    ['neighbors 天', '“天”可指 3 个实体，请写全名', '天'],
    ['path 天津 -> 策勒县 via helps', '没有“helps”这种关系类型', 'helps'],
    ['path 天津 -> 策勒县 max 9', 'max 应是 1 到 6 之间的跳数', '9'],
    ['find hospital type planet', '第 20 列的“planet”不对，这里应是节点类型', 'planet'],
    ['path 天津 ->', '句末缺少终点名称', ''],
  ])('%s → %s, pointing at “%s”', async (q, message, word) => {
    const said = consoleError(await errorOf(q));
    expect(said.message).toBe(message);
    expect(said.at?.word ?? '').toBe(word);
    if (said.at && word) expect(q.slice(said.at.start, said.at.end)).toBe(word);
    for (const hint of said.hints) expect(english(hint), hint).toEqual([]);
    // The caret lines are for terminals: the page marks the word itself.
    expect(said.hints.join('\n')).not.toMatch(/\^/);
  });

  it('offers close names and candidates as names to click, not as English hints', async () => {
    const unknown = consoleError(await errorOf('who supports 策勒县医院'));
    expect(unknown.alternatives).toEqual({ names: expect.arrayContaining(['策勒县人民医院']), why: '你是不是要找：' });
    expect(unknown.hints).toEqual([]);
    const ambiguous = consoleError(await errorOf('neighbors 天'));
    expect(ambiguous.alternatives?.names).toEqual(expect.arrayContaining(['天津市', '天津食品集团']));
    expect(ambiguous.alternatives?.why).toBe('请从中选一个：');
  });

  it('words type lists in Chinese beside the names to type', async () => {
    const said = consoleError(await errorOf('path 天津 -> 策勒县 via helps'));
    expect(said.hints).toEqual(['关系类型：supports（支援）、located_in（位于）、invests_in（投资）、runs（实施）、part_of（隶属）、partners_with（结对）']);
    const expected = consoleError(await errorOf('find hospital type planet'));
    expect(expected.hints[0]).toMatch(/^可以是：province（省级）、prefecture（地级）、/);
  });

  it('keeps wording it does not know as the server sent it', () => {
    expect(consoleError({ error: 'Something new', hint: 'Try again' })).toEqual({
      message: 'Something new',
      hints: ['Try again'],
      alternatives: null,
      at: null,
    });
  });
});

describe('cellText, pathText and helpText', () => {
  it.each([
    ['type', 'province', '省级'],
    ['edge', 'located_in', '位于'],
    ['reach', 'wider', '经所在地区'],
    ['direction', 'in', '指入'],
    ['direct', true, '是'],
    ['hops', 2, '2'],
    ['type', 'spaceship', 'spaceship'],
  ] as const)('shows %s %j as %s', (column, value, text) => {
    expect(cellText(column, value)).toBe(text);
  });

  it('names relations in paths in Chinese', () => {
    const step = (type: 'supports' | 'located_in', direction: 'forward' | 'backward') => ({ key: '', source: '', target: '', type, direction, weight: 1, evidence: [] });
    expect(pathText({ nodes: ['天津市', '策勒县', '策勒县第一小学'], edges: [step('supports', 'forward'), step('located_in', 'backward')] })).toBe(
      '天津市 —支援→ 策勒县 ←位于— 策勒县第一小学',
    );
  });

  it('says every command of the server’s help in Chinese', async () => {
    const res = await request(t.app).post('/api/query').send({ q: 'help' });
    for (const row of res.body.rows as Array<{ command: string; says: string }>) {
      const said = helpText(row.command, row.says);
      expect(said, row.command).toMatch(/\p{Script=Han}/u);
      expect(english(said), row.command).toEqual([]);
    }
  });
});
