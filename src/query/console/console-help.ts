// The console's own documentation, returned by `help` and printed by `kg query help`.

export interface HelpRow {
  command: string;
  example: string;
  says: string;
}

export const CONSOLE_HELP: HelpRow[] = [
  {
    command: 'path A -> B [via T1,T2] [max N] [mode shortest|all|simple] [directed]',
    example: 'path 江西省 -> 阿克陶县人民医院 via supports,located_in max 3',
    says: 'Paths between two entities (default: all shortest, any edge type, either direction; max ≤ 6 hops)',
  },
  {
    command: 'who supports NAME [type T]',
    example: 'who supports 阿克陶县人民医院',
    says: 'Every supporter, direct or inferred through the administrative tree, with the path that justifies it',
  },
  {
    command: 'who supports TYPE in AREA [type T]',
    example: 'who supports hospitals in 和田地区 type province',
    says: 'Supporters of every entity of TYPE located in AREA (here: which provinces support which hospitals)',
  },
  {
    command: 'what does NAME support [type T]',
    example: 'what does 唐山 support',
    says: 'Everything NAME supports, directly or through what lies in its recipients',
  },
  {
    command: 'neighbors NAME [type T] [via T1,T2] [in|out]',
    example: 'neighbors 江西省 type hospital',
    says: 'Entities one edge away, filtered by their type and the edge type',
  },
  {
    command: 'find TEXT|TYPE [in AREA] [type T]',
    example: 'find 医院 in 和田地区',
    says: 'Entities by name text or type, optionally inside an area',
  },
  { command: 'help', example: 'help', says: 'This list' },
];

export const TYPE_WORDS_HELP =
  'Names: canonical, alias, Traditional or an unambiguous prefix (天津, 克州, 阿克陶縣人民醫院). ' +
  'Types: province prefecture county township village hospital school company program agency facility ' +
  '(plurals and 省 县 医院 学校 企业 … work too). Edge types: supports located_in invests_in runs part_of partners_with.';
