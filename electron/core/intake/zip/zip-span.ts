/**
 * Where the ZIP archive sits inside a file. A self-extractor puts a program before it, and some
 * mail gateways and download tools append bytes after it; `unzip` and Python's zipfile read such
 * files, yauzl alone does not (it takes offsets as file positions and wants the end record last).
 * The way Info-ZIP does it: the end record gives the central directory's size and its offset from
 * the archive's start; the directory really ends where the end record (or the ZIP64 one) begins,
 * so the bytes before the archive are (real start of the directory − declared offset).
 */

/** The archive's bytes: [start, end) of the file. */
export interface ZipSpan {
  readonly start: number;
  readonly end: number;
}

/** Reads `length` bytes at `position` (fewer only at the end of the file). */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
/** APPNOTE 4.3.11: precedes the directory when it is encrypted (PKWARE strong encryption). */
const ARCHIVE_EXTRA_DATA_SIGNATURE = 0x08064b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The directory's real end, size and declared offset, from the ZIP64 record when there is one. */
async function directoryOf(
  readAt: ReadAt,
  eocdPosition: number,
  eocd: DataView,
): Promise<{ end: number; size: number; offset: number } | null> {
  const size = eocd.getUint32(12, true);
  const offset = eocd.getUint32(16, true);
  const locatorPosition = eocdPosition - ZIP64_LOCATOR_SIZE;
  if (locatorPosition >= 0) {
    const locator = view(await readAt(locatorPosition, ZIP64_LOCATOR_SIZE));
    if (
      locator.byteLength === ZIP64_LOCATOR_SIZE &&
      locator.getUint32(0, true) === ZIP64_LOCATOR_SIGNATURE
    ) {
      // A ZIP64 record without extensible data sits right before its locator.
      const recordPosition = locatorPosition - ZIP64_EOCD_SIZE;
      if (recordPosition < 0) return null;
      const record = view(await readAt(recordPosition, ZIP64_EOCD_SIZE));
      if (
        record.byteLength !== ZIP64_EOCD_SIZE ||
        record.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE
      ) {
        return null;
      }
      const size64 = Number(record.getBigUint64(40, true));
      const offset64 = Number(record.getBigUint64(48, true));
      if (!Number.isSafeInteger(size64) || !Number.isSafeInteger(offset64)) return null;
      return { end: recordPosition, size: size64, offset: offset64 };
    }
  }
  return { end: eocdPosition, size, offset };
}

/** Whether a central directory (or the record that precedes an encrypted one) starts here. */
async function directoryStartsAt(readAt: ReadAt, position: number, size: number): Promise<boolean> {
  if (size === 0) return true;
  const head = await readAt(position, 4);
  if (head.byteLength < 4) return false;
  const signature = view(head).getUint32(0, true);
  return signature === CENTRAL_HEADER_SIGNATURE || signature === ARCHIVE_EXTRA_DATA_SIGNATURE;
}

/**
 * The archive's span in a file of `fileSize` bytes, or null when no end record fits (the reader
 * then says why in its own words). End records are tried from the end of the file backwards, as
 * far as a maximal comment reaches; the first whose directory is where it says wins.
 */
export async function locateZipSpan(readAt: ReadAt, fileSize: number): Promise<ZipSpan | null> {
  const tailStart = Math.max(0, fileSize - EOCD_SIZE - MAX_COMMENT);
  const tail = await readAt(tailStart, fileSize - tailStart);
  const tailView = view(tail);
  for (let i = tail.byteLength - EOCD_SIZE; i >= 0; i--) {
    if (tailView.getUint32(i, true) !== EOCD_SIGNATURE) continue;
    const eocdPosition = tailStart + i;
    const eocd = new DataView(tail.buffer, tail.byteOffset + i, EOCD_SIZE);
    const end = eocdPosition + EOCD_SIZE + eocd.getUint16(20, true);
    if (end > fileSize) continue;
    const directory = await directoryOf(readAt, eocdPosition, eocd);
    if (directory === null) continue;
    const directoryStart = directory.end - directory.size;
    const before = directoryStart - directory.offset;
    if (directoryStart < 0 || before < 0) continue;
    if (!(await directoryStartsAt(readAt, directoryStart, directory.size))) continue;
    return { start: before, end };
  }
  return null;
}

/** The same over bytes in memory. */
export function readAtBytes(bytes: Uint8Array): ReadAt {
  return async (position, length) =>
    bytes.subarray(Math.min(position, bytes.length), Math.min(position + length, bytes.length));
}
