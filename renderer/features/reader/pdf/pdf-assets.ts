/**
 * Where pdf.js finds what it fetches at run time: folders copied into the build under `pdfjs/`
 * (scripts/vite-pdfjs-assets.ts), resolved against the page so they stay on the app's origin.
 */
export interface PdfAssetUrls {
  readonly cMapUrl: string;
  readonly standardFontDataUrl: string;
  readonly iccUrl: string;
  readonly wasmUrl: string;
}

export function pdfAssetUrls(pageUrl: string): PdfAssetUrls {
  const folder = (name: string) => new URL(`pdfjs/${name}/`, pageUrl).href;
  return {
    cMapUrl: folder('cmaps'),
    standardFontDataUrl: folder('standard_fonts'),
    iccUrl: folder('iccs'),
    wasmUrl: folder('wasm'),
  };
}
