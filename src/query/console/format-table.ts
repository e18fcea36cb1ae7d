// Plain-text table of query rows for the terminal; CJK characters count two columns.

export function formatTable(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '(no rows)';
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cells = rows.map((row) => columns.map((c) => (row[c] === undefined ? '' : String(row[c]))));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i]))));
  const line = (values: string[]) => values.map((v, i) => v + ' '.repeat(widths[i] - width(v))).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2014\u2190-\u2193]/u.test(ch) ? 2 : 1;
  return w;
}
