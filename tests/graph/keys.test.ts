import { describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/errors.ts';
import { edgeEnds, edgeKey, nodeKey } from '../../src/graph/keys.ts';

describe('nodeKey', () => {
  it('is the canonical name, trimmed', () => {
    expect(nodeKey(' 阿克陶县 ')).toBe('阿克陶县');
  });

  it.each(['', '   '])('rejects the empty name %j', (name) => {
    expect(() => nodeKey(name)).toThrow(InvalidInputError);
  });
});

describe('edgeKey', () => {
  it('is source|type|target', () => {
    expect(edgeKey('江西省', 'supports', '阿克陶县')).toBe('江西省|supports|阿克陶县');
  });

  it('keeps the direction of directed relations', () => {
    expect(edgeKey('阿克陶县', 'supports', '江西省')).not.toBe(edgeKey('江西省', 'supports', '阿克陶县'));
  });

  it('gives both directions of partners_with the same key', () => {
    expect(edgeKey('阿克陶县', 'partners_with', '定南县')).toBe(edgeKey('定南县', 'partners_with', '阿克陶县'));
    expect(edgeEnds('阿克陶县', 'partners_with', '定南县')).toEqual(edgeEnds('定南县', 'partners_with', '阿克陶县'));
  });

  it('rejects an empty end', () => {
    expect(() => edgeKey('', 'supports', '阿克陶县')).toThrow(InvalidInputError);
  });
});
