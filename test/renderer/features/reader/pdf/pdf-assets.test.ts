import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfAssetUrls } from '../../../../../renderer/features/reader/pdf/pdf-assets';
import { pdfjsAssetFiles, PDFJS_ASSET_DIR } from '../../../../../scripts/vite-pdfjs-assets';

describe("pdf.js's assets", () => {
  it("are looked for beside the page, on the app's own origin", () => {
    expect(pdfAssetUrls('app://bundle/index.html')).toEqual({
      cMapUrl: 'app://bundle/pdfjs/cmaps/',
      standardFontDataUrl: 'app://bundle/pdfjs/standard_fonts/',
      iccUrl: 'app://bundle/pdfjs/iccs/',
      wasmUrl: 'app://bundle/pdfjs/wasm/',
    });
    expect(pdfAssetUrls('https://bundle.qbreview.test/pdf-fixture/index.html').cMapUrl).toBe(
      'https://bundle.qbreview.test/pdf-fixture/pdfjs/cmaps/',
    );
  });

  it('are copied into the build where the viewer looks: the Chinese CMaps, the fonts, the JPEG 2000 decoder, no wasm', () => {
    const files = pdfjsAssetFiles();
    const names = files.map((file) => file.fileName);
    for (const name of [
      'pdfjs/cmaps/UniGB-UCS2-H.bcmap',
      'pdfjs/cmaps/GBK-EUC-H.bcmap',
      'pdfjs/cmaps/Adobe-GB1-UCS2.bcmap',
      'pdfjs/standard_fonts/LiberationSans-Regular.ttf',
      'pdfjs/standard_fonts/FoxitSerif.pfb',
      'pdfjs/iccs/CGATS001Compat-v2-micro.icc',
      'pdfjs/wasm/openjpeg_nowasm_fallback.js',
    ])
      expect(names).toContain(name);
    expect(names.filter((name) => name.endsWith('.wasm'))).toEqual([]);
    for (const file of files) {
      expect(file.fileName.startsWith(`${PDFJS_ASSET_DIR}/`)).toBe(true);
      expect(existsSync(file.path)).toBe(true);
    }
    expect(new Set(names).size).toBe(names.length);
  });
});
