import { open, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Encrypter, Stanza } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { openCasePackage } from '../../../../electron/core/case';
import { writeCaseFile } from '../../../../electron/core/case/case-file-writer';
import { wrapKey } from '../../../../electron/core/crypto/key-wrap';
import { decodeCaseTrailer } from '../../../../electron/core/case/case-trailer';
import { TRAILER_LENGTH } from '../../../../electron/core/case/case-format';
import type { Identity } from '../../../../electron/core/identity';
import {
  PASSPHRASE,
  expectCode,
  patterned,
  testPeople,
  useScratchDir,
  writeSmallCase,
} from './case-fixtures';

const scratch = useScratchDir();

async function openAsExpert(path: string, extra: { passphrase?: string } = {}) {
  const { office, expert } = await testPeople();
  return openCasePackage(path, {
    officeFingerprint: office.card.fingerprint,
    identity: expert.ageIdentity,
    ...extra,
  });
}

async function patch(path: string, offset: number, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, offset);
  } finally {
    await handle.close();
  }
}

/** Writes a package with chosen keys and wraps, as only a writer holding `signer`'s key can. */
async function writeWith(path: string, signer: Identity, passphraseWrap?: Uint8Array) {
  const { expert } = await testPeople();
  const caseKey = patterned(32, 9);
  const wraps = await wrapKey('caseKey', caseKey, {
    recipients: [expert.card.ageRecipient],
    passphrase: PASSPHRASE,
    scryptLogN: 10,
  });
  return writeCaseFile({
    path,
    office: signer,
    packageId: patterned(16, 3),
    caseKey,
    wraps: passphraseWrap === undefined ? wraps : { ...wraps, passphraseWrap },
    chunkSizeLog2: 6,
    materials: [{ id: 'a', source: patterned(100) }],
    manifestFor: () => ({}),
    newEntryId: () => 'manifest',
  });
}

describe('each way a case package can be wrong has its own error', () => {
  it('wrong-passphrase', async () => {
    const { office } = await testPeople();
    const path = join(scratch(), 'p.qbcase');
    await writeSmallCase(path);
    await expectCode(
      openCasePackage(path, { officeFingerprint: office.card.fingerprint, passphrase: 'guess' }),
      'wrong-passphrase',
    );
  });

  it('not-a-recipient: another identity, or a passphrase on a package without one', async () => {
    const { office, outsider } = await testPeople();
    const path = join(scratch(), 'r.qbcase');
    await writeSmallCase(path, { passphrase: undefined });
    await expectCode(
      openCasePackage(path, {
        officeFingerprint: office.card.fingerprint,
        identity: outsider.ageIdentity,
      }),
      'not-a-recipient',
    );
    await expectCode(
      openCasePackage(path, { officeFingerprint: office.card.fingerprint, passphrase: PASSPHRASE }),
      'not-a-recipient',
    );
  });

  it('unknown-office: a package signed by any key but the office fingerprint given', async () => {
    const { otherOffice } = await testPeople();
    const path = join(scratch(), 'o.qbcase');
    // Whoever holds a passphrase can build a package with it, but only under their own key.
    await writeWith(path, otherOffice);
    await expectCode(openAsExpert(path, { passphrase: PASSPHRASE }), 'unknown-office');
  });

  it('bad-signature: the office’s public keys in the header, someone else’s signature', async () => {
    const { office, otherOffice } = await testPeople();
    const path = join(scratch(), 's.qbcase');
    await writeWith(path, { ...office, signingKey: otherOffice.signingKey });
    await expectCode(openAsExpert(path), 'bad-signature');
  });

  it('bad-signature: a changed signature or a changed byte of the signed index', async () => {
    const path = join(scratch(), 'i.qbcase');
    const { size } = await writeSmallCase(path);
    const trailer = decodeCaseTrailer((await readFile(path)).subarray(size - TRAILER_LENGTH));
    await patch(path, trailer.indexOffset + 3, Uint8Array.of(0x5a));
    await expectCode(openAsExpert(path), 'bad-signature');
  });

  it('tampered: a changed entry fails when that entry is read, and only that one', async () => {
    const path = join(scratch(), 't.qbcase');
    await writeSmallCase(path);
    const raw = await readFile(path);
    // Entry 'a' is the first after the header and the two wraps, whose lengths the header gives.
    const entriesStart = 130 + raw.readUInt32BE(122) + raw.readUInt32BE(126);
    await patch(path, entriesStart + 5, Uint8Array.of((raw[entriesStart + 5] ?? 0) ^ 1));
    const opened = await openAsExpert(path);
    await expectCode(opened.readEntry('a'), 'tampered');
    expect(await opened.readEntry('b')).toHaveLength(64);
    await opened.close();
  });

  it('truncated: a file cut short', async () => {
    const path = join(scratch(), 'cut.qbcase');
    const { size } = await writeSmallCase(path);
    await truncate(path, size - 1);
    await expectCode(openAsExpert(path), 'truncated');
  });

  it('not-a-case: an empty file, a PDF, random bytes', async () => {
    const dir = scratch();
    for (const [name, bytes] of [
      ['empty', new Uint8Array(0)],
      ['doc.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
      ['random', patterned(4096)],
    ] as const) {
      await writeFile(join(dir, name), bytes);
      await expectCode(openAsExpert(join(dir, name)), 'not-a-case');
    }
  });

  it('unsupported-version: a package from a newer format, or from format 1', async () => {
    const path = join(scratch(), 'v.qbcase');
    for (const version of [3, 1]) {
      await writeSmallCase(path);
      await patch(path, 8, Uint8Array.of(0, version));
      await expectCode(openAsExpert(path), 'unsupported-version');
    }
  });

  it('limits-exceeded: a passphrase wrap asking for scrypt 2^30, even from the office', async () => {
    const { office } = await testPeople();
    const encrypter = new Encrypter();
    encrypter.addRecipient({
      wrapFileKey: () => [
        new Stanza(['scrypt', 'AAAAAAAAAAAAAAAAAAAAAA', '30'], new Uint8Array(32)),
      ],
    });
    const path = join(scratch(), 'l.qbcase');
    await writeWith(path, office, await encrypter.encrypt(new Uint8Array(32)));
    const { office: o } = await testPeople();
    await expectCode(
      openCasePackage(path, { officeFingerprint: o.card.fingerprint, passphrase: PASSPHRASE }),
      'limits-exceeded',
    );
  });

  it('limits-exceeded: a chunk size above 16 MiB', async () => {
    const path = join(scratch(), 'c.qbcase');
    await writeSmallCase(path);
    await patch(path, 10, Uint8Array.of(30));
    await expectCode(openAsExpert(path), 'limits-exceeded');
  });
});
