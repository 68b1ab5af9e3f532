import type { ComponentType } from 'react';

/** What shows a material's bytes beside the form: the app composes the readers in (app/). */
export type ReviewMaterialView = ComponentType<{
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly materialId: string;
  readonly applicationId: string;
  /** Whose name the watermark carries: the package's recipient. */
  readonly readerName: string;
  readonly materialNames: Readonly<Record<string, string>>;
  /** A column for the reader's annotations; null: the review screen shows none. */
  readonly side: HTMLElement | null;
}>;
