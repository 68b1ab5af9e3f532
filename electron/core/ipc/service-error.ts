import type { IpcErrorCode } from '../../../shared/ipc/result';

/** A failure a service expects and can name; the dispatcher turns it into a typed IPC error. */
export class ServiceError extends Error {
  constructor(
    readonly code: Exclude<IpcErrorCode, 'invalid-input' | 'unknown-channel' | 'forbidden-sender'>,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
