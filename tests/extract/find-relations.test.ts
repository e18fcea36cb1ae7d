import { describe, expect, it } from 'vitest';

import { READERS, findRelations } from '../../src/extract/find-relations.ts';
import { readRuns } from '../../src/extract/read-runs.ts';
import { readSupports } from '../../src/extract/read-supports.ts';
import { relationsRead } from './snippets.ts';

describe('findRelations', () => {
  it('runs every reader on every sentence, with the article\'s donor for sentences that name none', () => {
    expect(relationsRead('江西省对口支援阿克陶县。援疆前指在阿克陶县人民医院开展“光明行动”。', READERS)).toEqual([
      ['江西省', 'runs', '光明行动'],
      ['江西省', 'supports', '阿克陶县'],
      ['江西省', 'supports', '阿克陶县人民医院'],
      ['江西省对口支援新疆工作前方指挥部', 'part_of', '江西省'],
      ['阿克陶县人民医院', 'located_in', '阿克陶县'],
    ]);
  });

  it('runs only the readers it is given', () => {
    expect(relationsRead('江西省对口支援阿克陶县，实施“光明行动”。', [readRuns])).toEqual([['江西省', 'runs', '光明行动']]);
    expect(relationsRead('江西省对口支援阿克陶县，实施“光明行动”。', [readSupports])).toEqual([['江西省', 'supports', '阿克陶县']]);
  });

  it('reads nothing from a text without mentions', () => {
    expect(findRelations('援疆干部走访群众。', [{ start: 0, end: 9 }], [])).toEqual([]);
  });
});
