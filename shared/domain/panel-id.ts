import { z } from 'zod';
import { schemaRule } from '../errors/schema-rules';

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
  .regex(/^[A-Za-z0-9_-]{1,32}$/, schemaRule('panel-id-format'))
  .refine((id) => !WINDOWS_RESERVED.test(id), schemaRule('panel-id-reserved'));
