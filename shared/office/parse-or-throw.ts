import type { z } from 'zod';

/** The parsed value, or an Error naming what was invalid and every issue, in Chinese. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) =>
    i.path.length === 0 ? i.message : `${i.path.join('.')}：${i.message}`,
  );
  throw new Error(`${what}无效：${issues.join('；')}`);
}
