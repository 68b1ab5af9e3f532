/** Positioned reads: a case is read by seeking, never from start to end. */
import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';

/** Fills `length` bytes from `position` (into `target` when given); a short file is truncated. */
export async function readAt(
  handle: FileHandle,
  position: number,
  length: number,
  target: Buffer = Buffer.allocUnsafe(length),
): Promise<Buffer> {
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(target, filled, length - filled, position + filled);
    if (bytesRead === 0) throw new AppError('truncated', {}, 'the file ended early');
    filled += bytesRead;
  }
  return target.subarray(0, length);
}
