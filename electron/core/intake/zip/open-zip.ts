import { close, fstat, open } from 'node:fs';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import type { ZipFile } from 'yauzl';
import { LargeChunkFileReader } from './file-reader';
import { refusalForZipError } from './zip-errors';

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

async function openFile(path: string): Promise<ZipFile> {
  // A plain descriptor, not a FileHandle: the reader closes it when yauzl lets go.
  const fd = await openFd(path, 'r');
  try {
    const { size } = await fstatFd(fd);
    return await yauzl.fromRandomAccessReaderPromise(new LargeChunkFileReader(fd), size, options);
  } catch (error) {
    // yauzl took no reference to the reader: the descriptor is still ours to close.
    await closeFd(fd);
    throw error;
  }
}

/** Opens the archive, or refuses it when yauzl cannot find a ZIP in it. */
export async function openZip(source: ZipSource): Promise<ZipFile> {
  try {
    if (source.kind === 'file') return await openFile(source.path);
    const { buffer, byteOffset, byteLength } = source.bytes;
    return await yauzl.fromBufferPromise(Buffer.from(buffer, byteOffset, byteLength), options);
  } catch (error) {
    // A file that cannot be read at all is the caller's problem, not the archive's.
    if (isIoError(error)) throw error;
    throw refusalForZipError(error, null);
  }
}
