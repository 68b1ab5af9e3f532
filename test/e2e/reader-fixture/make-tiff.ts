/**
 * Small TIFF scans written by hand, so the test owns every byte: little-endian, 8-bit RGB, one
 * strip per page, uncompressed or deflated (Adobe deflate, compression 8: what scanners write
 * besides fax and JPEG), one image directory per page.
 */
import { deflateSync } from 'node:zlib';

export interface TiffPageSpec {
  readonly width: number;
  readonly height: number;
  /** The colour of pixel (x, y). */
  readonly pixel: (x: number, y: number) => readonly [number, number, number];
  readonly deflate?: boolean;
}

const SHORT = 3;
const LONG = 4;

function rgb(page: TiffPageSpec): Buffer {
  const data = Buffer.alloc(page.width * page.height * 3);
  for (let y = 0; y < page.height; y += 1)
    for (let x = 0; x < page.width; x += 1) data.set(page.pixel(x, y), (y * page.width + x) * 3);
  return page.deflate ? deflateSync(data) : data;
}

export function makeTiff(pages: readonly TiffPageSpec[]): Buffer {
  const parts: Buffer[] = [];
  let size = 8;
  const append = (part: Buffer) => {
    const at = size;
    parts.push(part);
    size += part.length;
    if (size % 2 === 1) append(Buffer.alloc(1)); // offsets stay even, as TIFF 6 asks
    return at;
  };
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  const nextPointers: number[] = [4];
  for (const page of pages) {
    const strip = rgb(page);
    const stripAt = append(strip);
    const bits = Buffer.alloc(6);
    [8, 8, 8].forEach((value, i) => bits.writeUInt16LE(value, i * 2));
    const bitsAt = append(bits);
    const entries: [number, number, number, number][] = [
      [256, LONG, 1, page.width],
      [257, LONG, 1, page.height],
      [258, SHORT, 3, bitsAt],
      [259, SHORT, 1, page.deflate ? 8 : 1],
      [262, SHORT, 1, 2], // RGB
      [273, LONG, 1, stripAt],
      [277, SHORT, 1, 3],
      [278, LONG, 1, page.height],
      [279, LONG, 1, strip.length],
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach(([id, type, count, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(id, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(count, at + 4);
      if (type === SHORT && count === 1) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    const ifdAt = append(ifd);
    const pointer = nextPointers[nextPointers.length - 1]!;
    nextPointers.push(ifdAt + 2 + entries.length * 12);
    (pointer === 4 ? header : undefined)?.writeUInt32LE(ifdAt, 4);
    if (pointer !== 4) writePointer(parts, pointer, ifdAt);
  }
  return Buffer.concat([header, ...parts]);
}

/** Writes `value` at file offset `at` inside the parts (the header's 8 bytes come before them). */
function writePointer(parts: Buffer[], at: number, value: number): void {
  let offset = 8;
  for (const part of parts) {
    if (at < offset + part.length) {
      part.writeUInt32LE(value, at - offset);
      return;
    }
    offset += part.length;
  }
}

/**
 * A two-page scan: page 1 a 承诺书-like sheet (off-white, a dark red seal square, grey ruled
 * lines), page 2 deflated, blue with a white band. Sizes differ, as scanned pages do.
 */
export function twoPageScan(): Buffer {
  return makeTiff([
    {
      width: 300,
      height: 400,
      pixel: (x, y) => {
        if (x >= 200 && x < 260 && y >= 300 && y < 360) return [164, 0, 0];
        if (y % 40 === 20 && x > 30 && x < 270) return [80, 80, 80];
        return [253, 253, 248];
      },
    },
    {
      width: 200,
      height: 280,
      deflate: true,
      pixel: (_x, y) => (y >= 120 && y < 160 ? [255, 255, 255] : [20, 60, 160]),
    },
  ]);
}
