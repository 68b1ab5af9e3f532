import type { ArchiveReadout, ExtractedFile, ReadOptions } from '../archive-readout';
import { safeEntryPath } from '../entry-path';
import { IntakeRefusal } from '../intake-problem';
import type { OutputBudget } from '../output-budget';
import { currentWorkerLauncher } from './worker-launcher';
import { resolveArchiveWorkerPath } from './worker-path';
import type { IsolatedFormat, IsolatedMessage, IsolatedReadRequest } from './worker-protocol';

/** Thrown when the worker cannot even start: a setup fault, never the archive's. */
export class ArchiveWorkerStartError extends Error {
  constructor(how: string) {
    super(`intake archive worker did not start (${how})`);
    this.name = 'ArchiveWorkerStartError';
  }
}

/**
 * Reads a RAR or 7z archive in a separate process with a time limit. The worker is killed on
 * time-out (refused as 'zip-bomb', "time limit") and after every archive: the WASM decoders
 * are not trusted to be reusable after a failure.
 */
export function readIsolated(
  format: IsolatedFormat,
  source: IsolatedReadRequest['source'],
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  const timeLeftMs = Math.max(0, budget.deadline - Date.now());
  const request: IsolatedReadRequest = {
    type: 'read',
    format,
    source,
    password: options.password,
    limits: budget.limits,
    usage: budget.usage(),
    timeLeftMs,
  };
  const connection = currentWorkerLauncher()(resolveArchiveWorkerPath());
  return new Promise<ArchiveReadout>((resolve, reject) => {
    const files: ExtractedFile[] = [];
    let started = false;
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      connection.kill();
      action();
    };
    const timer = setTimeout(() => {
      const seconds = Math.round(budget.limits.timeLimitMs / 1000);
      settle(() =>
        reject(
          new IntakeRefusal('zip-bomb', `解压超过时间限制 ${seconds} 秒，已终止 (time limit)`),
        ),
      );
    }, timeLeftMs);

    connection.onMessage((message: IsolatedMessage) => {
      try {
        switch (message.type) {
          case 'ready':
            started = true;
            connection.send(request);
            return;
          case 'file':
            // The worker checked the name too; the parent does not take its word for it.
            files.push({
              path: safeEntryPath(message.path),
              bytes: message.bytes,
              inspection: message.inspection,
            });
            return;
          case 'done':
            budget.adopt(message.usage);
            settle(() => resolve({ files, findings: message.findings }));
            return;
          case 'refused':
            settle(() =>
              reject(new IntakeRefusal(message.category, message.detail, message.entryPath)),
            );
            return;
          case 'failed':
            // Our reader code threw something it does not map: a bug to see, not a category.
            settle(() => reject(new Error(`intake archive worker failed: ${message.message}`)));
            return;
        }
      } catch (error) {
        settle(() => reject(error));
      }
    });
    connection.onExit((how) => {
      if (!started) settle(() => reject(new ArchiveWorkerStartError(how)));
      // Died mid-archive (a WASM abort, out of memory): nothing it sent can be trusted whole.
      else settle(() => reject(new IntakeRefusal('corrupt-archive', `解码进程意外退出 (${how})`)));
    });
  });
}
