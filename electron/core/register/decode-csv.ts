import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';

/** How a CSV's bytes were read. */
export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'gb18030';

/**
 * Decodes a CSV: UTF-8 with a BOM, UTF-16LE with a BOM (Excel's "Unicode text"), valid UTF-8,
 * else GB18030, the superset of the GBK that Chinese Excel writes. Refuses bytes with NULs
 * outside UTF-16, which are no text at all.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.includes(0)) {
    throw new AppError('unsupported-format', { found: 'binary' });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: what Chinese Excel writes when it saves "CSV (逗号分隔)".
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}
