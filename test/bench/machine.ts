/** What the bench ran on: printed at the start and kept in bench-results.json. */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { statfs } from 'node:fs/promises';

export interface MachineInfo {
  /** os.availableParallelism(): the cores this process may use. */
  readonly cores: number;
  readonly cpu: string;
  readonly node: string;
  readonly platform: string;
  readonly memoryBytes: number;
}

export function machineInfo(): MachineInfo {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    memoryBytes: totalmem(),
  };
}

/**
 * The 1, 5 and 15 minute load averages: on a shared machine, other processes' work lands on
 * the sides unevenly, so every row keeps the load it ran under.
 */
export function loadAverage(): readonly number[] {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

/** Bytes an unprivileged process may still write on the file system holding `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  const space = await statfs(dir);
  return space.bavail * space.bsize;
}

export function gigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}
