import { close, fstat, open, read } from 'node:fs';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import type { ZipFile } from 'yauzl';
import { LargeChunkFileReader } from './file-reader';
import { refusalForZipError } from './zip-errors';
import { locateZipSpan, readAtBytes } from './zip-span';
import type { ReadAt } from './zip-span';

/** Where a ZIP's bytes are: a file on disk (the application's archive) or memory (nested). */
export type ZipSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array };

const options: yauzl.Options = {
  lazyEntries: true,
  // Names are decoded by us (SECURITY 14); yauzl would read unflagged names as CP437.
  decodeStrings: false,
  validateEntrySizes: true,
  autoClose: false,
};

function isIoError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

const openFd = promisify(open);
const fstatFd = promisify(fstat);
const closeFd = promisify(close);
const readFd = promisify(read);

function readAtFd(fd: number): ReadAt {
  return async (position, length) => {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await readFd(fd, buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  };
}

async function openFile(path: string): Promise<ZipFile> {
  // A plain descriptor, not a FileHandle: the reader closes it when yauzl lets go.
  const fd = await openFd(path, 'r');
  try {
    const { size } = await fstatFd(fd);
    // Without a span that fits, yauzl gets the whole file and says what is wrong with it.
    const span = (await locateZipSpan(readAtFd(fd), size)) ?? { start: 0, end: size };
    const reader = new LargeChunkFileReader(fd, span.start);
    return await yauzl.fromRandomAccessReaderPromise(reader, span.end - span.start, options);
  } catch (error) {
    // yauzl took no reference to the reader: the descriptor is still ours to close.
    await closeFd(fd);
    throw error;
  }
}

async function openBytes(bytes: Uint8Array): Promise<ZipFile> {
  const span = (await locateZipSpan(readAtBytes(bytes), bytes.length)) ?? {
    start: 0,
    end: bytes.length,
  };
  const archive = bytes.subarray(span.start, span.end);
  const { buffer, byteOffset, byteLength } = archive;
  return yauzl.fromBufferPromise(Buffer.from(buffer, byteOffset, byteLength), options);
}

/**
 * Opens the archive, or refuses it when yauzl cannot find a ZIP in it. Bytes before the archive
 * (a self-extractor) and after it (appended by some tool) are left out, as `unzip` does.
 */
export async function openZip(source: ZipSource): Promise<ZipFile> {
  try {
    if (source.kind === 'file') return await openFile(source.path);
    return await openBytes(source.bytes);
  } catch (error) {
    // A file that cannot be read at all is the caller's problem, not the archive's.
    if (isIoError(error)) throw error;
    throw refusalForZipError(error, null);
  }
}
