import type { ArchiveFormat } from './archive-format';
import type { ArchiveReadout, ReadOptions } from './archive-readout';
import { readIsolated } from './isolated/read-isolated';
import type { OutputBudget } from './output-budget';
import { readZip } from './zip/read-zip';

export type ArchiveSource = { readonly path: string } | { readonly bytes: Uint8Array };

let isolateEveryArchive = false;

/**
 * Electron main turns this on so that no archive is parsed in the main process (SECURITY.md
 * item 7); the CLI and tests read ZIP in-process, which is faster and installs nothing global.
 */
export function setIsolateEveryArchive(isolate: boolean): void {
  isolateEveryArchive = isolate;
}

/**
 * One archive, by format: ZIP in this process unless every archive is isolated (yauzl and zlib
 * install nothing process-wide), RAR and 7z always in the isolated worker.
 */
export function readArchive(
  format: ArchiveFormat,
  source: ArchiveSource,
  options: ReadOptions,
  budget: OutputBudget,
): Promise<ArchiveReadout> {
  if (format === 'zip' && !isolateEveryArchive) {
    const zipSource =
      'path' in source
        ? { kind: 'file' as const, path: source.path }
        : { kind: 'bytes' as const, bytes: source.bytes };
    return readZip(zipSource, options, budget);
  }
  return readIsolated(format, source, options, budget);
}
