import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readRarVolumeHeader } from './volumes/rar-volume-header';
import { planVolumes } from './volumes/volume-sets';
import type { IntakePlanItem } from './volumes/volume-sets';
import { readAtBytes } from './zip/zip-span';
import type { ReadAt } from './zip/zip-span';

/** A file on disk, or one the app received as bytes (a file dropped on the window). */
export type IntakeInput =
  { readonly path: string } | { readonly name: string; readonly bytes: Uint8Array };

/** One thing to take in: an input on its own, or the volumes of one RAR set. */
export type IntakeUnit = IntakePlanItem<IntakeInput>;

export function inputName(input: IntakeInput): string {
  return 'path' in input ? basename(input.path) : input.name;
}

/** What a RAR input's headers say about volumes; null for anything else. */
async function volumeHeaderOf(input: IntakeInput) {
  if (!('path' in input)) return readRarVolumeHeader(readAtBytes(input.bytes), input.bytes.length);
  const stats = await stat(input.path);
  if (!stats.isFile()) return null;
  const handle = await open(input.path, 'r');
  try {
    const readAt: ReadAt = async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    return await readRarVolumeHeader(readAt, stats.size);
  } finally {
    await handle.close();
  }
}

/**
 * How inputs offered together are taken in: RAR volumes grouped into their sets (a set is read
 * whole when every part is there, docs/intake.md "Multi-volume sets"), everything else alone, in
 * the order given. Only headers are read here.
 */
export async function planIntake(inputs: readonly IntakeInput[]): Promise<IntakeUnit[]> {
  const candidates = [];
  for (const input of inputs) {
    candidates.push({ input, name: inputName(input), header: await volumeHeaderOf(input) });
  }
  return planVolumes(candidates);
}

/** The names of the inputs a unit is made of, in order. */
export function unitNames(unit: IntakeUnit): string[] {
  return unit.kind === 'single' ? [inputName(unit.input)] : unit.parts.map((part) => part.name);
}
