import { z } from 'zod';

/**
 * The names Windows reserves for devices: a file called `CON.qbcase` or `nul` cannot be created
 * there, so an id that becomes a file name must never be one (whatever the case).
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Ids the office gives experts, groups and rounds (e01, g1, material). They become file names
 * (`e01.qbcase`), so they are plain ASCII: letters, digits, `_` and `-`, 1–32 of them.
 */
export const PanelIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, '编号须为 1–32 位英文字母、数字、下划线或连字符')
  .refine(
    (id) => !WINDOWS_RESERVED.test(id),
    '编号不能是 Windows 保留名（CON、PRN、AUX、NUL、COM0–9、LPT0–9）',
  );
