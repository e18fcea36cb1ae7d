// `kg extract FILE`: one article's entities and relations as JSON, for inspection.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

import { InvalidInputError } from '../errors.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { articleIdOfName } from '../ingest/article-id.ts';
import { decodeBuffer } from '../ingest/decode.ts';
import { parseArgs } from './args.ts';

export async function run(args: string[]): Promise<number> {
  const { positionals } = parseArgs(args);
  const [file] = positionals;
  if (!file) throw new InvalidInputError('extract needs a FILE', { hint: 'npm run kg -- extract seeds/000_386c6d3f6793f036.txt' });
  const text = decodeBuffer(await readFile(file), file);
  const extraction = extractArticle({ id: articleIdOfName(basename(file, extname(file))), text });
  console.log(JSON.stringify(extraction, null, 2));
  return 0;
}
