import type { SevenZipModule } from '7z-wasm';
import { IntakeRefusal } from '../intake-problem';
import { formatBytes } from '../limits';
import type { OutputBudget, OutputMeter } from '../output-budget';

type FsWrite = SevenZipModule['FS']['write'];

/**
 * Counts every byte 7-Zip writes into its in-memory file system under `outputDir`, per file and
 * for the archive. A breach is thrown from inside the write, which stops 7-Zip at once.
 */
export function meterWrites(
  sevenZip: SevenZipModule,
  outputDir: string,
  budget: OutputBudget,
  archiveBytes: number,
): void {
  const { FS } = sevenZip;
  const write: FsWrite = FS.write.bind(FS);
  const meters = new Map<string, OutputMeter>();
  const { maxRatio, ratioFloorBytes } = budget.limits;
  let total = 0;
  FS.write = ((stream, buffer, offset, length, position, canOwn) => {
    const streamPath = String((stream as unknown as { path?: unknown }).path ?? '');
    const path = streamPath.startsWith(`${outputDir}/`)
      ? streamPath.slice(outputDir.length + 1)
      : streamPath;
    let meter = meters.get(path);
    if (meter === undefined) {
      // Solid blocks hide per-file packed sizes, so no per-file ratio here.
      meter = budget.meter(path, null);
      meters.set(path, meter);
    }
    meter.add(length);
    total += length;
    // The ratio is checked for the archive as a whole instead.
    if (total > ratioFloorBytes && total > maxRatio * Math.max(archiveBytes, 1)) {
      const detail = `实际压缩比超过 ${maxRatio}:1（${formatBytes(total)} 来自 ${formatBytes(archiveBytes)}）`;
      throw new IntakeRefusal('zip-bomb', detail, path);
    }
    return write(stream, buffer, offset, length, position, canOwn);
  }) as FsWrite;
}
