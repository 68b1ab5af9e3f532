/**
 * x25519_unwrap: milliseconds to open one section wrap, as a group bundle or the chair's merge
 * opens thousands (issue 11, point 8): an age file of WRAP_STANZAS X25519 stanzas, one of them
 * for the reader at a random place, its payload a labelled 32-byte key. Ours: decryptWithIdentity
 * (the whole file with node:crypto: age-native.ts, the X25519 stanza of x25519-stanza.ts, one
 * file at a time on this thread; a merge's many wraps also use the stanza pool, which this row
 * does not). Peer: age-encryption 0.3's own Decrypter with the identity's string, on the same
 * files, as the app did before. Both sides open every file; the files are made by age-encryption
 * so neither side opens its own output.
 * x25519_wrap: milliseconds to seal one such file for WRAP_STANZAS recipients, ours
 * (encryptToRecipients) against age-encryption's Encrypter.
 */
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { WRAP_STANZAS } from '../../shared/bundle/bundle-limits';
import {
  decryptWithIdentity,
  encryptToRecipients,
} from '../../electron/core/crypto/age-recipients';
import { rowFrom, timeAlternating } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { UNWRAP_FILES } from './bench-sizes';
import { loadAverage } from './machine';

const PAYLOAD = new Uint8Array(56).fill(0x5a);

async function recipientsOf(
  count: number,
): Promise<{ identities: string[]; recipients: string[] }> {
  const identities: string[] = [];
  const recipients: string[] = [];
  for (let i = 0; i < count; i++) {
    const identity = await generateX25519Identity();
    identities.push(identity);
    recipients.push(await identityToRecipient(identity));
  }
  return { identities, recipients };
}

async function unwrapRow(ctx: BenchContext): Promise<void> {
  const reader = await recipientsOf(1);
  const identity = reader.identities[0]!;
  const files: Uint8Array[] = [];
  for (let i = 0; i < UNWRAP_FILES; i++) {
    const { recipients } = await recipientsOf(WRAP_STANZAS - 1);
    recipients.splice(Math.floor(Math.random() * WRAP_STANZAS), 0, reader.recipients[0]!);
    const encrypter = new Encrypter();
    for (const recipient of recipients) encrypter.addRecipient(recipient);
    files.push(await encrypter.encrypt(PAYLOAD));
  }
  const sides: Side[] = [
    {
      name: 'ours',
      work: `${UNWRAP_FILES} age files of ${WRAP_STANZAS} X25519 stanzas opened one by one by decryptWithIdentity (native: header, stanza, MAC and payload with node:crypto)`,
      run: async () => {
        for (const file of files) await decryptWithIdentity(file, identity);
      },
    },
    {
      name: 'age-encryption',
      work: `the same ${UNWRAP_FILES} files opened by age-encryption's Decrypter with the identity string`,
      run: async () => {
        for (const file of files) {
          const decrypter = new Decrypter();
          decrypter.addIdentity(identity);
          await decrypter.decrypt(file);
        }
      },
    },
  ];
  ctx.log(`x25519_unwrap: ${sides.map((s) => s.name).join(' / ')}`);
  const times = await timeAlternating(sides, {
    repeats: ctx.repeats,
    log: (line) => ctx.log(`x25519_unwrap ${line}`),
    missing: (tools) => ctx.tools.missing(tools),
  });
  const perFile = (seconds: number) => (seconds * 1000) / UNWRAP_FILES;
  const row = rowFrom(
    {
      name: 'x25519_unwrap',
      unit: 'ms/file',
      better: 'lower',
      value: perFile,
      notes: [
        `each file: ${WRAP_STANZAS} X25519 stanzas, the reader's at a random place (about ${(WRAP_STANZAS + 1) / 2} tried on average), a 56-byte payload`,
        'the merge of 1,750 reviews (issue 11, point 8) opens at least one such file per review section',
      ],
    },
    times,
  );
  await ctx.record({ ...row, loadAverage: loadAverage() });
}

async function wrapRow(ctx: BenchContext): Promise<void> {
  const { recipients } = await recipientsOf(WRAP_STANZAS);
  const files = UNWRAP_FILES / 4;
  const sides: Side[] = [
    {
      name: 'ours',
      work: `${files} age files sealed for ${WRAP_STANZAS} recipients by encryptToRecipients (native: stanzas, header, MAC and payload with node:crypto)`,
      run: async () => {
        for (let i = 0; i < files; i++) await encryptToRecipients(PAYLOAD, recipients);
      },
    },
    {
      name: 'age-encryption',
      work: `${files} age files sealed for the same recipients by age-encryption's Encrypter`,
      run: async () => {
        for (let i = 0; i < files; i++) {
          const encrypter = new Encrypter();
          for (const recipient of recipients) encrypter.addRecipient(recipient);
          await encrypter.encrypt(PAYLOAD);
        }
      },
    },
  ];
  const times = await timeAlternating(sides, {
    repeats: ctx.repeats,
    log: (line) => ctx.log(`x25519_wrap ${line}`),
    missing: (tools) => ctx.tools.missing(tools),
  });
  const row = rowFrom(
    {
      name: 'x25519_wrap',
      unit: 'ms/file',
      better: 'lower',
      value: (seconds) => (seconds * 1000) / files,
      notes: [`each file: ${WRAP_STANZAS} X25519 stanzas and a 56-byte payload`],
    },
    times,
  );
  await ctx.record({ ...row, loadAverage: loadAverage() });
}

export async function run(ctx: BenchContext): Promise<void> {
  await unwrapRow(ctx);
  await wrapRow(ctx);
}
