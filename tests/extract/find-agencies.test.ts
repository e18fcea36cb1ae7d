import { describe, expect, it } from 'vitest';

import { findAgencies, resolveBareBodies } from '../../src/extract/find-agencies.ts';
import { findMentions } from '../../src/extract/find-mentions.ts';
import { findPlaces } from '../../src/extract/find-places.ts';
import { sorted } from './snippets.ts';

/** [name ('' while the context must give it), surface, donor] of each body found. */
const bodies = (text: string) => sorted(findAgencies(text, findPlaces(text)).map((m) => [m.name, m.surface, m.donor ?? ''] as const));
/** [name, place] of the agencies once bare bodies are resolved. */
const resolved = (text: string, donor?: string, recipient?: string) =>
  sorted(resolveBareBodies(findMentions(text), donor, recipient).filter((m) => m.type === 'agency').map((m) => [m.name, m.place ?? ''] as const));

describe('findAgencies', () => {
  it('reads a team named after the unit it serves, right after its command, as a body of its own', () => {
    expect(bodies('上海市援疆前方指挥部巴楚县分指挥部组织义诊，江苏省援疆前方指挥部工作组到伊宁县调研。')).toEqual([
      ['上海市援疆前方指挥部巴楚县分指挥部', '上海市援疆前方指挥部巴楚县分指挥部', '上海市'],
      ['江苏省对口支援新疆工作前方指挥部', '江苏省援疆前方指挥部', '江苏省'],
    ]);
  });

  it('names a bureau of a 兵团 division and its city as written, part of both (师市合一)', () => {
    const text = '第八师石河子市农业农村局组织技术人员下团场，石河子市教育局发出通知。';
    expect(sorted(findAgencies(text, findPlaces(text)).map((m) => [m.name, m.place ?? '', m.parentOrg ?? ''] as const))).toEqual([
      ['石河子市教育局', '石河子市', ''],
      ['第八师石河子市农业农村局', '石河子市', '新疆生产建设兵团第八师'],
    ]);
  });

  it('names a donor\'s command in full, whatever short form the article writes', () => {
    expect(bodies('天津援疆前指组织专家义诊，江苏指挥部召开会议。')).toEqual([
      ['天津市对口支援新疆工作前方指挥部', '天津援疆前指', '天津市'],
      ['江苏省对口支援新疆工作前方指挥部', '江苏指挥部', '江苏省'],
    ]);
  });

  it('reads an aid group with its donors, a second donor in brackets and an abbreviated recipient (援巩)', () => {
    const [group] = findAgencies('苏州市(昆山市)援巩工作组走访群众。', findPlaces('苏州市(昆山市)援巩工作组走访群众。'));
    expect(group).toMatchObject({ name: '苏州市(昆山市)援巩工作组', donor: '苏州市', coDonors: ['昆山市'], aidsAbbreviated: '巩' });
  });

  it('reads whom an aid body aids from its name (对口支援兵团, 对口支援尼勒克县)', () => {
    const text = '常州市对口支援尼勒克县前方工作组召开会议。';
    expect(findAgencies(text, findPlaces(text))).toMatchObject([{ name: '常州市对口支援尼勒克县前方工作组', donor: '常州市', aids: ['尼勒克县'] }]);
  });

  it('gives a sub-command to the donor city named inside it (浙江援疆温州分指挥部)', () => {
    // The command's own name and the city's: findMentions keeps the longer.
    expect(bodies('浙江援疆温州分指挥部揭牌。')).toEqual([
      ['浙江援疆温州分指挥部', '浙江援疆温州分指挥部', '温州市'],
      ['温州分指挥部', '温州分指挥部', '温州市'],
    ]);
  });

  it('reads a team a command sends out as a body of its own (山东前指驻师市工作队)', () => {
    expect(bodies('山东前指驻师市工作队开展调研。')).toEqual([['山东前指驻师市工作队', '山东前指驻师市工作队', '山东省']]);
  });

  it('reads no aid body without an aid word or a command head, nor on the recipient side', () => {
    expect(bodies('深圳市工作组调研，江西省第十一批援疆干部抵达，和田地区援疆办召开座谈会。')).toEqual([]);
  });

  it('leaves 我省’s command and a bare 援疆前指 for the article\'s donor to name', () => {
    expect(bodies('我省对口支援新疆工作前方指挥部召开会议，援疆前指随后部署。')).toEqual([
      ['', '我省对口支援新疆工作前方指挥部', ''],
      ['', '援疆前指', ''],
    ]);
  });

  it('names a department after its place in full, and a party committee with 中共', () => {
    expect(bodies('巴州科技局与塔城地委召开会议。')).toEqual([
      ['中共塔城地区委员会', '塔城地委', ''],
      ['巴音郭楞蒙古自治州科学技术局', '巴州科技局', ''],
    ]);
  });

  it('reads no body in a place followed by a word that names none (克州科技馆, 江西省国有企业)', () => {
    expect(bodies('克州科技馆开馆，江西省国有企业积极参与。')).toEqual([]);
  });

  it('gives the party committee of a 兵团 city to its division', () => {
    expect(bodies('第七师胡杨河市党委召开会议。')).toEqual([['中共新疆生产建设兵团第七师委员会', '胡杨河市党委', '']]);
  });

  it('reads a bureau named after its place (河南豫西地质勘查局)', () => {
    expect(bodies('河南豫西地质勘查局在哈密开展勘查。')).toEqual([['河南豫西地质勘查局', '河南豫西地质勘查局', '']]);
  });

  it('leaves a body written with its level only (省人社厅, 市政府) for the context to place', () => {
    expect(bodies('浙江省委组织部、省人社厅联合印发通知。')).toEqual([
      ['', '省人社厅', ''],
      ['中共浙江省委组织部', '浙江省委组织部', ''],
    ]);
  });

  it('reads no bare body inside a word (全省卫健系统)', () => {
    expect(bodies('全省卫健系统选派医生。')).toEqual([]);
  });

  it('names national bodies (党中央, 国务院国资委)', () => {
    expect(bodies('党中央、国务院国资委高度重视。')).toEqual([
      ['中共中央', '党中央', ''],
      ['国务院国有资产监督管理委员会', '国务院国资委', ''],
    ]);
  });

  // A department of a prefecture's party committee (地委组织部, 州委宣传部) is the committee's.
  it('names a prefecture committee\'s department (中共阿克苏地委组织部)', () => {
    expect(bodies('中共阿克苏地委组织部召开会议。')).toEqual([['中共阿克苏地区委员会组织部', '阿克苏地委组织部', '']]);
  });
});

describe('resolveBareBodies', () => {
  it('places a bare body at the donor when no unit of its level comes before it', () => {
    expect(resolved('省卫健委派出专家。', '广东省')).toEqual([['广东省卫生健康委员会', '广东省']]);
  });

  it('places it at the article\'s recipient when the donor is of another level', () => {
    expect(resolved('县教育局组织培训。', '广东省', '伽师县')).toEqual([['伽师县教育局', '伽师县']]);
  });

  it('places it at the unit of its level named after it, failing all else', () => {
    expect(resolved('市政府召开会议，喀什市代表参加。')).toEqual([['喀什市人民政府', '喀什市']]);
  });

  it('drops a bare body that nothing places', () => {
    expect(resolved('县教育局组织培训。')).toEqual([]);
  });

  // The place of 上海市委 is inside that name; 市政府 right after it is that city's.
  it('places a bare body at the place of the body named just before it (上海市委、市政府)', () => {
    expect(resolved('上海市委、市政府高度重视。')).toEqual([
      ['上海市人民政府', '上海市'],
      ['中共上海市委员会', '上海市'],
    ]);
  });
});
