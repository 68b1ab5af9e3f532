import { pdfHeaderOffset } from './magic-bytes';

export type PdfStructure =
  | { readonly kind: 'ok'; readonly encrypted: boolean }
  | { readonly kind: 'corrupt'; readonly reason: string };

/** `/Encrypt` as a dictionary key (a reference or an inline dictionary), not `/EncryptMetadata`. */
const ENCRYPT_KEY = /^\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/;

function hasEncryptKey(buffer: Buffer): boolean {
  for (let at = buffer.indexOf('/Encrypt'); at >= 0; at = buffer.indexOf('/Encrypt', at + 1)) {
    if (ENCRYPT_KEY.test(buffer.subarray(at, at + 32).toString('latin1'))) return true;
  }
  return false;
}

/**
 * A light look at a PDF: the header, an end-of-file marker (its absence means truncation), and
 * an encryption dictionary. Parsing objects is pdf.js's job, later, in the reader's worker.
 */
export function checkPdfStructure(bytes: Uint8Array): PdfStructure {
  if (bytes.length === 0) return { kind: 'corrupt', reason: '文件为空（0 字节）' };
  if (pdfHeaderOffset(bytes) < 0) {
    return { kind: 'corrupt', reason: '开头没有 %PDF- 文件头，不是 PDF' };
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.lastIndexOf('%%EOF') < 0) {
    return { kind: 'corrupt', reason: '缺少 %%EOF 结束标记，文件可能被截断' };
  }
  return { kind: 'ok', encrypted: hasEncryptKey(buffer) };
}
