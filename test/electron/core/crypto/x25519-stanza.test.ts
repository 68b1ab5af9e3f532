import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Decrypter,
  Encrypter,
  Stanza,
  generateX25519Identity,
  identityToRecipient,
} from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityKeyBytes, recipientKeyBytes } from '../../../../electron/core/crypto/age-bech32';
import {
  decryptWithIdentity,
  encryptToRecipients,
} from '../../../../electron/core/crypto/age-recipients';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import {
  InvalidX25519Stanza,
  NativeX25519Identity,
  wrapX25519FileKey,
} from '../../../../electron/core/crypto/x25519-stanza';

const secret = Buffer.from('0123456789abcdef0123456789abcdef');

/**
 * The encodings of X25519's low-order points (as in libsodium's blocklist: 0, 1, the two points
 * of order 8, p − 1, p, p + 1), each also with the ignored top bit set.
 */
const LOW_ORDER_POINTS = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
].flatMap((hex) => {
  const high = Buffer.from(hex, 'hex');
  high[31] = (high[31] ?? 0) | 0x80;
  return [hex, high.toString('hex')];
});

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

async function keyPair(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

function nativeIdentity(identity: string): NativeX25519Identity {
  const scalar = identityKeyBytes(identity);
  if (scalar === null) throw new Error('test identity did not decode');
  return new NativeX25519Identity(scalar);
}

function recipientBytes(recipient: string): Uint8Array {
  const bytes = recipientKeyBytes(recipient);
  if (bytes === null) throw new Error('test recipient did not decode');
  return bytes;
}

function flipped(bytes: Uint8Array, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('age bech32 keys', () => {
  it('decodes what age-encryption encodes, and the identity derives the same recipient', async () => {
    for (let i = 0; i < 5; i++) {
      const { identity, recipient } = await keyPair();
      const stanza = wrapX25519FileKey(randomBytes(16), recipientBytes(recipient));
      // Only the identity of this recipient opens what was sealed for its decoded bytes.
      expect(nativeIdentity(identity).unwrapFileKey([stanza])).not.toBeNull();
    }
  });

  it('refuses a bad checksum, mixed case, the wrong prefix and the wrong length', async () => {
    const { identity, recipient } = await keyPair();
    const last = recipient.at(-1) === 'q' ? 'p' : 'q';
    expect(recipientKeyBytes(recipient.slice(0, -1) + last)).toBeNull();
    expect(identityKeyBytes(identity.slice(0, -1) + last.toUpperCase())).toBeNull();
    expect(recipientKeyBytes(recipient.toUpperCase())).toBeNull();
    expect(identityKeyBytes(identity.toLowerCase())).toBeNull();
    expect(identityKeyBytes(identity.slice(0, 20) + identity.slice(20).toLowerCase())).toBeNull();
    expect(recipientKeyBytes(identity)).toBeNull();
    expect(identityKeyBytes(recipient)).toBeNull();
    expect(
      recipientKeyBytes('age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq'),
    ).toBeNull();
  });
});

describe('native X25519 stanzas interoperate with age', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qbr-x25519-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A key made by Debian's age-keygen (installed by .ci/run: never skipped). */
  async function cliKeyPair(
    name: string,
  ): Promise<{ identity: string; recipient: string; file: string }> {
    const file = join(dir, `${name}.txt`);
    execFileSync('age-keygen', ['-o', file], { stdio: ['ignore', 'ignore', 'ignore'] });
    const text = await readFile(file, 'utf8');
    const identity = /^AGE-SECRET-KEY-1[0-9A-Z]+$/m.exec(text)?.[0];
    const recipient = /^# public key: (age1[0-9a-z]+)$/m.exec(text)?.[1];
    if (identity === undefined || recipient === undefined) throw new Error('age-keygen output');
    return { identity, recipient, file };
  }

  it('opens files age-encryption sealed, among other recipients’ stanzas', async () => {
    const people = await Promise.all([keyPair(), keyPair(), keyPair()]);
    const encrypter = new Encrypter();
    for (const person of people) encrypter.addRecipient(person.recipient);
    const file = await encrypter.encrypt(secret);
    for (const person of people) {
      expect(Buffer.from(await decryptWithIdentity(file, person.identity))).toEqual(secret);
    }
    await expect(decryptWithIdentity(file, (await keyPair()).identity)).rejects.toSatisfy((e) =>
      isCryptoError(e, 'not-a-recipient'),
    );
  });

  it('opens files Debian’s age CLI sealed for an age-keygen key', async () => {
    const alice = await cliKeyPair('alice');
    const other = await cliKeyPair('other');
    await writeFile(join(dir, 'plain.bin'), secret);
    const out = join(dir, 'cli.age');
    execFileSync('age', [
      '-r',
      other.recipient,
      '-r',
      alice.recipient,
      '-o',
      out,
      join(dir, 'plain.bin'),
    ]);
    const file = await readFile(out);
    expect(Buffer.from(await decryptWithIdentity(file, alice.identity))).toEqual(secret);
    expect(Buffer.from(await decryptWithIdentity(file, other.identity))).toEqual(secret);
  });

  it('seals files that age-encryption and `age -d` open', async () => {
    const alice = await cliKeyPair('alice2');
    const bob = await keyPair();
    const file = await encryptToRecipients(secret, [bob.recipient, alice.recipient]);
    const decrypter = new Decrypter();
    decrypter.addIdentity(bob.identity);
    expect(Buffer.from(await decrypter.decrypt(file))).toEqual(secret);
    await writeFile(join(dir, 'native.age'), file);
    const out = execFileSync('age', ['-d', '-i', alice.file, join(dir, 'native.age')]);
    expect(out).toEqual(secret);
  });
});

describe('native X25519 stanzas refuse what age refuses', () => {
  it('refuses every low-order share (all-zero shared secret)', async () => {
    const identity = nativeIdentity((await keyPair()).identity);
    expect(LOW_ORDER_POINTS).toHaveLength(14);
    for (const hex of LOW_ORDER_POINTS) {
      const stanza = new Stanza(['X25519', b64(Buffer.from(hex, 'hex'))], randomBytes(32));
      expect(() => identity.unwrapFileKey([stanza]), hex).toThrow(InvalidX25519Stanza);
    }
  });

  it('says tampered for a file whose share is a low-order point', async () => {
    const alice = await keyPair();
    const file = Buffer.from(await encryptToRecipients(secret, [alice.recipient]));
    const text = file.toString('latin1');
    const share = /^-> X25519 (\S+)$/m.exec(text)?.[1] ?? '';
    const lowOrder = b64(Buffer.from(LOW_ORDER_POINTS[0] ?? '', 'hex'));
    const altered = Buffer.from(text.replace(share, lowOrder), 'latin1');
    await expect(decryptWithIdentity(altered, alice.identity)).rejects.toSatisfy((e) =>
      isCryptoError(e, 'tampered'),
    );
  });

  it('finds no key when any byte of the share or of the body is flipped', async () => {
    const { identity, recipient } = await keyPair();
    const native = nativeIdentity(identity);
    const fileKey = randomBytes(16);
    const stanza = wrapX25519FileKey(fileKey, recipientBytes(recipient));
    expect(Buffer.from(native.unwrapFileKey([stanza]) ?? [])).toEqual(fileKey);
    const share = Buffer.from(stanza.args[1] ?? '', 'base64');
    for (let at = 0; at < 32; at++) {
      const badShare = new Stanza(['X25519', b64(flipped(share, at))], stanza.body);
      expect(native.unwrapFileKey([badShare]), `share byte ${at}`).toBeNull();
      const badBody = new Stanza(stanza.args, flipped(stanza.body, at));
      expect(native.unwrapFileKey([badBody]), `body byte ${at}`).toBeNull();
    }
  });

  it('says not-a-recipient for a file with a flipped stanza byte, as age -d does', async () => {
    const alice = await keyPair();
    const file = Buffer.from(await encryptToRecipients(secret, [alice.recipient]));
    const text = file.toString('latin1');
    const bodyAt = text.indexOf('\n', text.indexOf('-> X25519')) + 1;
    const altered = Buffer.from(file);
    altered[bodyAt] = altered[bodyAt] === 0x41 ? 0x42 : 0x41;
    await expect(decryptWithIdentity(altered, alice.identity)).rejects.toSatisfy((e) =>
      isCryptoError(e, 'not-a-recipient'),
    );
  });

  it('refuses a non-canonical or padded share, a share of the wrong length, a wrong body length, extra arguments', async () => {
    const { identity, recipient } = await keyPair();
    const native = nativeIdentity(identity);
    const stanza = wrapX25519FileKey(randomBytes(16), recipientBytes(recipient));
    const shareText = stanza.args[1] ?? '';
    // 43 characters carry 258 bits: the last character's low two bits must be zero.
    const lastIndex = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(
      shareText.at(-1) ?? 'A',
    );
    const nonCanonical =
      shareText.slice(0, -1) +
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[lastIndex | 1];
    expect(Buffer.from(nonCanonical, 'base64')).toEqual(Buffer.from(shareText, 'base64'));
    const malformed = [
      new Stanza(['X25519', nonCanonical], stanza.body),
      new Stanza(['X25519', `${shareText}=`], stanza.body),
      new Stanza(['X25519', shareText.slice(0, -2)], stanza.body),
      new Stanza(['X25519', `${shareText}AA`], stanza.body),
      new Stanza(['X25519', shareText.replace(/./, '-')], stanza.body),
      new Stanza(['X25519'], stanza.body),
      new Stanza(['X25519', shareText, 'extra'], stanza.body),
      new Stanza(stanza.args, stanza.body.subarray(0, 31)),
      new Stanza(stanza.args, Buffer.concat([stanza.body, Buffer.alloc(1)])),
      new Stanza(stanza.args, new Uint8Array(0)),
    ];
    for (const bad of malformed) {
      expect(() => native.unwrapFileKey([bad]), bad.args.join(' ')).toThrow(InvalidX25519Stanza);
    }
  });

  it('skips stanzas of other types and returns null when none is for it', async () => {
    const native = nativeIdentity((await keyPair()).identity);
    const other = wrapX25519FileKey(randomBytes(16), recipientBytes((await keyPair()).recipient));
    expect(
      native.unwrapFileKey([new Stanza(['scrypt', 'x', '10'], randomBytes(32)), other]),
    ).toBeNull();
  });
});
