/**
 * The age header reader (age-file.ts) against the reader it replaced, kept here as the reference
 * (itself tested against age-encryption in age-native.test.ts): on real headers and on thousands
 * of damaged ones (bytes flipped, replaced by the header's own punctuation, inserted, removed,
 * lines cut) parseAgeFile returns the same stanzas, MAC and bounds or refuses alike (for the same
 * reason), and readAgeHeader, which decodes no stanza body, refuses exactly where parseAgeFile
 * refuses and gives the same bounds and MAC.
 */
import { randomBytes } from 'node:crypto';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  InvalidAgeHeader,
  encodeAgeHeaderNoMac,
  parseAgeFile,
  readAgeHeader,
} from '../../../../electron/core/crypto/age-file';
import { sealAgeFile } from '../../../../electron/core/crypto/age-native';
import { ageRecipientKey } from '../../../../electron/core/crypto/age-recipients';
import { seededRandom as generator } from '../../../fixtures/seeded-random';

/** The previous reader, line by line with every body decoded: the reference. */
function referenceParse(file: Uint8Array) {
  const printable = (text: string) => /^[\x20-\x7e]*$/.test(text);
  const decode = (text: string): Buffer | null => {
    if (!/^[A-Za-z0-9+/]*$/.test(text)) return null;
    const bytes = Buffer.from(text, 'base64');
    return bytes.toString('base64').replace(/=+$/, '') === text ? bytes : null;
  };
  const lineAt = (offset: number) => {
    const end = file.indexOf(0x0a, offset);
    if (end < 0) return null;
    const text = Buffer.from(file.subarray(offset, end)).toString('latin1');
    if (!printable(text)) throw new InvalidAgeHeader('a byte outside printable ASCII');
    return { text, next: end + 1 };
  };
  const version = lineAt(0);
  if (version === null || version.text !== 'age-encryption.org/v1') {
    throw new InvalidAgeHeader('version');
  }
  const stanzas: { args: string[]; body: Uint8Array }[] = [];
  let offset = version.next;
  for (;;) {
    const line = lineAt(offset);
    if (line === null) throw new InvalidAgeHeader('cut short');
    const args = line.text.split(' ');
    if (args.length >= 2 && args[0] === '->') {
      args.shift();
      if (args.some((arg) => arg.length === 0)) throw new InvalidAgeHeader('an empty argument');
      const lines: Buffer[] = [];
      let next = line.next;
      for (;;) {
        const bodyLine = lineAt(next);
        if (bodyLine === null) throw new InvalidAgeHeader('a stanza body cut short');
        next = bodyLine.next;
        const bytes = decode(bodyLine.text);
        if (bytes === null || bytes.length > 48) throw new InvalidAgeHeader('a stanza body line');
        lines.push(bytes);
        if (bytes.length < 48) break;
      }
      stanzas.push({ args, body: new Uint8Array(Buffer.concat(lines)) });
      offset = next;
      continue;
    }
    if (!line.text.startsWith('--- ')) throw new InvalidAgeHeader('neither a stanza nor the MAC');
    const mac = decode(line.text.slice(4));
    if (mac === null) throw new InvalidAgeHeader('the MAC is not base64');
    return { stanzas, headerNoMac: file.subarray(0, offset + 3), mac, payloadOffset: line.next };
  }
}

type Outcome =
  | { refused: string }
  | {
      stanzas?: { args: string[]; body: string }[];
      headerNoMac: string;
      mac: string;
      payloadOffset: number;
    };

function outcomeOf(
  read: () => ReturnType<typeof referenceParse> | ReturnType<typeof readAgeHeader>,
): Outcome {
  try {
    const r = read();
    return {
      ...('stanzas' in r
        ? {
            stanzas: r.stanzas.map((s) => ({
              args: [...s.args],
              body: Buffer.from(s.body).toString('hex'),
            })),
          }
        : {}),
      headerNoMac: Buffer.from(r.headerNoMac).toString('hex'),
      mac: Buffer.from(r.mac).toString('hex'),
      payloadOffset: r.payloadOffset,
    };
  } catch (error) {
    if (error instanceof InvalidAgeHeader) return { refused: error.message };
    throw error;
  }
}

function expectAgreement(file: Uint8Array, what: string): Outcome {
  const reference = outcomeOf(() => referenceParse(file));
  expect(
    outcomeOf(() => parseAgeFile(file)),
    what,
  ).toEqual(reference);
  const bounds = outcomeOf(() => readAgeHeader(file));
  if ('refused' in reference) {
    expect(bounds, what).toEqual(reference);
  } else {
    const { stanzas: _stanzas, ...rest } = reference;
    expect(bounds, what).toEqual(rest);
  }
  return reference;
}

/** The bytes a damaged header is made of: the header's own punctuation, digits, and others. */
const SPECIAL = Buffer.from(' ->\n=+/A0a\x7f\x00\x1f~', 'latin1');

function damaged(file: Uint8Array, headerLength: number, random: () => number): Buffer {
  const at = Math.floor(random() * headerLength);
  const byte = SPECIAL[Math.floor(random() * SPECIAL.length)]!;
  const copy = Buffer.from(file);
  switch (Math.floor(random() * 5)) {
    case 0:
      copy[at] = copy[at]! ^ (1 << Math.floor(random() * 8));
      return copy;
    case 1:
      copy[at] = byte;
      return copy;
    case 2:
      return Buffer.concat([copy.subarray(0, at), Buffer.of(byte), copy.subarray(at)]);
    case 3:
      return Buffer.concat([copy.subarray(0, at), copy.subarray(at + 1)]);
    default:
      return copy.subarray(0, at);
  }
}

const reader = await generateX25519Identity();
const recipients = [reader, await generateX25519Identity(), await generateX25519Identity()].map(
  (identity) => identityToRecipient(identity),
);

async function libraryFile(payload: Uint8Array): Promise<Buffer> {
  const encrypter = new Encrypter();
  for (const r of await Promise.all(recipients)) encrypter.addRecipient(r);
  return Buffer.from(await encrypter.encrypt(payload));
}

/** A header of stanzas of our own making: bodies of every length around a full line. */
function craftedFile(): Buffer {
  const stanzas = [0, 1, 2, 3, 47, 48, 49, 95, 96, 100].map((length, i) => ({
    args: ['test', `a${i}`, 'b'],
    body: randomBytes(length),
  }));
  const head = encodeAgeHeaderNoMac(stanzas);
  const mac = ` ${randomBytes(32).toString('base64').replace(/=+$/, '')}\n`;
  return Buffer.concat([head, Buffer.from(mac, 'latin1'), randomBytes(40)]);
}

describe('the age header reader', () => {
  it('reads the library’s, our own and crafted headers as the reference does', async () => {
    const files = [
      await libraryFile(randomBytes(56)),
      sealAgeFile(
        randomBytes(56),
        (await Promise.all(recipients)).map((r) => ageRecipientKey(r)),
      ),
      craftedFile(),
    ];
    for (const file of files) {
      const outcome = expectAgreement(file, 'intact');
      expect(outcome).not.toHaveProperty('refused');
    }
    const crafted = parseAgeFile(files[2]!);
    expect(crafted.stanzas.map((s) => s.body.length)).toEqual([
      0, 1, 2, 3, 47, 48, 49, 95, 96, 100,
    ]);
  });

  it('refuses exactly where the reference refuses, on thousands of damaged headers', async () => {
    const random = generator(0x5eed);
    const files = [await libraryFile(randomBytes(56)), craftedFile()];
    let refused = 0;
    let read = 0;
    for (const file of files) {
      const headerLength = parseAgeFile(file).payloadOffset;
      for (let i = 0; i < 4000; i++) {
        const outcome = expectAgreement(damaged(file, headerLength, random), `case ${i}`);
        if ('refused' in outcome) refused += 1;
        else read += 1;
      }
    }
    // Both kinds met: damage the reader must refuse, and damage that is still a header.
    expect(refused).toBeGreaterThan(1000);
    expect(read).toBeGreaterThan(100);
  });

  it('refuses each of the damages age refuses, in readAgeHeader too', () => {
    const lines = (...l: string[]) => Buffer.from(`${l.join('\n')}\n`, 'latin1');
    const mac = randomBytes(32).toString('base64').replace(/=+$/, '');
    const ok = lines('age-encryption.org/v1', '-> X a', 'AA', `--- ${mac}`);
    expect(readAgeHeader(ok).mac).toHaveLength(32);
    const bad = [
      lines('age-encryption.org/v2', `--- ${mac}`),
      lines('age-encryption.org/v1', '-> X  a', 'AA', `--- ${mac}`),
      lines('age-encryption.org/v1', '-> X a ', 'AA', `--- ${mac}`),
      lines('age-encryption.org/v1', '-> ', 'AA', `--- ${mac}`),
      lines('age-encryption.org/v1', '-> X a', 'AB', `--- ${mac}`),
      lines('age-encryption.org/v1', '-> X a', 'AAA=', `--- ${mac}`),
      lines('age-encryption.org/v1', '-> X a', 'A', `--- ${mac}`),
      lines('age-encryption.org/v1', '-> X a', 'A'.repeat(68), `--- ${mac}`),
      lines('age-encryption.org/v1', '-> X a', 'A'.repeat(64), `--- ${mac}`),
      lines('age-encryption.org/v1', '-> X a', 'AA', `---${mac}`),
      lines('age-encryption.org/v1', '-> X a', 'AA', `--- ${mac}=`),
      lines('age-encryption.org/v1', '-> X a', 'A\tA', `--- ${mac}`),
      Buffer.from(`age-encryption.org/v1\n-> X a\nAA\n--- ${mac}`, 'latin1'),
    ];
    for (const file of bad) {
      expect(() => readAgeHeader(file)).toThrow(InvalidAgeHeader);
      expect(() => parseAgeFile(file)).toThrow(InvalidAgeHeader);
    }
  });
});
