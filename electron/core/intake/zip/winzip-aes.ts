import { createCipheriv, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';

/** WinZip AE-x extra field (0x9901): which AES strength and the real compression method. */
export interface WinZipAesField {
  /** 1 = AE-1 (CRC kept), 2 = AE-2 (CRC zero; the HMAC is the only check). */
  readonly vendorVersion: number;
  readonly keyBits: 128 | 192 | 256;
  readonly compressionMethod: number;
}

export const WINZIP_AES_FIELD = 0x9901;
export const WINZIP_AES_METHOD = 99;

const AUTH_CODE_LENGTH = 10;
const VERIFIER_LENGTH = 2;
const BLOCK = 16;
const CHUNK_BLOCKS = 4096;

/** Parses the 0x9901 field, or null when it is absent or malformed. */
export function parseWinZipAesField(data: Uint8Array): WinZipAesField | null {
  if (data.length < 7 || data[2] !== 0x41 || data[3] !== 0x45) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const strength = data[4];
  const keyBits = strength === 1 ? 128 : strength === 2 ? 192 : strength === 3 ? 256 : null;
  if (keyBits === null) return null;
  return {
    vendorVersion: view.getUint16(0, true),
    keyBits,
    compressionMethod: view.getUint16(5, true),
  };
}

export type WinZipAesOutcome =
  | { readonly kind: 'ok'; readonly data: Uint8Array }
  | { readonly kind: 'wrong-password' }
  | { readonly kind: 'corrupt'; readonly reason: string };

/**
 * Decrypts one WinZip AES entry (salt | verifier | data | HMAC). The 2-byte verifier rejects
 * most wrong passwords; the HMAC-SHA1 over the ciphertext then proves the data intact.
 */
export function decryptWinZipAes(
  raw: Uint8Array,
  password: Uint8Array,
  field: WinZipAesField,
): WinZipAesOutcome {
  const keyLength = field.keyBits / 8;
  const saltLength = keyLength / 2;
  if (raw.length < saltLength + VERIFIER_LENGTH + AUTH_CODE_LENGTH) {
    return { kind: 'corrupt', reason: '加密数据短于 AES 头部' };
  }
  const salt = raw.subarray(0, saltLength);
  const verifier = raw.subarray(saltLength, saltLength + VERIFIER_LENGTH);
  const cipherText = raw.subarray(saltLength + VERIFIER_LENGTH, raw.length - AUTH_CODE_LENGTH);
  const authCode = raw.subarray(raw.length - AUTH_CODE_LENGTH);

  const derived = pbkdf2Sync(password, salt, 1000, 2 * keyLength + VERIFIER_LENGTH, 'sha1');
  const aesKey = derived.subarray(0, keyLength);
  const hmacKey = derived.subarray(keyLength, 2 * keyLength);
  if (!timingSafeEqual(derived.subarray(2 * keyLength), verifier)) {
    return { kind: 'wrong-password' };
  }

  const mac = createHmac('sha1', hmacKey).update(cipherText).digest().subarray(0, AUTH_CODE_LENGTH);
  if (!timingSafeEqual(mac, authCode)) {
    // The verifier matched, so the password is almost surely right: the data was altered.
    return { kind: 'corrupt', reason: 'AES 校验码不符' };
  }
  return { kind: 'ok', data: ctrLittleEndian(aesKey, cipherText) };
}

/** AES-CTR with WinZip's little-endian block counter starting at 1 (not OpenSSL's big-endian). */
function ctrLittleEndian(key: Uint8Array, input: Uint8Array): Uint8Array {
  const output = new Uint8Array(input.length);
  const counters = Buffer.alloc(CHUNK_BLOCKS * BLOCK);
  let blockNumber = 1;
  for (let offset = 0; offset < input.length; offset += CHUNK_BLOCKS * BLOCK) {
    const length = Math.min(CHUNK_BLOCKS * BLOCK, input.length - offset);
    const blocks = Math.ceil(length / BLOCK);
    counters.fill(0, 0, blocks * BLOCK);
    for (let b = 0; b < blocks; b++, blockNumber++) {
      counters.writeUInt32LE(blockNumber % 0x1_0000_0000, b * BLOCK);
      counters.writeUInt32LE(Math.floor(blockNumber / 0x1_0000_0000), b * BLOCK + 4);
    }
    const cipher = createCipheriv(`aes-${key.length * 8}-ecb`, key, null);
    cipher.setAutoPadding(false);
    const stream = Buffer.concat([
      cipher.update(counters.subarray(0, blocks * BLOCK)),
      cipher.final(),
    ]);
    for (let i = 0; i < length; i++) output[offset + i] = input[offset + i]! ^ stream[i]!;
  }
  return output;
}
