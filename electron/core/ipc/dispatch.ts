/**
 * The one validating entry point for every IPC call. Electron's main process and the e2e
 * harness both call `dispatch`; neither talks to a handler directly.
 */
import type { z } from 'zod';
import { channels, isChannelName } from '../../../shared/ipc/channels';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/channels';
import { fail, ok } from '../../../shared/ipc/result';
import type { IpcResult } from '../../../shared/ipc/result';
import { WeakPassphraseError } from '../crypto/chosen-passphrase';
import { CryptoError } from '../crypto/crypto-error';
import { RegistrationError } from '../office/expert-registration';
import { GenerationMemoryError } from '../office/generation-memory';
import { WorkspaceError } from '../office/office-workspace';
import { OfficeStateError } from '../office/office-session';
import { SealingError } from '../office/sealing-error';
import { PathOutsideFolderError } from '../storage/path-inside';
import { RegisterFileError } from '../register/register-file-error';
import { ServiceError } from './service-error';

/** Errors whose message is written for the user and carries nothing confidential. */
function isUserFacing(error: unknown): error is Error {
  return (
    error instanceof CryptoError ||
    error instanceof WorkspaceError ||
    error instanceof OfficeStateError ||
    error instanceof RegisterFileError ||
    error instanceof SealingError ||
    error instanceof RegistrationError ||
    error instanceof WeakPassphraseError ||
    error instanceof GenerationMemoryError ||
    error instanceof PathOutsideFolderError
  );
}

export type Handlers = {
  readonly [C in ChannelName]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

export type Dispatch = (channel: unknown, request: unknown) => Promise<IpcResult<unknown>>;

/** Reports where a request was wrong without echoing its values (they may be confidential). */
function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.code}`;
  });
}

export function createDispatch(
  handlers: Handlers,
  onInternalError?: (channel: string, error: unknown) => void,
): Dispatch {
  return async (channel, request) => {
    if (!isChannelName(channel)) {
      return fail('unknown-channel', `Unknown channel: ${String(channel).slice(0, 64)}`);
    }
    const parsed = channels[channel].request.safeParse(request);
    if (!parsed.success) {
      // Our own refinements speak the user's language and never quote the input: show them.
      const rules = parsed.error.issues
        .filter((issue) => issue.code === 'custom')
        .map((i) => i.message);
      const message = rules.length > 0 ? rules.join('；') : `Invalid input for ${channel}`;
      return fail('invalid-input', message, describeIssues(parsed.error));
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      const value = await handler(parsed.data);
      // Main never hands the renderer something outside the contract either.
      const checked = channels[channel].response.safeParse(value);
      if (!checked.success) {
        onInternalError?.(channel, checked.error);
        return fail('internal', `The answer to ${channel} broke the contract`);
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof ServiceError) return fail(error.code, error.message);
      if (isUserFacing(error)) return fail('refused', error.message);
      onInternalError?.(channel, error);
      return fail('internal', `操作意外失败（${channel}）。/ ${channel} failed unexpectedly.`);
    }
  };
}
