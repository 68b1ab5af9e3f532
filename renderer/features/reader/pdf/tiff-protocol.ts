/** The messages between the TIFF viewer and its worker: one open, then pages on demand. */
import type { TiffFailure, TiffPageSize, TiffPixels } from './tiff-pages';

export type TiffRequest =
  | { readonly kind: 'open'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'page'; readonly index: number };

export type TiffResponse =
  | { readonly kind: 'opened'; readonly pages: readonly TiffPageSize[] }
  | { readonly kind: 'failed'; readonly failure: TiffFailure }
  | ({ readonly kind: 'page'; readonly index: number } & TiffPixels)
  | { readonly kind: 'page-failed'; readonly index: number };
