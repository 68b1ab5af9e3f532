/** Parses a value inside a rule: the value, or an AppError naming what was invalid and where. */
import type { z } from 'zod';
import { AppError } from './app-error';
import type { ValueSubject } from './catalogue/invalid-value';
import { ownWordsOnly, validationIssuesOf } from './validation-issue';

export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  subject: ValueSubject,
  name?: string,
): z.output<T> {
  const parsed = schema.safeParse(value, ownWordsOnly);
  if (parsed.success) return parsed.data;
  const issues = validationIssuesOf(parsed.error);
  throw new AppError(
    'invalid-value',
    name === undefined ? { subject, issues } : { subject, name, issues },
  );
}
