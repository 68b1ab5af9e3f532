/** A journal's frame boundaries, read from its length fields, for tests that cut and splice. */
import { decodeJournalHeader } from '../../../../electron/core/journal/journal-header';

export interface FrameSpan {
  readonly start: number;
  readonly end: number;
}

export function frameSpans(file: Buffer): { headerEnd: number; frames: FrameSpan[] } {
  const headerEnd = decodeJournalHeader(file).bytes.length;
  const frames: FrameSpan[] = [];
  let at = headerEnd;
  while (at + 4 <= file.length) {
    const end = at + 4 + file.readUInt32BE(at);
    if (end > file.length) break;
    frames.push({ start: at, end });
    at = end;
  }
  return { headerEnd, frames };
}
