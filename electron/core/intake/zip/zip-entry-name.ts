import { crc32 } from 'node:zlib';
import { decodeStrictUtf8, decodeUnmarkedName } from '../names/legacy-name';

const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;

export interface ExtraField {
  readonly id: number;
  readonly data: Uint8Array;
}

/**
 * The Info-ZIP Unicode Path (0x7075) name, when its version is 1, its CRC matches the header
 * name and its text is valid UTF-8; otherwise null (APPNOTE 4.6.9: ignore it on mismatch).
 */
function unicodePathName(rawName: Uint8Array, extraFields: readonly ExtraField[]): string | null {
  for (const field of extraFields) {
    if (field.id !== UNICODE_PATH_FIELD || field.data.length < 6) continue;
    const view = new DataView(field.data.buffer, field.data.byteOffset, field.data.byteLength);
    if (view.getUint8(0) !== 1) continue;
    if (view.getUint32(1, true) !== crc32(rawName) >>> 0) continue;
    const name = decodeStrictUtf8(field.data.subarray(5));
    if (name !== null) return name;
  }
  return null;
}

/**
 * An entry name in the order SECURITY 14 gives: UTF-8 flag → UTF-8; else a valid 0x7075 field;
 * else strict UTF-8; else GB18030.
 */
export function decodeZipEntryName(
  rawName: Uint8Array,
  generalPurposeBitFlag: number,
  extraFields: readonly ExtraField[],
): string {
  if ((generalPurposeBitFlag & UTF8_FLAG) !== 0) {
    // Flagged names are UTF-8 by definition; invalid bytes become U+FFFD rather than GBK.
    return new TextDecoder('utf-8').decode(rawName);
  }
  return unicodePathName(rawName, extraFields) ?? decodeUnmarkedName(rawName);
}
