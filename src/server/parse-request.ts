// Request validation with zod: parsed values or an InvalidInputError naming the field.
import type { z } from 'zod';

import { InvalidInputError } from '../errors.ts';

export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : where;
  throw new InvalidInputError(`Invalid ${field}: ${issue.message}`);
}
