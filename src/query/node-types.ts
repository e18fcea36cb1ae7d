// Node and edge type words: the English type names, their plurals, and Chinese words.
import { InvalidInputError } from '../errors.ts';
import { EDGE_TYPES, NODE_TYPES } from '../types.ts';
import type { EdgeType, NodeType } from '../types.ts';

const NODE_TYPE_WORDS: Record<string, NodeType> = {
  provinces: 'province',
  省: 'province',
  省份: 'province',
  省级: 'province',
  prefectures: 'prefecture',
  地区: 'prefecture',
  地级: 'prefecture',
  州: 'prefecture',
  counties: 'county',
  县: 'county',
  县级: 'county',
  townships: 'township',
  towns: 'township',
  乡镇: 'township',
  乡: 'township',
  镇: 'township',
  villages: 'village',
  村: 'village',
  社区: 'village',
  hospitals: 'hospital',
  医院: 'hospital',
  schools: 'school',
  学校: 'school',
  companies: 'company',
  企业: 'company',
  公司: 'company',
  programs: 'program',
  programmes: 'program',
  programme: 'program',
  项目: 'program',
  agencies: 'agency',
  机构: 'agency',
  facilities: 'facility',
  设施: 'facility',
};
for (const type of NODE_TYPES) NODE_TYPE_WORDS[type] = type;

const nodeTypes = new Set<string>(NODE_TYPES);
const edgeTypes = new Set<string>(EDGE_TYPES);

/** The node type a word names (`hospitals`, `医院`, `hospital`), or undefined. */
export function nodeTypeOf(word: string): NodeType | undefined {
  return NODE_TYPE_WORDS[word.toLowerCase()];
}

export function checkNodeType(value: string): NodeType {
  if (nodeTypes.has(value)) return value as NodeType;
  const type = nodeTypeOf(value);
  if (type) return type;
  throw new InvalidInputError(`Unknown node type "${value}"`, { hint: `Node types: ${NODE_TYPES.join(', ')}` });
}

export function checkEdgeType(value: string): EdgeType {
  if (edgeTypes.has(value)) return value as EdgeType;
  throw new InvalidInputError(`Unknown edge type "${value}"`, { hint: `Edge types: ${EDGE_TYPES.join(', ')}` });
}
