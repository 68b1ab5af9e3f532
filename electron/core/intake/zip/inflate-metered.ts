import { createInflateRaw } from 'node:zlib';
import { IntakeRefusal } from '../intake-problem';
import type { OutputMeter } from '../output-budget';
import { refusalForZipError } from './zip-errors';

/** The detail of the refusal for output beyond the declared size. */
export const MORE_THAN_DECLARED = '实际解压大小超过声明大小';

// zlib's default 16 KiB output chunks cost more in stream overhead than in inflating.
const CHUNK_BYTES = 1024 * 1024;

/**
 * Inflates raw deflate data (streamed from the archive, or decrypted in memory), counting every
 * chunk and holding the output to the size the header declared, as yauzl's
 * validateEntrySizes does: more is a bomb's lie, caught at once; less is damage.
 */
export async function inflateRawMetered(
  compressed: AsyncIterable<Uint8Array> | Uint8Array,
  meter: OutputMeter,
  declaredSize: number,
): Promise<Buffer> {
  const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
  const feed = async (): Promise<void> => {
    if (compressed instanceof Uint8Array) {
      inflater.end(compressed);
      return;
    }
    try {
      for await (const chunk of compressed) {
        if (inflater.destroyed) return;
        if (!inflater.write(chunk)) {
          // A refusal destroys the inflater while this waits: 'close' ends the wait too.
          await new Promise<void>((resolve) => {
            const done = (): void => {
              inflater.off('drain', done);
              inflater.off('close', done);
              resolve();
            };
            inflater.on('drain', done);
            inflater.on('close', done);
          });
        }
      }
      if (!inflater.destroyed) inflater.end();
    } catch (error) {
      inflater.destroy(error as Error);
    }
  };
  const chunks: Buffer[] = [];
  const feeding = feed();
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      meter.add(chunk.length);
      if (meter.total > declaredSize) {
        throw new IntakeRefusal('zip-bomb', MORE_THAN_DECLARED, meter.entryPath);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw refusalForZipError(error, meter.entryPath);
  } finally {
    inflater.destroy();
    await feeding;
  }
  if (meter.total < declaredSize) {
    throw new IntakeRefusal('corrupt-archive', '实际解压大小小于声明大小', meter.entryPath);
  }
  return Buffer.concat(chunks, meter.total);
}
