/**
 * The one validating entry point for every IPC call. Electron's main process and the e2e harness
 * both call `dispatch`; neither talks to a handler directly. It never throws: every answer is a
 * result, every failure the wire error of the one classifier.
 */
import type { z } from 'zod';
import { ownWordsOnly, validationIssuesOf } from '../../shared/errors/validation-issue';
import { channels, isChannelName } from '../../shared/ipc/channels';
import { fail, ok } from '../../shared/ipc/result';
import type { IpcResult } from '../../shared/ipc/result';
import { classifyError, errorClassOf } from '../core/errors/classify-error';
import type { Handlers } from './handler-map';

export type Dispatch = (channel: unknown, request: unknown) => Promise<IpcResult<unknown>>;

/** Told of every unexpected failure, by channel and error class only: messages can carry paths. */
export type InternalErrorListener = (channel: string, errorClass: string) => void;

/** Where a request was wrong, by the schema library's issue codes, never the values. */
function issueCodes(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.code}`;
  });
}

export function createDispatch(
  handlers: Handlers,
  onInternalError?: InternalErrorListener,
): Dispatch {
  return async (channel, request) => {
    if (!isChannelName(channel)) return fail({ code: 'unknown-channel', params: {} });
    const parsed = channels[channel].request.safeParse(request, ownWordsOnly);
    if (!parsed.success) {
      const issues = validationIssuesOf(parsed.error);
      return fail({ code: 'invalid-input', params: { channel, issues } }, issueCodes(parsed.error));
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      const value = await handler(parsed.data);
      // Main never hands the renderer something outside the contract either.
      const checked = channels[channel].response.safeParse(value);
      if (!checked.success) {
        onInternalError?.(channel, 'ResponseContractError');
        return fail({ code: 'internal', params: { channel } });
      }
      return ok(checked.data);
    } catch (error) {
      const reason = classifyError(error, channel);
      if (reason.code === 'internal') onInternalError?.(channel, errorClassOf(error));
      return fail(reason);
    }
  };
}
