import type { DocumentInspection } from '../documents/inspect-document';
import type { ProblemFinding } from '../intake-problem';
import type { IntakeLimits } from '../limits';
import type { BudgetUsage } from '../output-budget';

/** Formats decoded in the isolated worker: their WASM glue must stay out of the caller's process. */
/** ZIP goes through the worker too when the host isolates every archive (Electron main). */
export type IsolatedFormat = 'rar' | '7z' | 'zip';

/** Parent → worker: one archive to read. */
export interface IsolatedReadRequest {
  readonly type: 'read';
  readonly format: IsolatedFormat;
  /** The archive on disk (the application's own) or its bytes (nested in another archive). */
  readonly source: { readonly path: string } | { readonly bytes: Uint8Array };
  readonly password: string | null;
  readonly limits: IntakeLimits;
  readonly usage: BudgetUsage;
  /** Milliseconds left of the input's time limit. */
  readonly timeLeftMs: number;
}

/** Worker → parent, in this order: ready, any number of files, then one end message. */
export type IsolatedMessage =
  | { readonly type: 'ready' }
  | {
      readonly type: 'file';
      readonly path: string;
      readonly bytes: Uint8Array;
      /** The worker's check of the file as a document, so the parent need not parse it. */
      readonly inspection: DocumentInspection;
    }
  | { readonly type: 'done'; readonly findings: ProblemFinding[]; readonly usage: BudgetUsage }
  | {
      readonly type: 'refused';
      readonly category: ProblemFinding['category'];
      readonly detail: string;
      readonly entryPath: string | null;
    }
  | { readonly type: 'failed'; readonly message: string };
