import { close, read } from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

// yauzl's own file reader streams in 16 KiB reads; a thread-pool trip each costs more than inflating.
const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Positional reads of [start, end) from a descriptor it does not own: destroying it never closes
 * the file (fs.ReadStream's destroy would, whatever autoClose says).
 */
class RangeReadStream extends Readable {
  private position: number;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: READ_CHUNK_BYTES });
    this.position = start;
  }

  override _read(): void {
    const length = Math.min(READ_CHUNK_BYTES, this.end - this.position);
    if (length <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafe(length);
    read(this.fd, buffer, 0, length, this.position, (error, bytesRead) => {
      if (error) {
        this.destroy(error);
        return;
      }
      if (bytesRead === 0) {
        this.push(null);
        return;
      }
      this.position += bytesRead;
      this.push(bytesRead < length ? buffer.subarray(0, bytesRead) : buffer);
    });
  }
}

/**
 * yauzl's random-access reader over an open file, reading in 1 MiB chunks; closes the file.
 * Positions are counted from `base`, where the archive starts (after a self-extractor's stub).
 */
export class LargeChunkFileReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly fd: number,
    private readonly base = 0,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeReadStream(this.fd, this.base + start, this.base + end);
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    read(this.fd, buffer, offset, length, this.base + position, (error, bytesRead) =>
      callback(error, bytesRead),
    );
  }

  override close(callback: (err: Error | null) => void): void {
    close(this.fd, callback);
  }
}
