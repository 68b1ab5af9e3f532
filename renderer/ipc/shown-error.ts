/**
 * An error as the renderer shows it: main's refusal as it came over the wire (shown from its code
 * and parameters in the reader's language), or a sentence the renderer wrote itself.
 */
import type { IpcError } from '../../shared/ipc/result';
import { IpcCallError } from './client';

export type ShownError =
  | {
      readonly from: 'main';
      readonly error: IpcError;
      /** What the refusal is about, shown before it ("申报1.zip：…"): a file's own name. */
      readonly subject?: string;
    }
  /** Already in the reader's language: a check the renderer made before calling main. */
  | { readonly from: 'renderer'; readonly text: string };

export function errorFromMain(error: IpcError, subject?: string): ShownError {
  return subject === undefined ? { from: 'main', error } : { from: 'main', error, subject };
}

export function errorFromRenderer(text: string): ShownError {
  return { from: 'renderer', text };
}

/** What a rejected call left: main's typed error, else the exception's own sentence. */
export function shownErrorOf(thrown: unknown): ShownError {
  if (thrown instanceof IpcCallError) return errorFromMain(thrown.error);
  return errorFromRenderer(thrown instanceof Error ? thrown.message : String(thrown));
}
