/**
 * PKWARE's "strong encryption" (SES, APPNOTE section 7): not ZipCrypto, not WinZip AES, and no
 * free decoder reads it. With the central directory encrypted too, yauzl meets ciphertext where
 * the directory should be and reports broken headers; these checks tell that case from damage,
 * so the office hears 格式不支持 (ask for another file) rather than 压缩包损坏.
 */
import type { ReadAt } from './zip-span';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const ENCRYPTED = 0x0001;
/** General purpose bit 6: strong encryption. */
const STRONG_ENCRYPTION = 0x0040;
/** General purpose bit 13: the central directory is encrypted, local header values masked. */
const DIRECTORY_ENCRYPTED = 0x2000;
/** Extra field 0x0017: the Strong Encryption Header (APPNOTE 4.5.12). */
export const STRONG_ENCRYPTION_FIELD = 0x0017;
/** APPNOTE 4.3.11: the record before an encrypted central directory. */
const ARCHIVE_EXTRA_DATA_SIGNATURE = 0x08064b50;

export const STRONG_ENCRYPTION_DETAIL =
  '使用了 PKWARE 强加密（SES），本软件不能读取；请申报单位提供未加密或 AES 加密的压缩包';
export const STRONG_ENCRYPTION_DETAIL_EN =
  'PKWARE strong encryption (SES) cannot be read here; ask for an unencrypted or AES-encrypted archive';

/** Whether general purpose flags mark an entry as strongly encrypted. */
export function flagsSayStrongEncryption(flags: number): boolean {
  return (flags & ENCRYPTED) !== 0 && (flags & (STRONG_ENCRYPTION | DIRECTORY_ENCRYPTED)) !== 0;
}

/**
 * Whether the archive at `start` uses strong encryption: its first local header carries bit 6
 * or 13, or an archive extra data record sits somewhere in the last bytes before the end record
 * (where an encrypted directory begins). Only headers are read.
 */
export async function hasStrongEncryption(
  readAt: ReadAt,
  start: number,
  fileSize: number,
): Promise<boolean> {
  const head = await readAt(start, 30);
  if (head.byteLength >= 8) {
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    if (
      view.getUint32(0, true) === LOCAL_HEADER_SIGNATURE &&
      flagsSayStrongEncryption(view.getUint16(6, true))
    ) {
      return true;
    }
  }
  const tailStart = Math.max(start, fileSize - 0x20000);
  const tail = await readAt(tailStart, fileSize - tailStart);
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(ARCHIVE_EXTRA_DATA_SIGNATURE, 0);
  return Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength).includes(signature);
}
