// A small argv reader: positionals plus `--name value` and `--flag`.

import { InvalidInputError } from '../errors.ts';

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export function parseArgs(args: string[], valued: string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new InvalidInputError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      options.set(name, inline ?? true);
    }
  }
  return { positionals, options };
}
