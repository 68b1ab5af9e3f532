/**
 * A TIFF scan's pages, decoded one at a time by utif2 (pure JavaScript: no eval, no wasm). Runs
 * in the TIFF worker (tiff-worker.ts), never on the page's thread: a hostile file can stall
 * only the worker, which the viewer ends after a time limit. Before utif2 reads anything, the
 * chain of image directories is walked here with a visited set (utif2 itself follows a cycle
 * for ever), and a page's declared size is checked against a cap before any pixel is allocated.
 */
// First: the inflater utif2 looks for when it is bundled (see the file).
import './tiff-inflate';
// utif2 is CommonJS that sets module.exports at run time: its default import is the namespace.
import UTIF from 'utif2';
import type { IFD } from 'utif2';

/** A page above this many pixels is not decoded (as pdf.js's cap: 256 MB of RGBA). */
export const MAX_TIFF_PAGE_PIXELS = 64 * 1024 * 1024;
/** More directories than this in one file is not a scan. */
export const MAX_TIFF_PAGES = 2000;

export type TiffFailure = 'corrupt' | 'too-large';

export interface TiffPageSize {
  readonly width: number;
  readonly height: number;
}

export interface TiffPixels extends TiffPageSize {
  /** width × height × 4 bytes, RGBA. */
  readonly rgba: Uint8ClampedArray<ArrayBuffer>;
}

/** The number of image directories in the main chain, or 'corrupt' (a cycle, a bad offset). */
export function directoryCount(bytes: Uint8Array): number | 'corrupt' {
  if (bytes.length < 8) return 'corrupt';
  const little = bytes[0] === 0x49 && bytes[1] === 0x49;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(2, little) !== 42) return 'corrupt'; // BigTIFF (43) is not a scan format
  const seen = new Set<number>();
  let offset = view.getUint32(4, little);
  while (offset !== 0) {
    if (seen.has(offset) || seen.size >= MAX_TIFF_PAGES || offset + 2 > bytes.length)
      return 'corrupt';
    seen.add(offset);
    const entries = view.getUint16(offset, little);
    const next = offset + 2 + entries * 12;
    if (next + 4 > bytes.length) return 'corrupt';
    offset = view.getUint32(next, little);
  }
  return seen.size;
}

function tag(ifd: IFD, id: number): number | undefined {
  const value = ifd[`t${id}`];
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : undefined;
}

function numbers(ifd: IFD, id: number): readonly number[] {
  const value = ifd[`t${id}`];
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

/**
 * Whether every strip (or tile) of the page lies inside the file: utif2 would read past the end
 * as zeros and show a cut-off scan as a whole black one.
 */
function dataInside(ifd: IFD, length: number): boolean {
  const tiled = ifd['t322'] !== undefined;
  const offsets = numbers(ifd, tiled ? 324 : 273);
  const counts = numbers(ifd, tiled ? 325 : 279);
  if (offsets.length === 0 || counts.length !== offsets.length) return false;
  return offsets.every((offset, i) => offset + counts[i]! <= length);
}

/** A TIFF's pages, ready to decode one by one. */
export class TiffFile {
  private constructor(
    private readonly buffer: ArrayBuffer,
    private readonly directories: IFD[],
    readonly pages: readonly TiffPageSize[],
  ) {}

  /** Reads the directories of `bytes` (its own copy); decodes no pixel yet. */
  static open(bytes: Uint8Array): TiffFile | TiffFailure {
    if (directoryCount(bytes) === 'corrupt') return 'corrupt';
    // A copy of its own (a Node Buffer's slice would be a view into a shared pool).
    const buffer = new Uint8Array(bytes).buffer;
    let all: IFD[];
    try {
      all = UTIF.decode(buffer);
    } catch {
      return 'corrupt';
    }
    // The pages: directories with a size, not the reduced-resolution copies (NewSubfileType bit 0).
    const directories = all.filter(
      (ifd) =>
        (tag(ifd, 256) ?? 0) > 0 && (tag(ifd, 257) ?? 0) > 0 && ((tag(ifd, 254) ?? 0) & 1) === 0,
    );
    if (directories.length === 0) return 'corrupt';
    const pages = directories.map((ifd) => ({ width: tag(ifd, 256)!, height: tag(ifd, 257)! }));
    if (pages.some((page) => page.width * page.height > MAX_TIFF_PAGE_PIXELS)) return 'too-large';
    if (!directories.every((ifd) => dataInside(ifd, bytes.length))) return 'corrupt';
    return new TiffFile(buffer, directories, pages);
  }

  /** Page `index` (from 0) as RGBA; throws when its data cannot be decoded. */
  decodePage(index: number): TiffPixels {
    const ifd = this.directories[index];
    const size = this.pages[index];
    if (!ifd || !size) throw new RangeError('no such page');
    try {
      UTIF.decodeImage(this.buffer, ifd);
      const rgba = UTIF.toRGBA8(ifd);
      if (rgba.length !== size.width * size.height * 4) throw new Error('page data incomplete');
      // toRGBA8 makes a fresh Uint8Array of its own: its buffer is a plain ArrayBuffer.
      const buffer = rgba.buffer as ArrayBuffer;
      return { ...size, rgba: new Uint8ClampedArray(buffer, rgba.byteOffset, rgba.length) };
    } finally {
      // Keep no decoded pixels here: the page asks again when it comes back into view.
      delete (ifd as { data?: Uint8Array }).data;
    }
  }
}
