/**
 * The age v1 file's textual header (C2SP age, "Header"), read and written without the library:
 * the version line, each stanza's arguments and body (unpadded base64, 64 columns), and the MAC
 * line. The reader refuses exactly what age-encryption 0.3's parser refuses (a test feeds both
 * the same damaged headers): a line without its newline, a byte outside printable ASCII, another
 * version, an empty argument, a body line that is not canonical unpadded base64 or longer than
 * 48 bytes, a last line that is neither a stanza nor `--- MAC`. It does not check the MAC: that
 * needs the file key (age-native.ts).
 */

export interface AgeStanza {
  readonly args: readonly string[];
  readonly body: Uint8Array;
}

/** Where an age file's header ends: enough to check its MAC and open the payload. */
export interface AgeHeaderBounds {
  /** The header up to and including `---`: what the MAC covers. */
  readonly headerNoMac: Uint8Array;
  /** The MAC as written (age's is 32 bytes; compared, in constant time, by the caller). */
  readonly mac: Uint8Array;
  /** Where the payload (its 16-byte nonce, then the STREAM chunks) starts. */
  readonly payloadOffset: number;
}

export interface ParsedAgeFile extends AgeHeaderBounds {
  readonly stanzas: readonly AgeStanza[];
}

const VERSION_LINE = 'age-encryption.org/v1';
const BODY_LINE_BYTES = 48;
/** A full body line: 48 bytes in unpadded base64. */
const BODY_LINE_CHARS = 64;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** A header we refuse; the caller reports it as a damaged file. */
export class InvalidAgeHeader extends Error {
  constructor(why: string) {
    super(`invalid age header: ${why}`);
    this.name = 'InvalidAgeHeader';
  }
}

function base64NoPad(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('base64')
    .replace(/=+$/, '');
}

/** Each byte's value as a base64 digit (A–Z, a–z, 0–9, +, /), or -1. */
const BASE64_DIGIT = (() => {
  const table = new Int8Array(256).fill(-1);
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < digits.length; i++) table[digits.charCodeAt(i)] = i;
  return table;
})();

/**
 * Whether bytes [start, end) are canonical unpadded base64: only base64 digits, a length that is
 * not 1 modulo 4, and a last digit whose bits beyond the data are zero. Exactly the strings that
 * decode and encode back the same (decodeBase64NoPad), checked without decoding.
 */
function isBase64NoPad(file: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  const tail = length % 4;
  if (tail === 1) return false;
  for (let i = start; i < end; i++) if (BASE64_DIGIT[file[i]!]! < 0) return false;
  if (tail === 0) return true;
  // Two digits carry one byte (4 bits left over), three carry two (2 bits left over).
  const last = BASE64_DIGIT[file[end - 1]!]!;
  return (last & (tail === 2 ? 0x0f : 0x03)) === 0;
}

/** Strict unpadded base64 (age's): anything that does not encode back the same is refused. */
export function decodeBase64NoPad(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return base64NoPad(bytes) === text ? bytes : null;
}

const isPrintable = (byte: number) => byte >= 0x20 && byte <= 0x7e;

/** Where the line at `offset` ends (its newline), or -1 when the file has no newline after it. */
function lineEnd(file: Uint8Array, offset: number): number {
  return file.indexOf(NEWLINE, offset);
}

/**
 * Refuses a line: for a byte outside printable ASCII in [start, end) if there is one (checked
 * first, as a line is read, in the previous reader and in age's), else for `why`. Each line is
 * checked for printable bytes only where that is not already implied (base64 digits and the
 * exact version line are printable), so a valid header is read in one pass.
 */
function refuse(file: Uint8Array, start: number, end: number, why: string): never {
  for (let i = start; i < end; i++) {
    if (!isPrintable(file[i]!)) throw new InvalidAgeHeader('a byte outside printable ASCII');
  }
  throw new InvalidAgeHeader(why);
}

function latin1(file: Uint8Array, start: number, end: number): string {
  return Buffer.from(file.buffer, file.byteOffset + start, end - start).toString('latin1');
}

/** Whether bytes [start, end) are the ASCII text `text`. */
function bytesAre(file: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (file[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** One stanza's place in the header: its argument line (after `-> `) and its body lines. */
interface StanzaPlace {
  readonly argsStart: number;
  readonly argsEnd: number;
  readonly bodyStart: number;
  /** Just after the body's last line (its newline included). */
  readonly bodyEnd: number;
}

interface HeaderScan extends AgeHeaderBounds {
  readonly stanzas: readonly StanzaPlace[];
}

/**
 * The header read line by line, every line checked as parseAgeFile documents, without decoding
 * any stanza body: the one reader both parseAgeFile and readAgeHeader use, so both refuse alike.
 */
function scanAgeHeader(file: Uint8Array): HeaderScan {
  const versionEnd = lineEnd(file, 0);
  if (versionEnd < 0) throw new InvalidAgeHeader('version');
  if (!bytesAre(file, 0, versionEnd, VERSION_LINE)) refuse(file, 0, versionEnd, 'version');
  const stanzas: StanzaPlace[] = [];
  let offset = versionEnd + 1;
  for (;;) {
    const end = lineEnd(file, offset);
    if (end < 0) throw new InvalidAgeHeader('cut short');
    // `-> ` then arguments split on single spaces: a stanza (age's split gives at least two).
    if (
      end - offset >= 3 &&
      file[offset] === 0x2d &&
      file[offset + 1] === 0x3e &&
      file[offset + 2] === SPACE
    ) {
      const argsStart = offset + 3;
      for (let i = argsStart; i <= end; i++) {
        if (i < end && !isPrintable(file[i]!)) {
          throw new InvalidAgeHeader('a byte outside printable ASCII');
        }
        // An argument is empty when a space starts it, follows a space, or ends the line.
        const before = i === argsStart ? SPACE : file[i - 1];
        if ((file[i] === SPACE || i === end) && before === SPACE) {
          refuse(file, i, end, 'an empty argument');
        }
      }
      let next = end + 1;
      for (;;) {
        const bodyEnd = lineEnd(file, next);
        if (bodyEnd < 0) throw new InvalidAgeHeader('a stanza body cut short');
        const chars = bodyEnd - next;
        if (chars > BODY_LINE_CHARS || !isBase64NoPad(file, next, bodyEnd)) {
          refuse(file, next, bodyEnd, 'a stanza body line');
        }
        next = bodyEnd + 1;
        // A body ends with its first short line (possibly empty).
        if (chars < BODY_LINE_CHARS) break;
      }
      stanzas.push({ argsStart, argsEnd: end, bodyStart: end + 1, bodyEnd: next });
      offset = next;
      continue;
    }
    if (!bytesAre(file, offset, Math.min(end, offset + 4), '--- ')) {
      refuse(file, offset, end, 'neither a stanza nor the MAC');
    }
    if (!isBase64NoPad(file, offset + 4, end))
      refuse(file, offset + 4, end, 'the MAC is not base64');
    return {
      stanzas,
      headerNoMac: file.subarray(0, offset + 3),
      mac: Buffer.from(latin1(file, offset + 4, end), 'base64'),
      payloadOffset: end + 1,
    };
  }
}

/**
 * The header's bounds and MAC, every line checked as parseAgeFile checks it, no stanza decoded:
 * for a reader who has the file key already (a carried key) and needs no stanza.
 */
export function readAgeHeader(file: Uint8Array): AgeHeaderBounds {
  const { headerNoMac, mac, payloadOffset } = scanAgeHeader(file);
  return { headerNoMac, mac, payloadOffset };
}

/** The header's stanzas, MAC and payload offset; throws InvalidAgeHeader when malformed. */
export function parseAgeFile(file: Uint8Array): ParsedAgeFile {
  const scan = scanAgeHeader(file);
  const stanzas = scan.stanzas.map((place) => ({
    args: latin1(file, place.argsStart, place.argsEnd).split(' '),
    // Canonical lines of 64 digits then a short one: base64 that decodes as one (the decoder
    // skips the newlines between them).
    body: new Uint8Array(Buffer.from(latin1(file, place.bodyStart, place.bodyEnd), 'base64')),
  }));
  return {
    stanzas,
    headerNoMac: scan.headerNoMac,
    mac: scan.mac,
    payloadOffset: scan.payloadOffset,
  };
}

/** The header up to and including `---`, as age writes it: what the MAC is computed over. */
export function encodeAgeHeaderNoMac(stanzas: readonly AgeStanza[]): Buffer {
  const lines: string[] = [`${VERSION_LINE}\n`];
  for (const stanza of stanzas) {
    lines.push(`-> ${stanza.args.join(' ')}\n`);
    for (let i = 0; i < stanza.body.length; i += BODY_LINE_BYTES) {
      lines.push(`${base64NoPad(stanza.body.subarray(i, i + BODY_LINE_BYTES))}\n`);
    }
    // A body ends with its first short line: a whole number of full lines needs an empty one.
    if (stanza.body.length % BODY_LINE_BYTES === 0) lines.push('\n');
  }
  lines.push('---');
  return Buffer.from(lines.join(''), 'latin1');
}

/** The MAC line that closes the header (after `---`). */
export function encodeAgeMacLine(mac: Uint8Array): Buffer {
  return Buffer.from(` ${base64NoPad(mac)}\n`, 'latin1');
}
