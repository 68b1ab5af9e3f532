import iconv from 'iconv-lite';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A name stored without any encoding marker: bytes that are valid UTF-8 are UTF-8 (macOS and
 * Linux tools write it unflagged); anything else is taken as GB18030, a superset of the GBK
 * that Chinese Windows writes (STACK, ZIP row).
 */
export function decodeUnmarkedName(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Not UTF-8: the code page of a Chinese Windows machine.
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  }
}

/** Strict UTF-8, or null when the bytes are not valid UTF-8. */
export function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
