import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import { skippedEntry } from '../archive-readout';
import { IntakeRefusal } from '../intake-problem';
import type { ProblemFinding } from '../intake-problem';
import type { OutputBudget, OutputMeter } from '../output-budget';
import { MORE_THAN_DECLARED, inflateRawMetered } from './inflate-metered';
import { passwordCandidates } from './password-bytes';
import {
  WINZIP_AES_FIELD,
  WINZIP_AES_METHOD,
  decryptWinZipAes,
  parseWinZipAesField,
} from './winzip-aes';
import type { WinZipAesField } from './winzip-aes';
import {
  STRONG_ENCRYPTION_DETAIL,
  STRONG_ENCRYPTION_DETAIL_EN,
  STRONG_ENCRYPTION_FIELD,
  flagsSayStrongEncryption,
} from './strong-encryption';
import { decryptZipCrypto, zipCryptoCheckByte } from './zip-crypto';
import { refusalForZipError } from './zip-errors';

export type ZipEntryOutcome =
  | { readonly kind: 'file'; readonly bytes: Uint8Array }
  | { readonly kind: 'skipped'; readonly finding: ProblemFinding };

const STORED = 0;
const DEFLATED = 8;

const methodNames: Readonly<Record<number, string>> = {
  1: 'Shrink',
  6: 'Implode',
  9: 'Deflate64',
  12: 'BZIP2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'XZ',
  98: 'PPMd',
};

function unsupportedMethod(path: string, method: number): ZipEntryOutcome {
  const name = methodNames[method] ?? '未知';
  return {
    kind: 'skipped',
    finding: skippedEntry(
      'unsupported-format',
      path,
      `压缩方法 ${method}（${name}）不支持，该文件未导入`,
    ),
  };
}

async function collect(stream: Readable, meter: OutputMeter | null, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      meter?.add(chunk.length);
      chunks.push(chunk);
    }
  } catch (error) {
    throw refusalForZipError(error, path);
  }
  return Buffer.concat(chunks);
}

async function openStream(
  zip: ZipFile,
  entry: Entry,
  path: string,
  raw: boolean,
): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(entry, raw ? { decodeFileData: false } : {});
  } catch (error) {
    throw refusalForZipError(error, path);
  }
}

/** Output must be exactly the declared size: more is a bomb's lie, less is damage. */
function checkSize(entry: Entry, bytes: Uint8Array, path: string): void {
  if (bytes.length > entry.uncompressedSize) {
    throw new IntakeRefusal('zip-bomb', '实际解压大小超过声明大小', path);
  }
  if (bytes.length < entry.uncompressedSize) {
    throw new IntakeRefusal('corrupt-archive', '实际解压大小小于声明大小', path);
  }
}

function crcMatches(entry: Entry, bytes: Uint8Array): boolean {
  return crc32(bytes) >>> 0 === entry.crc32 >>> 0;
}

/** Decompresses decrypted data per the entry's real method; null when that method is unsupported. */
async function decompress(
  data: Uint8Array,
  method: number,
  meter: OutputMeter,
  declaredSize: number,
): Promise<Uint8Array | null> {
  if (method === STORED) {
    meter.add(data.length);
    return data;
  }
  if (method === DEFLATED) return inflateRawMetered(data, meter, declaredSize);
  return null;
}

async function readPlain(
  zip: ZipFile,
  entry: Entry,
  path: string,
  budget: OutputBudget,
): Promise<ZipEntryOutcome> {
  const meter = budget.meter(path, entry.compressedSize);
  // Raw data, inflated here in large chunks with the same size checks yauzl would make.
  const raw = await openStream(zip, entry, path, true);
  const bytes =
    entry.compressionMethod === DEFLATED
      ? await inflateRawMetered(raw as AsyncIterable<Uint8Array>, meter, entry.uncompressedSize)
      : await collect(raw, meter, path);
  checkSize(entry, bytes, path);
  if (!crcMatches(entry, bytes)) throw new IntakeRefusal('corrupt-archive', 'CRC 校验失败', path);
  return { kind: 'file', bytes };
}

/** Damage, or more output than declared: what a wrong password's garbage produces. */
function isGarbageOutput(refusal: IntakeRefusal): boolean {
  return refusal.category === 'corrupt-archive' || refusal.detail === MORE_THAN_DECLARED;
}

async function readZipCrypto(
  raw: Uint8Array,
  entry: Entry,
  path: string,
  password: string,
  budget: OutputBudget,
): Promise<ZipEntryOutcome> {
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    return unsupportedMethod(path, entry.compressionMethod);
  }
  const checkByte = zipCryptoCheckByte(
    entry.generalPurposeBitFlag,
    entry.crc32,
    entry.lastModFileTime,
  );
  for (const candidate of passwordCandidates(password)) {
    const compressed = decryptZipCrypto(raw, candidate, checkByte);
    if (compressed === null) continue;
    let bytes: Uint8Array | null;
    try {
      const meter = budget.meter(path, entry.compressedSize);
      bytes = await decompress(compressed, entry.compressionMethod, meter, entry.uncompressedSize);
    } catch (error) {
      // One wrong password in 256 passes the check byte and then inflates to garbage.
      if (error instanceof IntakeRefusal && isGarbageOutput(error)) continue;
      throw error;
    }
    if (bytes !== null && bytes.length === entry.uncompressedSize && crcMatches(entry, bytes)) {
      return { kind: 'file', bytes };
    }
  }
  return {
    kind: 'skipped',
    finding: skippedEntry('wrong-password', path, '密码不能解开该文件，未导入'),
  };
}

async function readWinZipAes(
  raw: Uint8Array,
  entry: Entry,
  field: WinZipAesField,
  path: string,
  password: string,
  budget: OutputBudget,
): Promise<ZipEntryOutcome> {
  for (const candidate of passwordCandidates(password)) {
    const outcome = decryptWinZipAes(raw, candidate, field);
    if (outcome.kind === 'wrong-password') continue;
    if (outcome.kind === 'corrupt') {
      throw new IntakeRefusal('corrupt-archive', outcome.reason, path);
    }
    const meter = budget.meter(path, entry.compressedSize);
    const bytes = await decompress(
      outcome.data,
      field.compressionMethod,
      meter,
      entry.uncompressedSize,
    );
    if (bytes === null) return unsupportedMethod(path, field.compressionMethod);
    checkSize(entry, bytes, path);
    // AE-2 stores no CRC on purpose (it would leak plaintext); its HMAC already matched.
    if (field.vendorVersion === 1 && !crcMatches(entry, bytes)) {
      throw new IntakeRefusal('corrupt-archive', 'CRC 校验失败', path);
    }
    return { kind: 'file', bytes };
  }
  return {
    kind: 'skipped',
    finding: skippedEntry('wrong-password', path, '密码不能解开该文件，未导入'),
  };
}

/**
 * PKWARE strong encryption on one entry: the Strong Encryption Header field (0x0017), or the
 * flag in the local header where the central directory left it out (yauzl checks the latter).
 */
async function isStronglyEncrypted(zip: ZipFile, entry: Entry, path: string): Promise<boolean> {
  if (entry.extraFields.some((field) => field.id === STRONG_ENCRYPTION_FIELD)) return true;
  if (flagsSayStrongEncryption(entry.generalPurposeBitFlag)) return true;
  try {
    const local = await zip.readLocalFileHeaderPromise(entry);
    return flagsSayStrongEncryption(local.generalPurposeBitFlag);
  } catch (error) {
    throw refusalForZipError(error, path);
  }
}

/** Reads one file entry: plain, ZipCrypto or WinZip AES. */
export async function readZipEntry(
  zip: ZipFile,
  entry: Entry,
  path: string,
  password: string | null,
  budget: OutputBudget,
): Promise<ZipEntryOutcome> {
  if (!entry.isEncrypted()) {
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
      return unsupportedMethod(path, entry.compressionMethod);
    }
    return readPlain(zip, entry, path, budget);
  }
  if (await isStronglyEncrypted(zip, entry, path)) {
    return {
      kind: 'skipped',
      finding: skippedEntry(
        'unsupported-format',
        path,
        STRONG_ENCRYPTION_DETAIL,
        STRONG_ENCRYPTION_DETAIL_EN,
      ),
    };
  }
  if (password === null) {
    return {
      kind: 'skipped',
      finding: skippedEntry('password-required', path, '文件已加密，请提供密码或未加密的压缩包'),
    };
  }
  const raw = await collect(await openStream(zip, entry, path, true), null, path);
  if (entry.compressionMethod === WINZIP_AES_METHOD) {
    const data = entry.extraFields.find((field) => field.id === WINZIP_AES_FIELD)?.data;
    const field = data === undefined ? null : parseWinZipAesField(data);
    if (field === null) throw new IntakeRefusal('corrupt-archive', 'AES 加密信息缺失或损坏', path);
    return readWinZipAes(raw, entry, field, path, password, budget);
  }
  return readZipCrypto(raw, entry, path, password, budget);
}
