// The viewer talks to the server over HTTP: from src/ it imports only the API contract and the palette.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const webSrc = fileURLToPath(new URL('../../web/src', import.meta.url));
const ALLOWED = ['../../src/api/contract.ts', '../../src/graph/palette.ts'];

describe('web/src imports', () => {
  it('take only the API contract and the palette from src/', () => {
    const imported = new Set<string>();
    for (const file of readdirSync(webSrc).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(join(webSrc, file), 'utf8');
      for (const match of text.matchAll(/from '(\.\.\/[^']+)'/g)) imported.add(match[1]!);
    }
    expect([...imported].filter((path) => !ALLOWED.includes(path))).toEqual([]);
    expect(imported.has('../../src/api/contract.ts')).toBe(true);
  });
});
