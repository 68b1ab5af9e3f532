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

export interface ParsedAgeFile {
  readonly stanzas: readonly AgeStanza[];
  /** The header up to and including `---`: what the MAC covers. */
  readonly headerNoMac: Uint8Array;
  /** The MAC as written (age's is 32 bytes; compared, in constant time, by the caller). */
  readonly mac: Uint8Array;
  /** Where the payload (its 16-byte nonce, then the STREAM chunks) starts. */
  readonly payloadOffset: number;
}

const VERSION_LINE = 'age-encryption.org/v1';
const BODY_LINE_BYTES = 48;
const NEWLINE = 0x0a;

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

/** Strict unpadded base64 (age's): anything that does not encode back the same is refused. */
export function decodeBase64NoPad(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return base64NoPad(bytes) === text ? bytes : null;
}

/** Reads one line from `offset`: its text and where the next begins, or null at the end. */
function lineAt(file: Uint8Array, offset: number): { text: string; next: number } | null {
  const end = file.indexOf(NEWLINE, offset);
  if (end < 0) return null;
  for (let i = offset; i < end; i++) {
    const byte = file[i]!;
    if (byte < 0x20 || byte > 0x7e) throw new InvalidAgeHeader('a byte outside printable ASCII');
  }
  return {
    text: Buffer.from(file.buffer, file.byteOffset + offset, end - offset).toString('latin1'),
    next: end + 1,
  };
}

/** The header's stanzas, MAC and payload offset; throws InvalidAgeHeader when malformed. */
export function parseAgeFile(file: Uint8Array): ParsedAgeFile {
  const version = lineAt(file, 0);
  if (version === null || version.text !== VERSION_LINE) throw new InvalidAgeHeader('version');
  const stanzas: AgeStanza[] = [];
  let offset = version.next;
  for (;;) {
    const line = lineAt(file, offset);
    if (line === null) throw new InvalidAgeHeader('cut short');
    const args = line.text.split(' ');
    if (args.length >= 2 && args[0] === '->') {
      args.shift();
      if (args.some((arg) => arg.length === 0)) throw new InvalidAgeHeader('an empty argument');
      const lines: Buffer[] = [];
      let next = line.next;
      for (;;) {
        const bodyLine = lineAt(file, next);
        if (bodyLine === null) throw new InvalidAgeHeader('a stanza body cut short');
        next = bodyLine.next;
        const bytes = decodeBase64NoPad(bodyLine.text);
        if (bytes === null || bytes.length > BODY_LINE_BYTES) {
          throw new InvalidAgeHeader('a stanza body line');
        }
        lines.push(bytes);
        if (bytes.length < BODY_LINE_BYTES) break;
      }
      stanzas.push({ args, body: new Uint8Array(Buffer.concat(lines)) });
      offset = next;
      continue;
    }
    if (!line.text.startsWith('--- ')) throw new InvalidAgeHeader('neither a stanza nor the MAC');
    const mac = decodeBase64NoPad(line.text.slice(4));
    if (mac === null) throw new InvalidAgeHeader('the MAC is not base64');
    return {
      stanzas,
      headerNoMac: file.subarray(0, offset + 3),
      mac,
      payloadOffset: line.next,
    };
  }
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
