/**
 * What the follow-up commands share: dates as Chinese users write them, the handler (经办人) every
 * act needs, and recording one act through the office's service.
 */
import { AppError } from '../../../shared/errors';
import { parseChineseDate } from '../../../shared/office/followup/chinese-date-text';
import type { FollowUpRequest } from '../../../shared/office/followup/followup-rules';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { usageError } from '../cli-error';
import type { CommandContext } from '../cli-io';
import { stringOption } from '../command';
import type { OptionSpec, ParsedArgs } from '../command';
import { IDENTITY_HELP, applicationIdsOf, identityOptions, openCaseFor } from '../office-access';

export const actOptions: OptionSpec = { ...identityOptions, handler: { type: 'string' } };

export const ACT_HELP = `  --handler NAME      经办人（每项记录注明由谁办理） / who handles the act (required)
  日期可写作 2026年10月9日、２０２６年１０月９日、2026-10-09 或 2026/10/9
${IDENTITY_HELP}`;

/** A date option, or undefined when left out; an unreadable date is a coded refusal. */
export function dateOption(args: ParsedArgs, name: string): string | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  const date = parseChineseDate(text);
  if (date === null) throw new AppError('followup-date-unreadable', {}, `--${name}`);
  return date;
}

export function requiredDate(args: ParsedArgs, name: string, words: string): string {
  const date = dateOption(args, name);
  if (date === undefined) throw usageError(`需要 --${name} ${words}。`);
  return date;
}

export function requiredText(args: ParsedArgs, name: string, words: string): string {
  const text = stringOption(args, name)?.trim();
  if (!text) throw usageError(`需要 --${name} ${words}。`);
  return text;
}

export function applicationOption(args: ParsedArgs, c: OfficeRecord): string {
  const key = stringOption(args, 'application');
  if (!key) throw usageError('需要 --application 申报编号。');
  return applicationIdsOf(c, [key])[0]!;
}

/** Opens the record, builds the act from the arguments and the record, and records it. */
export async function recordAct(
  context: CommandContext,
  args: ParsedArgs,
  build: (c: OfficeRecord) => FollowUpRequest,
): Promise<{ record: OfficeRecord; seq: number }> {
  const handler = stringOption(args, 'handler')?.trim();
  if (!handler) throw new AppError('followup-handler-missing');
  const service = await openCaseFor(context, args);
  const request = build(await service.read());
  const { record } = await service.recordFollowUp(request, handler);
  return { record, seq: record.followUp?.acts.length ?? 0 };
}
