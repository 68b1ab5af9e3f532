/**
 * Hands chunks to the file while the next ones are being encrypted: up to `depth` positioned
 * writes in flight, so the disk, the kernel's page copies and AES-GCM work at the same time.
 * Memory stays at `depth` chunks (plus what the caller holds until `onWritten`).
 */
import type { AtomicStream } from './atomic-stream-write';

export class PipelinedOutput {
  private readonly inFlight: Promise<void>[] = [];
  /** Offset of the next byte handed to `push`, whether or not it has reached the disk. */
  offset = 0;

  constructor(
    readonly stream: AtomicStream,
    private readonly depth = 2,
  ) {}

  /**
   * Returns once there is room for another write, with this one started. `onWritten` runs
   * once the parts are no longer needed (written, or failed): a slot can then be reused.
   */
  async push(parts: readonly Uint8Array[], onWritten?: () => void): Promise<void> {
    while (this.inFlight.length >= this.depth) await this.inFlight.shift();
    const write = this.stream.write(parts, this.offset);
    if (onWritten !== undefined) write.then(onWritten, onWritten);
    // Marked handled here; a failure still surfaces at a later push or at drain.
    write.catch(() => undefined);
    this.inFlight.push(write);
    for (const part of parts) this.offset += part.length;
  }

  /**
   * Sets aside the next `length` bytes for a write made elsewhere (AtomicStream.writeWith) and
   * returns their offset.
   */
  reserve(length: number): number {
    const at = this.offset;
    this.offset += length;
    return at;
  }

  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }
}
