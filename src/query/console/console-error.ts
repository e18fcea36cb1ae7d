// Errors that point at the word of the console line that is wrong.
import { KgError } from '../../errors.ts';
import type { ErrorCode } from '../../errors.ts';
import type { Token } from './tokenize.ts';

export interface WordPosition {
  word: string;
  start: number;
  end: number;
}

/** `message` about `token`, with the line and a caret under the word as the hint. */
export function errorAt(
  line: string,
  token: Token | undefined,
  message: string,
  options: { code?: ErrorCode; hint?: string; details?: Record<string, unknown> } = {},
): KgError {
  const start = token?.start ?? line.length;
  const end = token?.end ?? line.length;
  const caret = `${line}\n${' '.repeat(displayWidth(line.slice(0, start)))}${'^'.repeat(Math.max(1, displayWidth(line.slice(start, end))))}`;
  const hint = options.hint ? `${options.hint}\n${caret}` : caret;
  const at: WordPosition = { word: token?.text ?? '', start, end };
  return new KgError(options.code ?? 'INVALID_INPUT', message, { hint, details: { ...options.details, at } });
}

/** Re-throws a KgError raised while handling `token` (an unknown name…) as pointing at it. */
export function pointAt<T>(line: string, token: Token, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof KgError)) throw error;
    const details = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : {};
    throw errorAt(line, token, error.message, { code: error.code, hint: error.hint, details });
  }
}

// CJK characters take two columns in a terminal, so the caret lines up under them.
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
  return width;
}
