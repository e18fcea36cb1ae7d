import { describe, expect, it } from 'vitest';

import { READERS, findRelations } from '../../src/extract/find-relations.ts';
import { readRuns } from '../../src/extract/read-runs.ts';
import { readSupports } from '../../src/extract/read-supports.ts';
import { relationsRead } from './snippets.ts';

describe('findRelations', () => {
  it('runs every reader on every sentence, with the article\'s donor for sentences that name none', () => {
    expect(relationsRead('广东省对口支援伽师县。援疆前指在伽师县人民医院开展“复明行动”。', READERS)).toEqual([
      ['伽师县人民医院', 'located_in', '伽师县'],
      ['广东省', 'runs', '复明行动'],
      ['广东省', 'supports', '伽师县'],
      ['广东省', 'supports', '伽师县人民医院'],
      ['广东省对口支援新疆工作前方指挥部', 'part_of', '广东省'],
    ]);
  });

  it('runs only the readers it is given', () => {
    expect(relationsRead('广东省对口支援伽师县，实施“复明行动”。', [readRuns])).toEqual([['广东省', 'runs', '复明行动']]);
    expect(relationsRead('广东省对口支援伽师县，实施“复明行动”。', [readSupports])).toEqual([['广东省', 'supports', '伽师县']]);
  });

  it('reads nothing from a text without mentions', () => {
    expect(findRelations('援疆干部走访群众。', [{ start: 0, end: 9 }], [])).toEqual([]);
  });
});
