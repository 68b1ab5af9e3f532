/**
 * Whether a 7z archive's headers (its list of names) are encrypted. 7-Zip usually says so in
 * words, but its WASM build sometimes lets the C++ exception escape instead; the start header
 * tells us directly: an encoded next header (kEncodedHeader, 0x17) whose coders include 7zAES.
 */
const SIGNATURE_HEADER_SIZE = 32;
const K_ENCODED_HEADER = 0x17;
const AES_CODER_ID = [0x06, 0xf1, 0x07, 0x01];

export function hasEncryptedHeaders(bytes: Uint8Array): boolean {
  if (bytes.length < SIGNATURE_HEADER_SIZE) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offset = Number(view.getBigUint64(12, true));
  const size = Number(view.getBigUint64(20, true));
  const start = SIGNATURE_HEADER_SIZE + offset;
  if (!Number.isSafeInteger(start) || size <= 0 || size > 1 << 20 || start + size > bytes.length) {
    return false;
  }
  const header = bytes.subarray(start, start + size);
  if (header[0] !== K_ENCODED_HEADER) return false;
  for (let i = 1; i + AES_CODER_ID.length <= header.length; i++) {
    if (AES_CODER_ID.every((byte, j) => header[i + j] === byte)) return true;
  }
  return false;
}
