/**
 * 申报登记表无法读取: the register family of AppError's codes (the words are the catalogue's,
 * shared/errors/catalogue/register-file.ts), and the check of a refusal that crossed from the
 * isolated worker: its word is not taken, its code and parameters are checked here.
 */
import { z } from 'zod';
import { AppError, isAppError } from '../../../shared/errors';
import type { AppErrorData } from '../../../shared/errors';

/** The codes the worker may refuse a register with. */
export const registerRefusalCodes = [
  'empty',
  'unsupported-format',
  'encrypted',
  'legacy-xls',
  'corrupt-xlsx',
  'no-header',
  'zip-bomb',
  'too-large',
] as const;

export type RegisterRefusalCode = (typeof registerRefusalCodes)[number];

/** The whole family: the worker's refusals and the parent's own word on a failed worker. */
export type RegisterFileErrorCode = RegisterRefusalCode | 'register-reader-failed';

/** True when `error` is a refusal the worker may send to the parent. */
export function isRegisterRefusal(error: unknown): error is AppError<RegisterRefusalCode> {
  return isAppError(error, ...registerRefusalCodes);
}

/** True when `error` is an AppError of the register family. */
export function isRegisterFileError(error: unknown): error is AppError<RegisterFileErrorCode> {
  return isAppError(error, ...registerRefusalCodes, 'register-reader-failed');
}

const NoParams = z.strictObject({});
const Count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** An XLSX part's name inside the workbook (xl/worksheets/sheet1.xml), bounded. */
const Part = z.strictObject({ part: z.string().max(255).nullable() });

const RefusalSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('empty'), params: NoParams }),
  z.strictObject({
    code: z.literal('unsupported-format'),
    params: z.strictObject({
      found: z.enum(['pdf', 'rar', '7z', 'png', 'jpeg', 'office-document', 'binary']),
    }),
  }),
  z.strictObject({ code: z.literal('encrypted'), params: NoParams }),
  z.strictObject({ code: z.literal('legacy-xls'), params: NoParams }),
  z.strictObject({
    code: z.literal('corrupt-xlsx'),
    params: z.strictObject({ reason: z.enum(['damaged', 'no-sheet']) }),
  }),
  z.strictObject({ code: z.literal('no-header'), params: NoParams }),
  z.strictObject({
    code: z.literal('zip-bomb'),
    params: z.union([Part, z.strictObject({ timeLimitSeconds: Count })]),
  }),
  z.strictObject({
    code: z.literal('too-large'),
    params: z.union([
      Part,
      z.strictObject({ fileBytes: Count, limitBytes: Count }),
      z.strictObject({ maxRows: Count, maxTextBytes: Count }),
    ]),
  }),
]);

/** The refusal the worker sent as an AppError, or null when it is not one it may send. */
export function registerRefusalFrom(code: unknown, params: unknown): AppError | null {
  const parsed = RefusalSchema.safeParse({ code, params });
  if (!parsed.success) return null;
  const data = parsed.data as AppErrorData<RegisterRefusalCode>;
  return new AppError(data.code, data.params as never);
}
