import type { ArchiveFormat } from './archive-format';
import type { ArchiveReadout, ReadOptions } from './archive-readout';
import { parsingIsolation } from './isolated/parsing-isolation';
import type { ParsingIsolation } from './isolated/parsing-isolation';
import { readIsolated } from './isolated/read-isolated';
import type { OutputBudget } from './output-budget';
import { readZip } from './zip/read-zip';

export type ArchiveSource = { readonly path: string } | { readonly bytes: Uint8Array };

/**
 * One archive, by format, in the isolated worker (SECURITY 7); ZIP in this process only when
 * the caller's isolation opts in (`zipInProcess`, for the speed of tests and the bench).
 */
export function readArchive(
  format: ArchiveFormat,
  source: ArchiveSource,
  options: ReadOptions,
  budget: OutputBudget,
  isolation: ParsingIsolation = parsingIsolation(),
): Promise<ArchiveReadout> {
  if (format === 'zip' && isolation.zipInProcess) {
    const zipSource =
      'path' in source
        ? { kind: 'file' as const, path: source.path }
        : { kind: 'bytes' as const, bytes: source.bytes };
    return readZip(zipSource, options, budget);
  }
  return readIsolated(format, source, options, budget, isolation);
}
