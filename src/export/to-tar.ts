// A ustar archive of text files, as a string: headers are ASCII and sizes count UTF-8 bytes,
// so the string written as UTF-8 is the archive byte for byte. Enough for the export
// registry's string writers; `tar -xf` and every unarchiver read it.

export interface TarEntry {
  name: string;
  text: string;
  /** Permission bits; default 0o644. */
  mode?: number;
}

const BLOCK = 512;

export function toTar(entries: TarEntry[], mtime = 0): string {
  const parts: string[] = [];
  for (const entry of entries) {
    if (!/^[\x21-\x7e]{1,100}$/.test(entry.name)) throw new Error(`tar: "${entry.name}" is not a short ASCII file name`);
    const size = Buffer.byteLength(entry.text, 'utf8');
    parts.push(header(entry.name, entry.mode ?? 0o644, size, mtime), entry.text, '\0'.repeat((BLOCK - (size % BLOCK)) % BLOCK));
  }
  // Two empty blocks end the archive.
  parts.push('\0'.repeat(2 * BLOCK));
  return parts.join('');
}

function header(name: string, mode: number, size: number, mtime: number): string {
  const field = (value: string, length: number) => value.padEnd(length, '\0').slice(0, length);
  const octal = (value: number, length: number) => `${value.toString(8).padStart(length - 1, '0')}\0`;
  const fields = [
    field(name, 100),
    octal(mode, 8),
    octal(0, 8),
    octal(0, 8),
    octal(size, 12),
    octal(mtime, 12),
    ' '.repeat(8),
    '0',
    field('', 100),
    'ustar\0',
    '00',
    field('', 32),
    field('', 32),
    octal(0, 8),
    octal(0, 8),
    field('', 155),
  ];
  const block = fields.join('').padEnd(BLOCK, '\0');
  // The checksum sums the header's bytes with its own field read as spaces.
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += block.charCodeAt(i);
  return block.slice(0, 148) + `${sum.toString(8).padStart(6, '0')}\0 ` + block.slice(156);
}
