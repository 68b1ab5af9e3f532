import type { MaterialKind } from '../../../../shared/domain/material';
import { baseName } from '../entry-path';
import type { DocumentType } from './document-type';

const READABLE: ReadonlySet<DocumentType> = new Set([
  'docx',
  'doc',
  'pdf',
  'image',
  'spreadsheet',
  'presentation',
  'text',
]);

/**
 * 材料类型 from the file name (the notice names the parts) and the checked content type:
 * 承诺书 in any format; 推荐表 as a stamped scan (PDF or image); the 申报 text as Word.
 */
export function materialKindFor(path: string, documentType: DocumentType): MaterialKind {
  const name = baseName(path);
  if (name.includes('承诺书')) return 'commitment-letter';
  if (name.includes('推荐表') && (documentType === 'pdf' || documentType === 'image')) {
    return 'recommendation-form';
  }
  if ((documentType === 'docx' || documentType === 'doc') && name.includes('申报')) {
    return 'application-text';
  }
  return READABLE.has(documentType) ? 'evidence' : 'unknown';
}

/**
 * When no Word file is named 申报…, a lone Word file among the evidence is the application
 * text (applicants name it after the experience title). Returns the index to promote, or null.
 */
export function loneApplicationText(
  kinds: readonly MaterialKind[],
  documentTypes: readonly DocumentType[],
  paths: readonly string[],
): number | null {
  if (kinds.includes('application-text')) return null;
  const candidates = kinds
    .map((kind, i) => ({ kind, type: documentTypes[i], name: baseName(paths[i] ?? '') }))
    .map((item, i) => ({ ...item, i }))
    .filter((item) => item.kind === 'evidence' && (item.type === 'docx' || item.type === 'doc'))
    .filter((item) => !item.name.includes('推荐表'));
  return candidates.length === 1 ? candidates[0]!.i : null;
}
