/**
 * How the search reads a material, chosen as the readers choose: a Word material by its name
 * (.docx through mammoth, .doc through the legacy reader), everything else by its first bytes (a
 * PDF through pdf.js; a JPEG, PNG or anything else has no text layer to search).
 */
import { materialKind } from '../reader/pdf/material-kind';

export type MaterialRoute = 'docx' | 'doc' | 'pdf' | 'no-text';

export function materialRoute(fileName: string, bytes: Uint8Array): MaterialRoute {
  if (/\.doc$/i.test(fileName)) return 'doc';
  if (/\.docx$/i.test(fileName)) return 'docx';
  return materialKind(bytes) === 'pdf' ? 'pdf' : 'no-text';
}
