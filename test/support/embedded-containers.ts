/**
 * Containers a scan must look inside, wherever they sit in a file: ZIP members and gzip streams
 * (found by their signatures at any offset, so a ZIP appended to other bytes or stored inside
 * another ZIP is found too), and long base64 runs that decode to such a container (a .docx kept
 * as a data URI). Signatures also occur by chance in ciphertext: a candidate that does not parse
 * or inflate is noise and yields what it yields, but a real container the scan cannot read
 * (unknown compression method, too large to inflate) throws: nothing is skipped silently.
 */
import { constants, createInflateRaw } from 'node:zlib';

/** Deflate data to inflate, or bytes already decoded, with where they were found. */
export type Container =
  | { readonly where: string; readonly deflated: Buffer }
  | { readonly where: string; readonly decoded: Buffer };

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const GZIP_DEFLATE_HEADER = Buffer.from([0x1f, 0x8b, 0x08]);
const STORED = 0;
const DEFLATED = 8;
/** 6.3 is the highest version APPNOTE defines; chance bytes rarely look this small. */
const HIGHEST_ZIP_VERSION = 63;
/** Compression methods APPNOTE names (besides stored and deflated): shrink to Deflate64, bzip2,
 *  LZMA, … and zstd to AES. A chance header rarely names one. */
const NAMED_METHODS = new Set([
  1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 14, 16, 17, 18, 19, 93, 94, 95, 96, 97, 98, 99,
]);
/** A member name as archivers write it: UTF-8 (or a legacy code page), no control characters. */
function looksLikeAName(name: Buffer): boolean {
  return name.length <= 1024 && !name.some((byte) => byte < 0x20 || byte === 0x7f);
}
const BASE64_CHARS = new Uint8Array(256);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') {
  BASE64_CHARS[char.charCodeAt(0)] = 1;
}

/**
 * The base64 characters `signature` fixes whatever surrounds it, at each of the three alignments
 * and in both alphabets: a character that comes out the same between all-zero and all-one
 * neighbours takes no bit from them.
 */
function base64Spellings(signature: Buffer): Buffer[] {
  const spellings = new Set<string>();
  for (const offset of [0, 1, 2]) {
    for (const alphabet of ['base64', 'base64url'] as const) {
      const around = (fill: number) =>
        Buffer.concat([Buffer.alloc(offset, fill), signature, Buffer.alloc(3, fill)]).toString(
          alphabet,
        );
      const [zeros, ones] = [around(0x00), around(0xff)];
      let first = 0;
      while (zeros[first] !== ones[first]) first++;
      let end = first;
      while (end < zeros.length && zeros[end] === ones[end]) end++;
      spellings.add(zeros.slice(first, end));
    }
  }
  return [...spellings].map((spelling) => Buffer.from(spelling, 'latin1'));
}

const SIGNATURES = [ZIP_LOCAL_HEADER, GZIP_DEFLATE_HEADER];
const BASE64_SIGNATURES = SIGNATURES.flatMap(base64Spellings);

export class ScanLimitError extends Error {
  override readonly name = 'ScanLimitError';
}

function offsetsOf(bytes: Buffer, signature: Buffer): number[] {
  const offsets: number[] = [];
  for (let at = bytes.indexOf(signature); at !== -1; at = bytes.indexOf(signature, at + 1)) {
    offsets.push(at);
  }
  return offsets;
}

/** ZIP members at every local-header signature; stored members are already in `bytes`. */
function zipMembers(bytes: Buffer): Container[] {
  const members: Container[] = [];
  for (const at of offsetsOf(bytes, ZIP_LOCAL_HEADER)) {
    if (at + 30 > bytes.length) continue;
    const version = bytes.readUInt16LE(at + 4);
    const flags = bytes.readUInt16LE(at + 6);
    const method = bytes.readUInt16LE(at + 8);
    const compressedSize = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const dataStart = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    if (nameLength === 0 || dataStart > bytes.length) continue;
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const where = `zip member "${name}" at ${at}`;
    // Encrypted members hold ciphertext; stored ones are scanned as part of `bytes` itself.
    if (flags & 1 || method === STORED) continue;
    if (method !== DEFLATED) {
      const nameBytes = bytes.subarray(at + 30, at + 30 + nameLength);
      if (
        version <= HIGHEST_ZIP_VERSION &&
        NAMED_METHODS.has(method) &&
        looksLikeAName(nameBytes)
      ) {
        throw new ScanLimitError(`cannot look inside ${where}: compression method ${method}`);
      }
      continue;
    }
    // Sizes in a data descriptor or ZIP64 field: inflate until the deflate stream ends.
    const sizeKnown = !(flags & 8) && compressedSize !== 0xffffffff;
    const end = sizeKnown ? Math.min(bytes.length, dataStart + compressedSize) : bytes.length;
    members.push({ where, deflated: bytes.subarray(dataStart, end) });
  }
  return members;
}

/** The deflate body of a gzip member at every gzip signature (RFC 1952 header skipped). */
function gzipStreams(bytes: Buffer): Container[] {
  const streams: Container[] = [];
  for (const at of offsetsOf(bytes, GZIP_DEFLATE_HEADER)) {
    if (at + 10 > bytes.length) continue;
    const flags = bytes[at + 3]!;
    if (flags & 0xe0) continue;
    let body = at + 10;
    if (flags & 4) {
      if (body + 2 > bytes.length) continue;
      body += 2 + bytes.readUInt16LE(body);
    }
    for (const field of [8, 16]) {
      if (!(flags & field)) continue;
      const end = bytes.indexOf(0, body);
      body = end === -1 ? bytes.length + 1 : end + 1;
    }
    if (flags & 2) body += 2;
    if (body > bytes.length) continue;
    streams.push({ where: `gzip stream at ${at}`, deflated: bytes.subarray(body) });
  }
  return streams;
}

/**
 * Base64 runs that decode to a ZIP or gzip (others need no decoding: the scan's base64 needles
 * find a marker in them directly), found from the signatures' own base64 spellings.
 */
function base64Containers(bytes: Buffer): Container[] {
  const found: Container[] = [];
  const runs: { start: number; end: number }[] = [];
  for (const spelling of BASE64_SIGNATURES) {
    for (const hit of offsetsOf(bytes, spelling)) {
      // Each run is decoded once, however many signatures it spells.
      if (runs.some((run) => run.start <= hit && hit < run.end)) continue;
      let start = hit;
      while (start > 0 && BASE64_CHARS[bytes[start - 1]!] === 1) start--;
      let end = hit + spelling.length;
      while (end < bytes.length && BASE64_CHARS[bytes[end]!] === 1) end++;
      runs.push({ start, end });
      // The run may begin with characters glued to the value: try each of the four alignments.
      for (let shift = 0; shift < 4; shift++) {
        // Node's base64 decoder takes both alphabets.
        const decoded = Buffer.from(
          bytes.subarray(start + shift, end).toString('latin1'),
          'base64',
        );
        if (SIGNATURES.some((signature) => decoded.includes(signature))) {
          found.push({ where: `base64 at ${start + shift}`, decoded });
          break;
        }
      }
    }
  }
  return found;
}

/** Every container in `bytes`; throws ScanLimitError for one it cannot read. */
export function containersIn(bytes: Buffer): Container[] {
  return [...zipMembers(bytes), ...gzipStreams(bytes), ...base64Containers(bytes)];
}

/**
 * Inflates raw deflate data as far as it goes: a truncated or damaged stream yields what came
 * before the damage (`clean` false). Throws ScanLimitError past `limit` bytes of output.
 */
export function inflateAsFarAsItGoes(
  deflated: Buffer,
  limit: number,
  where: string,
): Promise<{ bytes: Buffer; clean: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const inflater = createInflateRaw({ finishFlush: constants.Z_SYNC_FLUSH });
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflater.destroy();
        reject(new ScanLimitError(`${where} inflates past ${limit} bytes: too large to check`));
        return;
      }
      chunks.push(chunk);
    });
    inflater.on('error', () => resolve({ bytes: Buffer.concat(chunks), clean: false }));
    inflater.on('end', () => resolve({ bytes: Buffer.concat(chunks), clean: true }));
    inflater.end(deflated);
  });
}
