import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CachedCMapReaderFactory,
  CachedStandardFontDataFactory,
  cachedAsset,
} from '../../../../../renderer/features/reader/pdf/pdf-asset-cache';

const BASE = 'app://qbr/pdfjs/cmaps/';

/** A fetch stand-in answering each URL with its length in bytes, counting the requests. */
function stubFetch(status = 200) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      return new Response(new Uint8Array(url.length), { status });
    }),
  );
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('pdf.js assets kept in memory', () => {
  it('fetches a CMap once for every document after, each getting its own copy', async () => {
    const asked = stubFetch();
    const first = new CachedCMapReaderFactory({ baseUrl: BASE, isCompressed: true });
    const second = new CachedCMapReaderFactory({ baseUrl: BASE, isCompressed: true });
    const a = await first.fetch({ name: 'UniGB-UCS2-H' });
    const b = await second.fetch({ name: 'UniGB-UCS2-H' });
    expect(asked).toEqual([`${BASE}UniGB-UCS2-H.bcmap`]);
    expect(a.isCompressed).toBe(true);
    expect(a.cMapData).toEqual(b.cMapData);
    a.cMapData[0] = 7;
    expect(b.cMapData[0]).toBe(0);
    expect((await first.fetch({ name: 'UniGB-UCS2-H' })).cMapData[0]).toBe(0);
  });

  it('fetches standard fonts once as well', async () => {
    const asked = stubFetch();
    const fonts = new CachedStandardFontDataFactory({ baseUrl: 'app://qbr/pdfjs/fonts-a/' });
    await fonts.fetch({ filename: 'FoxitSans.pfb' });
    await fonts.fetch({ filename: 'FoxitSans.pfb' });
    expect(asked).toEqual(['app://qbr/pdfjs/fonts-a/FoxitSans.pfb']);
  });

  it('does not keep a failed fetch: the next document asks again', async () => {
    const asked = stubFetch(404);
    const name = 'Missing-H';
    await expect(cachedAsset('app://qbr/pdfjs/failing/', name)).rejects.toThrow('HTTP 404');
    await expect(cachedAsset('app://qbr/pdfjs/failing/', name)).rejects.toThrow('HTTP 404');
    expect(asked).toHaveLength(2);
  });

  it('refuses names that are not a file of the folder, and a missing base', async () => {
    const asked = stubFetch();
    await expect(cachedAsset(BASE, '../secret')).rejects.toThrow('bad name');
    await expect(cachedAsset(BASE, 'a/b')).rejects.toThrow('bad name');
    await expect(cachedAsset(BASE, '')).rejects.toThrow('bad name');
    await expect(cachedAsset(null, 'UniGB-UCS2-H')).rejects.toThrow('no base URL');
    expect(asked).toEqual([]);
  });
});
