import { extensionOf } from '../entry-path';

/** What a material is, for checking and classifying; decided from extension and content. */
export type DocumentType =
  'docx' | 'doc' | 'pdf' | 'image' | 'spreadsheet' | 'presentation' | 'text' | 'other';

const DOCX_EXTENSIONS = new Set(['docx', 'docm', 'dotx', 'dotm']);
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'tif', 'tiff', 'bmp', 'gif']);
const SPREADSHEET_EXTENSIONS = new Set(['xlsx', 'xls', 'xlsm', 'csv', 'et']);
const PRESENTATION_EXTENSIONS = new Set(['pptx', 'ppt', 'dps']);
const TEXT_EXTENSIONS = new Set(['txt', 'rtf', 'wps', 'ofd']);

const mediaTypes: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  docm: 'application/vnd.ms-word.document.macroEnabled.12',
  dotx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
  dotm: 'application/vnd.ms-word.template.macroEnabled.12',
  doc: 'application/msword',
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
  gif: 'image/gif',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ppt: 'application/vnd.ms-powerpoint',
  txt: 'text/plain',
  rtf: 'application/rtf',
  ofd: 'application/ofd',
};

export const DOCX_MEDIA_TYPE = mediaTypes.docx!;
export const PDF_MEDIA_TYPE = mediaTypes.pdf!;

/** The type an extension claims. */
export function documentTypeForExtension(path: string): DocumentType {
  const extension = extensionOf(path);
  if (DOCX_EXTENSIONS.has(extension)) return 'docx';
  if (extension === 'doc') return 'doc';
  if (extension === 'pdf') return 'pdf';
  if (IMAGE_EXTENSIONS.has(extension)) return 'image';
  if (SPREADSHEET_EXTENSIONS.has(extension)) return 'spreadsheet';
  if (PRESENTATION_EXTENSIONS.has(extension)) return 'presentation';
  if (TEXT_EXTENSIONS.has(extension)) return 'text';
  return 'other';
}

/** The media type an extension claims, or a generic one. */
export function mediaTypeForExtension(path: string): string {
  return mediaTypes[extensionOf(path)] ?? 'application/octet-stream';
}
