/**
 * Reads the stanza lines of an age file's textual header without any key: enough to say how
 * many recipients a file has and which scrypt work factor it asks for.
 */

export interface AgeStanzaLine {
  /** The stanza's arguments: `['X25519', share]` or `['scrypt', salt, logN]`. */
  readonly args: readonly string[];
}

const VERSION_LINE = 'age-encryption.org/v1';
/** A header longer than this is not one we wrote (a stanza is under 200 bytes). */
const MAX_HEADER_BYTES = 1024 * 1024;

/** The stanzas of an age header, or null when the bytes do not start with a valid one. */
export function readAgeStanzas(ageFile: Uint8Array): AgeStanzaLine[] | null {
  const limit = Math.min(ageFile.length, MAX_HEADER_BYTES);
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < limit; i++) {
    if (ageFile[i] !== 0x0a) continue;
    const line = Buffer.from(ageFile.subarray(start, i)).toString('latin1');
    start = i + 1;
    if (line.startsWith('--- ')) return parseStanzaLines(lines);
    lines.push(line);
  }
  return null;
}

function parseStanzaLines(lines: readonly string[]): AgeStanzaLine[] | null {
  if (lines[0] !== VERSION_LINE) return null;
  const stanzas: AgeStanzaLine[] = [];
  let inBody = false;
  for (const line of lines.slice(1)) {
    if (!inBody) {
      const [arrow, ...args] = line.split(' ');
      if (arrow !== '->' || args.length === 0 || args.some((arg) => arg.length === 0)) return null;
      stanzas.push({ args });
      inBody = true;
    } else if (!/^[A-Za-z0-9+/]{0,64}$/.test(line)) {
      return null;
    } else if (line.length < 64) {
      // A body ends with its first short line (possibly empty).
      inBody = false;
    }
  }
  return inBody ? null : stanzas;
}
