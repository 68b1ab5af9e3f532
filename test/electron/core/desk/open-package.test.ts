/**
 * The expert opening their package (issue 9, point 2), on packages sealed by the office's own
 * code: the office's key pinned on first use and held to after, someone else's package refused,
 * the passphrase alone reads, and the newest package per case and round kept by its signed
 * sequence.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import { openPackage } from '../../../../electron/core/desk/open-package';
import { reissuePackage } from '../../../../electron/core/office/office-seal';
import { addConflict } from '../../../../shared/office/office-record';
import { person, useScratch } from '../office/office-fixtures';
import { MARKERS } from '../office/sealable-case';
import { freshStores, namingOffice, rewritePackage, sealedRound } from './desk-fixtures';

const scratch = useScratch();

describe('opening a package for the first time', () => {
  it('needs the office fingerprint, then pins the office key for the case', async () => {
    const round = await sealedRound(scratch());
    const stores = freshStores();
    const identity = round.identity('e02');
    const fingerprint = round.office.card.fingerprint;

    await expect(openPackage(round.file('e02'), { identity, ...stores })).rejects.toMatchObject({
      code: 'office-fingerprint-needed',
    });
    expect(await stores.pins.pinned(round.report.caseId)).toBeNull();

    // Typed as people type it: lower case, spaces, O for 0.
    const typed = fingerprint.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    const first = await openPackage(round.file('e02'), {
      identity,
      officeFingerprint: typed,
      ...stores,
    });
    expect(first.pin).toBe('pinned-now');
    expect(first.sequence).toEqual({ kind: 'first' });
    expect(first.unlockedWith).toBe('identity');
    expect(first.canSign).toBe(true);
    expect(first.view.caseId).toBe(round.report.caseId);
    expect(first.view.round).toMatchObject({ id: 'material', kind: 'material' });
    expect(first.view.recipient).toMatchObject({
      expertId: 'e02',
      fingerprint: identity.card.fingerprint,
      seats: [{ role: 'member', groupId: 'g1', groupName: '第一组' }],
    });
    expect(
      first.view.applications.map((a) => [a.applicationNo, a.applicantName, a.experienceTitle]),
    ).toEqual([
      ['2026001', '申报单位1有限公司', '经验1'],
      ['2026002', '申报单位2有限公司', '经验2'],
      ['2026003', '申报单位3有限公司', '经验3'],
    ]);
    const material = first.view.applications[1]!.materials[0]!;
    expect(material).toMatchObject({ kind: 'application-text', name: '申报材料2.docx' });
    const bytes = await first.readMaterial(material.id);
    expect(bytes.length).toBe(material.size);
    expect(Buffer.from(bytes).toString('utf8')).toContain(MARKERS[1]);
    await first.close();

    const pinned = await stores.pins.pinned(round.report.caseId);
    expect(pinned).toMatchObject({
      fingerprint,
      ageRecipient: round.office.card.ageRecipient,
      signingPublicKey: round.office.card.signingPublicKey,
    });
    // Pinned: the fingerprint is no longer needed, and the same package again is the same.
    const again = await openPackage(round.file('e02'), { identity, ...stores });
    expect(again.pin).toBe('already-pinned');
    expect(again.sequence).toEqual({ kind: 'same' });
    await again.close();
  });

  it('refuses a fingerprint that is not the signer’s, naming both', async () => {
    const round = await sealedRound(scratch());
    const stores = freshStores();
    const other = (await person('另一个办公室')).card.fingerprint;
    await expect(
      openPackage(round.file('e01'), {
        identity: round.identity('e01'),
        officeFingerprint: other,
        ...stores,
      }),
    ).rejects.toMatchObject({
      code: 'office-fingerprint-differs',
      params: { given: other, signer: round.office.card.fingerprint },
    });
    // Something that is no fingerprint at all is refused the same way, naming the signer.
    await expect(
      openPackage(round.file('e01'), {
        identity: round.identity('e01'),
        officeFingerprint: '办公室给的',
        ...stores,
      }),
    ).rejects.toMatchObject({
      code: 'office-fingerprint-differs',
      params: { signer: round.office.card.fingerprint },
    });
    expect(await stores.pins.pinned(round.report.caseId)).toBeNull();
  });
});

describe('a package of the same case signed by another key', () => {
  it('is refused loudly, naming the pinned fingerprint and the signer’s, even when typed in', async () => {
    const round = await sealedRound(scratch());
    const stores = freshStores();
    const identity = round.identity('e02');
    const fingerprint = round.office.card.fingerprint;
    await (
      await openPackage(round.file('e02'), { identity, officeFingerprint: fingerprint, ...stores })
    ).close();

    const impostor = await person('冒名办公室');
    const forged = join(scratch(), 'forged.qbcase');
    await rewritePackage({
      from: round.file('e02'),
      to: forged,
      officeFingerprint: fingerprint,
      reader: identity,
      signer: impostor,
      recipients: [identity],
      // Everything as the office wrote it, the office named as the impostor, a higher sequence.
      edit: (m) => ({ ...namingOffice(m, impostor), packageSequence: 9 }),
    });
    const refusal = openPackage(forged, {
      identity,
      officeFingerprint: impostor.card.fingerprint,
      ...stores,
    });
    await expect(refusal).rejects.toMatchObject({
      code: 'office-key-changed',
      params: { pinned: fingerprint, signer: impostor.card.fingerprint },
    });
    await expect(refusal).rejects.toThrow(/另一把密钥/);
    // Without a fingerprint, nothing is even unwrapped for a key pinned nowhere.
    await expect(openPackage(forged, { identity, ...stores })).rejects.toMatchObject({
      code: 'office-fingerprint-needed',
    });
    // The pin and the sequence are as they were.
    expect((await stores.pins.pinned(round.report.caseId))!.fingerprint).toBe(fingerprint);
    expect(
      await stores.sequences.newest({
        caseId: round.report.caseId,
        roundId: 'material',
        recipient: identity.card.fingerprint,
      }),
    ).toMatchObject({ sequence: 1 });
  });
});

describe('someone else’s package', () => {
  it('is refused by the format as not-a-recipient', async () => {
    const round = await sealedRound(scratch());
    const stores = freshStores();
    await expect(
      openPackage(round.file('e01'), {
        identity: round.identity('e02'),
        officeFingerprint: round.office.card.fingerprint,
        ...stores,
      }),
    ).rejects.toSatisfy((e) => isCryptoError(e, 'not-a-recipient'));
    expect(await stores.pins.pinned(round.report.caseId)).toBeNull();
  });

  it('is refused when its signed manifest names another person, though wrapped for this one', async () => {
    const round = await sealedRound(scratch());
    const stores = freshStores();
    const e01 = round.identity('e01');
    const e02 = round.identity('e02');
    const misaddressed = join(scratch(), 'misaddressed.qbcase');
    // The real office's key, e01's manifest, wrapped for e02: an office mistake, not e02's package.
    await rewritePackage({
      from: round.file('e01'),
      to: misaddressed,
      officeFingerprint: round.office.card.fingerprint,
      reader: e01,
      signer: round.office,
      recipients: [e02],
      edit: (m) => m,
    });
    await expect(
      openPackage(misaddressed, {
        identity: e02,
        officeFingerprint: round.office.card.fingerprint,
        ...stores,
      }),
    ).rejects.toMatchObject({
      code: 'package-for-someone-else',
      params: { recipient: e01.card.fingerprint, yours: e02.card.fingerprint },
    });
  });
});

describe('the package’s own passphrase', () => {
  it('reads the package alone, but cannot sign', async () => {
    const round = await sealedRound(scratch(), { withPassphrases: true });
    const stores = freshStores();
    const opened = await openPackage(round.file('e03'), {
      passphrase: round.passphrase('e03'),
      officeFingerprint: round.office.card.fingerprint,
      ...stores,
    });
    expect(opened.unlockedWith).toBe('passphrase');
    expect(opened.canSign).toBe(false);
    // e03 is in conflict with the first application: it is not in the package.
    expect(opened.view.applications.map((a) => a.applicationNo)).toEqual(['2026002', '2026003']);
    const material = opened.view.applications[1]!.materials[0]!;
    expect(Buffer.from(await opened.readMaterial(material.id)).toString()).toContain(MARKERS[2]);
    await opened.close();
  });

  it('passes the format’s refusal of a wrong passphrase through', async () => {
    const round = await sealedRound(scratch(), { withPassphrases: true });
    await expect(
      openPackage(round.file('e03'), {
        passphrase: round.passphrase('e02'),
        officeFingerprint: round.office.card.fingerprint,
        ...freshStores(),
      }),
    ).rejects.toSatisfy((e) => isCryptoError(e, 'wrong-passphrase'));
  });

  it('opens with the passphrase when the identity given is not a recipient, and still checks the recipient', async () => {
    const round = await sealedRound(scratch(), { withPassphrases: true });
    await expect(
      openPackage(round.file('e03'), {
        identity: round.identity('e02'),
        passphrase: round.passphrase('e03'),
        officeFingerprint: round.office.card.fingerprint,
        ...freshStores(),
      }),
    ).rejects.toMatchObject({ code: 'package-for-someone-else' });
  });
});

describe('the newest package per case and round', () => {
  it('replaces an older package with a newer one, saying which applications stayed, and refuses the older after', async () => {
    const round = await sealedRound(scratch());
    const stores = freshStores();
    const identity = round.identity('e02');
    const officeFingerprint = round.office.card.fingerprint;
    const ids = round.applicationIds;
    const first = join(scratch(), 'first-e02.qbcase');
    await copyFile(round.file('e02'), first);

    await round.session.update((c) =>
      addConflict(c, { expertId: 'e02', applicationId: ids[1]!, kind: 'other', reason: '后发现' }),
    );
    const reissued = await reissuePackage(round.session, {
      office: round.office,
      roundId: 'material',
      expertId: 'e02',
      outDir: round.out,
    });
    expect(reissued.packages[0]!.sequence).toBe(2);

    const older = await openPackage(first, { identity, officeFingerprint, ...stores });
    expect(older.view.packageSequence).toBe(1);
    await older.close();
    const newer = await openPackage(round.file('e02'), { identity, ...stores });
    expect(newer.view.packageSequence).toBe(2);
    expect(newer.sequence).toEqual({
      kind: 'newer',
      previousSequence: 1,
      kept: [ids[0], ids[2]],
      dropped: [ids[1]],
      added: [],
    });
    await newer.close();

    const refusal = openPackage(first, { identity, ...stores });
    await expect(refusal).rejects.toMatchObject({
      code: 'package-superseded',
      params: { found: 1, highest: 2 },
    });
    await expect(refusal).rejects.toThrow(/第 1 份.*第 2 份/);
  });

  it('counts sequences per recipient: another person’s first package is not older than mine', async () => {
    const round = await sealedRound(scratch());
    const stores = freshStores();
    const officeFingerprint = round.office.card.fingerprint;
    await round.session.update((c) =>
      addConflict(c, {
        expertId: 'e02',
        applicationId: round.applicationIds[2]!,
        kind: 'other',
        reason: '后发现',
      }),
    );
    await reissuePackage(round.session, {
      office: round.office,
      roundId: 'material',
      expertId: 'e02',
      outDir: round.out,
    });
    const mine = await openPackage(round.file('e02'), {
      identity: round.identity('e02'),
      officeFingerprint,
      ...stores,
    });
    expect(mine.view.packageSequence).toBe(2);
    await mine.close();
    // A leader who also has a member's laptop: one machine, two people, each their own count.
    const theirs = await openPackage(round.file('e01'), {
      identity: round.identity('e01'),
      ...stores,
    });
    expect(theirs.sequence).toEqual({ kind: 'first' });
    await theirs.close();
  });
});

describe('a manifest that does not hold together', () => {
  it('is refused even under the office’s own signature', async () => {
    const round = await sealedRound(scratch());
    const identity = round.identity('e02');
    const officeFingerprint = round.office.card.fingerprint;
    // What was changed, how, and the check that must catch it (the error's English detail).
    const cases: [string, (m: Record<string, unknown>) => unknown, string][] = [
      ['not the format', () => ({ round: 'material' }), 'format'],
      // A manifest of version 2, before the roster, the review readers and the undertaking.
      [
        'manifest version 2',
        ({ roster: _r, reviewReaders: _v, undertaking: _u, ...m }) => ({ ...m, version: 2 }),
        'format',
      ],
      [
        'a material of no application',
        (m) => ({ ...m, applications: [], reviewReaders: [] }),
        'no application',
      ],
      ['another rubric digest', (m) => ({ ...m, rubricDigest: '0'.repeat(64) }), 'rubric'],
      [
        'another office named',
        (m) => namingOffice(m, { name: '办公室', fingerprint: 'ABCD-EFGH-JKMN-PQRS' }),
        'another office',
      ],
      [
        'other office keys under the office’s fingerprint',
        (m) => ({
          ...m,
          office: { ...(m.office as object), ageRecipient: identity.card.ageRecipient },
        }),
        'other office keys',
      ],
      ['a seat in no group', (m) => ({ ...m, groups: [] }), 'seat'],
      ['another year', (m) => ({ ...m, year: 2025 }), 'year'],
      [
        'a material’s digest not its bytes',
        (m) => ({
          ...m,
          materials: (m.materials as Record<string, unknown>[]).map((x) => ({
            ...x,
            sha256: 'f'.repeat(64),
          })),
        }),
        'signed digest',
      ],
    ];
    for (const [name, edit, detail] of cases) {
      const path = join(scratch(), `${name}.qbcase`);
      await rewritePackage({
        from: round.file('e02'),
        to: path,
        officeFingerprint,
        reader: identity,
        signer: round.office,
        recipients: [identity],
        edit,
      });
      const opening = openPackage(path, { identity, officeFingerprint, ...freshStores() });
      if (name.startsWith('a material’s digest')) {
        // Opens (the manifest holds together) but no material is released against the wrong digest.
        const opened = await opening;
        const id = opened.view.applications[0]!.materials[0]!.id;
        await expect(opened.readMaterial(id), name).rejects.toMatchObject({
          code: 'tampered',
          detail: expect.stringContaining(detail),
        });
        await opened.close();
      } else {
        await expect(opening, name).rejects.toMatchObject({
          code: 'package-manifest-invalid',
          detail: expect.stringContaining(detail),
        });
      }
    }
  });
});
