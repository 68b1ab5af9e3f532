/**
 * TIFF scans through utif2, as the TIFF worker reads them: the pages and their sizes without
 * decoding, each page's pixels on demand (uncompressed and deflated), and a damaged, cyclic,
 * truncated or oversized file refused by category before a pixel is allocated.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  directoryCount,
  MAX_TIFF_PAGE_PIXELS,
  TiffFile,
} from '../../../../../renderer/features/reader/pdf/tiff-pages';
import { makeTiff, twoPageScan } from '../../../../e2e/reader-fixture/make-tiff';

const open = (bytes: Uint8Array) => {
  const file = TiffFile.open(bytes);
  if (typeof file === 'string') throw new Error(`refused: ${file}`);
  return file;
};

const pixelAt = (rgba: Uint8ClampedArray, width: number, x: number, y: number) => [
  ...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4),
];

describe('TiffFile', () => {
  it('lists a two-page scan with each page its own size, decoding nothing yet', () => {
    const file = open(twoPageScan());
    expect(file.pages).toEqual([
      { width: 300, height: 400 },
      { width: 200, height: 280 },
    ]);
  });

  it('decodes each page as RGBA: an uncompressed one and a deflated one', () => {
    const file = open(twoPageScan());
    const first = file.decodePage(0);
    expect(first.rgba.length).toBe(300 * 400 * 4);
    expect(pixelAt(first.rgba, 300, 5, 5)).toEqual([253, 253, 248, 255]);
    expect(pixelAt(first.rgba, 300, 230, 330)).toEqual([164, 0, 0, 255]); // the seal
    expect(pixelAt(first.rgba, 300, 100, 60)).toEqual([80, 80, 80, 255]); // a ruled line
    const second = file.decodePage(1);
    expect(pixelAt(second.rgba, 200, 10, 10)).toEqual([20, 60, 160, 255]);
    expect(pixelAt(second.rgba, 200, 10, 130)).toEqual([255, 255, 255, 255]);
    // Asked again (the page came back into view): the same pixels, decoded afresh.
    expect(pixelAt(file.decodePage(0).rgba, 300, 230, 330)).toEqual([164, 0, 0, 255]);
    expect(() => file.decodePage(2)).toThrow(RangeError);
  });

  it('refuses what is no TIFF, or whose directories are damaged, as corrupt', () => {
    expect(TiffFile.open(Uint8Array.from([0x49, 0x49, 0x2a, 0]))).toBe('corrupt');
    const scan = twoPageScan();
    // The first directory's offset pointing past the end.
    const pastEnd = Buffer.from(scan);
    pastEnd.writeUInt32LE(scan.length + 100, 4);
    expect(TiffFile.open(pastEnd)).toBe('corrupt');
    // A chain of directories that loops back on itself (utif2 alone would follow it for ever).
    const loop = Buffer.from(scan);
    const first = loop.readUInt32LE(4);
    const entries = loop.readUInt16LE(first);
    loop.writeUInt32LE(first, first + 2 + entries * 12);
    expect(directoryCount(loop)).toBe('corrupt');
    expect(TiffFile.open(loop)).toBe('corrupt');
  });

  it('refuses a page declaring more pixels than the cap, before allocating them', () => {
    const side = Math.ceil(Math.sqrt(MAX_TIFF_PAGE_PIXELS)) + 1;
    const bytes = makeTiff([{ width: 2, height: 2, pixel: () => [0, 0, 0] }]);
    const first = bytes.readUInt32LE(4);
    bytes.writeUInt32LE(side, first + 2 + 8); // width
    bytes.writeUInt32LE(side, first + 2 + 12 + 8); // height
    expect(TiffFile.open(bytes)).toBe('too-large');
  });

  it('refuses a file cut short (its pixel data past the end) as corrupt', () => {
    const scan = twoPageScan();
    const cut = Buffer.from(scan);
    const first = cut.readUInt32LE(4);
    cut.writeUInt32LE(scan.length - 100, first + 2 + 5 * 12 + 8); // StripOffsets near the end
    expect(TiffFile.open(cut)).toBe('corrupt');
  });

  it('throws on a page whose compressed data is damaged; the other pages still decode', () => {
    const scan = Buffer.from(twoPageScan());
    const first = scan.readUInt32LE(4);
    const second = scan.readUInt32LE(first + 2 + 9 * 12);
    const strip = scan.readUInt32LE(second + 2 + 5 * 12 + 8);
    scan.fill(0xff, strip + 2, strip + 40); // inside the deflate stream
    const file = open(scan);
    expect(() => file.decodePage(1)).toThrow();
    expect(file.decodePage(0).rgba.length).toBe(300 * 400 * 4);
  });
});

describe('the inflater utif2 finds when bundled (no require)', () => {
  it('is raw inflate, as pako.inflateRaw is', async () => {
    await import('../../../../../renderer/features/reader/pdf/tiff-inflate');
    const { pako } = globalThis as unknown as {
      pako: { inflateRaw(data: Uint8Array): Uint8Array };
    };
    const text = Buffer.from('质量标杆 TIFF strip '.repeat(50));
    expect(Buffer.from(pako.inflateRaw(deflateRawSync(text)))).toEqual(text);
  });
});
