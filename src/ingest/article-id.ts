// The article id rule, in one place: ids name files (graph/articles/<id>.json) and appear in
// URLs, so they are letters and digits of any script, `_`, `-` and `.`, never a leading dot,
// and short enough for a file name. Any file name maps to a safe, stable id. Pure (no Node
// modules): the API contract checks ids with it too.
import { DEFAULT_SETTINGS } from '../config.ts';
import { InvalidInputError } from '../errors.ts';

const ID_SHAPE = /^[\p{L}\p{N}\p{M}_-][\p{L}\p{N}\p{M}_.-]*$/u;
const UNSAFE_RUN = /[^\p{L}\p{N}\p{M}_.-]+/gu;
const MAX_BYTES = DEFAULT_SETTINGS.maxArticleIdBytes;
const utf8 = new TextEncoder();

export function isArticleId(id: unknown): boolean {
  return typeof id === 'string' && ID_SHAPE.test(id) && utf8.encode(id).length <= MAX_BYTES;
}

export function checkArticleId(id: unknown): asserts id is string {
  if (!isArticleId(id))
    throw new InvalidInputError(`Bad article id ${JSON.stringify(id)}`, {
      hint: `an article id is letters, digits, "_", "-" and "." (not first), at most ${MAX_BYTES} bytes`,
    });
}

/**
 * A safe id for a name (a file name without its extension): kept as it is when it is
 * one already; else unsafe characters become `_`, and a name that is empty or too long
 * gets a short hash of the original, so distinct names stay distinct.
 */
export function articleIdOfName(name: string): string {
  const normal = name.normalize('NFC');
  if (isArticleId(normal)) return normal;
  const safe = normal.replace(UNSAFE_RUN, '_').replace(/^\./, '_');
  if (safe.replace(/_/g, '') !== '' && isArticleId(safe)) return safe;
  // Too long, or nothing readable: a prefix that fits, then the hash.
  const hash = hashOf(name);
  let prefix = [...safe.replace(/^_+|_+$/g, '')];
  while (prefix.length && utf8.encode(prefix.join('')).length > MAX_BYTES - hash.length - 1) prefix.pop();
  return prefix.length ? `${prefix.join('')}-${hash}` : `article-${hash}`;
}

export interface FileId {
  file: string;
  id: string;
  /** Why the id is not simply the file name without its extension. */
  note?: string;
}

/**
 * Distinct ids for the files of one folder. A file's id is its name without the extension,
 * made safe; files whose ids would clash (`a.txt` and `a.md`; `a b.txt` and `a_b.txt`; `A.txt`
 * and `a.txt` on a case-blind disk) keep their extension, then a hash of the whole name.
 */
export function articleIdsOfFiles(files: readonly string[]): FileId[] {
  const base = files.map((file) => ({ file, stem: stemOf(file), id: articleIdOfName(stemOf(file)) }));
  const clashes = groupBy(base, (f) => f.id.toLowerCase());
  const named = base.map((f) => {
    const group = clashes.get(f.id.toLowerCase())!;
    if (group.length === 1) return { ...f, note: f.id === f.stem ? undefined : whyChanged(f.stem) };
    const others = group.filter((g) => g !== f).map((g) => g.file);
    return { ...f, id: articleIdOfName(f.file), note: `shares its name with ${others.join(', ')}` };
  });
  const again = groupBy(named, (f) => f.id.toLowerCase());
  return named.map(({ file, id, note }) => {
    const fileId: FileId = { file, id };
    if ((again.get(id.toLowerCase())?.length ?? 0) > 1) fileId.id = `${id}-${hashOf(file)}`;
    if (note) fileId.note = note;
    return fileId;
  });
}

function whyChanged(stem: string): string {
  return utf8.encode(stem).length > MAX_BYTES ? 'name too long for a file name' : 'characters unsafe in a file name or URL replaced';
}

function stemOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/** 8 hex digits of FNV-1a over the UTF-16 code units: stable across runs and machines. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
