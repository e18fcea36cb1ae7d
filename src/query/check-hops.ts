// The hop rule of path queries, for the API contract, the console and the engine alike:
// a whole number of hops from 1 to the `maxHops` setting. Pure, so the contract imports it.
import { DEFAULT_SETTINGS } from '../config.ts';
import { InvalidInputError } from '../errors.ts';

/** What is wrong with `hops` (`at most 6 hops`), or null when it keeps the rule. */
export function hopsProblem(hops: number, cap: number = DEFAULT_SETTINGS.maxHops): string | null {
  if (!Number.isInteger(hops)) return 'a whole number of hops';
  if (hops < 1) return 'at least 1 hop';
  if (hops > cap) return `at most ${cap} hops`;
  return null;
}

export function checkHops(hops: number, cap: number = DEFAULT_SETTINGS.maxHops): number {
  const problem = hopsProblem(hops, cap);
  if (problem)
    throw new InvalidInputError(`max must be a whole number of hops from 1 to ${cap} (${problem})`, {
      hint: `Paths longer than ${cap} hops say little and cost much`,
    });
  return hops;
}
