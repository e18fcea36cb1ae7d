import { KgError } from '../../src/errors.ts';

/** The KgError that `fn` throws; fails the test if it throws nothing or something else. */
export function errorOf(fn: () => unknown): KgError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error('expected a KgError');
}
