/**
 * The desk channels through the one validating dispatch, as the renderer calls them, over a round
 * sealed by the office's own code: the package comes from main's dialog, the office fingerprint
 * is asked on first use and pinned (in the app's settings store) after, the unlocked identity
 * or the package's passphrase unwraps it, every refusal is a typed error and leaves the desk as
 * it was, and a material's bytes come back only through desk:readMaterial.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { identityFileName } from '../../../electron/core/identity/identity-folder';
import type { Identity } from '../../../electron/core/identity';
import { createCoreServices } from '../../../electron/core/services';
import { createMemoryJsonStore } from '../../../electron/core/storage/json-store';
import type { JsonStore } from '../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../electron/ipc';
import type { Dispatch } from '../../../electron/ipc/dispatch';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';
import { preparedPackageChooser } from '../core/desk/prepared-package-chooser';
import { sealedRound } from '../core/desk/desk-fixtures';
import type { SealedRound } from '../core/desk/desk-fixtures';
import { STRONG, useScratch } from '../core/office/office-fixtures';
import { MARKERS } from '../core/office/sealable-case';

const scratch = useScratch();

/** The person's identity file in the identities folder, as the identity screens leave it. */
async function keepIdentity(folder: string, identity: Identity): Promise<void> {
  await mkdir(folder, { recursive: true });
  const file = await encodeIdentityFile(identity, STRONG, 10);
  await writeFile(join(folder, identityFileName(identity.card.fingerprint)), file);
}

async function laptop(round: SealedRound, store: JsonStore = createMemoryJsonStore()) {
  const folder = join(scratch(), 'identities');
  const chooser = preparedPackageChooser();
  const services = createCoreServices({
    store,
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities: preparedIdentities(folder),
    packageChooser: chooser,
    journals: { folder: join(scratch(), 'journals') },
  });
  const dispatch: Dispatch = createDispatch(createHandlers(services));
  return { dispatch, chooser, folder, store, round };
}

function refusal(result: unknown): string | undefined {
  const r = result as { ok: boolean; error?: { reason: { code: string } } };
  return r.ok ? undefined : r.error?.reason.code;
}

describe('desk channels', () => {
  it('open with the identity and the fingerprint on first use; view, read, close', async () => {
    const round = await sealedRound(scratch());
    const { dispatch, chooser, folder } = await laptop(round);
    const expert = round.identity('e02');
    await keepIdentity(folder, expert);

    expect(await dispatch('desk:status', {})).toEqual({
      ok: true,
      value: { opened: null, chosenFile: null },
    });
    // Neither an unlocked identity nor a passphrase: asked before any dialog.
    expect(refusal(await dispatch('desk:open', {}))).toBe('package-credential-needed');
    expect(chooser.shown).toBe(0);

    expect(
      (
        await dispatch('identity:unlock', {
          fingerprint: expert.card.fingerprint,
          passphrase: STRONG,
        })
      ).ok,
    ).toBe(true);
    // The dialog cancelled: nothing changes.
    expect(await dispatch('desk:open', {})).toEqual({
      ok: true,
      value: { opened: null, chosenFile: null },
    });
    expect(chooser.shown).toBe(1);

    chooser.choice.packageFile = round.file('e02');
    expect(refusal(await dispatch('desk:open', {}))).toBe('office-fingerprint-needed');
    // A typed fingerprint that is not the signer's: refused, naming both.
    const wrong = await dispatch('desk:open', {
      officeFingerprint: 'ABCD EFGH JKMN PQRS',
      source: 'last-chosen',
    });
    expect(refusal(wrong)).toBe('office-fingerprint-differs');
    expect(JSON.stringify(wrong)).not.toContain(scratch());
    expect(chooser.shown).toBe(2);

    // Full-width, lower case and spaces, as typed on a Chinese keyboard; the retry shows no dialog.
    const typed = round.office.card.fingerprint
      .toLowerCase()
      .replaceAll('-', '　')
      .replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const opened = await dispatch('desk:open', { officeFingerprint: typed, source: 'last-chosen' });
    expect(chooser.shown).toBe(2);
    expect(opened.ok).toBe(true);
    const status = (opened as { value: { opened: Record<string, unknown>; chosenFile: string } })
      .value;
    expect(status.chosenFile).toBe('e02.qbcase');
    expect(status.opened).toMatchObject({
      fileName: 'e02.qbcase',
      unlockedWith: 'identity',
      canSign: true,
      pin: 'pinned-now',
      sequence: { kind: 'first' },
      round: { id: 'material', kind: 'material' },
      recipient: { expertId: 'e02', seats: [{ role: 'member', groupName: '第一组' }] },
    });
    // The view carries no key and no path.
    expect(JSON.stringify(status)).not.toMatch(/AGE-SECRET-KEY|signingPublicKey|qbr-office-/);

    const view = await dispatch('desk:view', {});
    expect(view).toEqual({ ok: true, value: status.opened });
    const applications = (
      view as { value: { applications: { materials: { id: string; size: number }[] }[] } }
    ).value.applications;
    expect(applications).toHaveLength(3);
    const material = applications[1]!.materials[0]!;
    // Opened with the identity: the round's undertaking is signed before any material is read.
    expect(refusal(await dispatch('desk:readMaterial', { materialId: material.id }))).toBe(
      'review-undertaking-before-reading',
    );
    const context = await dispatch('review:context', {});
    const sha256 = (context as { value: { undertaking: { sha256: string } } }).value.undertaking
      .sha256;
    expect((await dispatch('review:signUndertaking', { textSha256: sha256 })).ok).toBe(true);
    const read = await dispatch('desk:readMaterial', { materialId: material.id });
    expect(read.ok).toBe(true);
    const bytes = (read as { value: Uint8Array }).value;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBe(material.size);
    expect(Buffer.from(bytes).toString('utf8')).toContain(MARKERS[1]);

    expect(refusal(await dispatch('desk:readMaterial', { materialId: 'nothing-here' }))).toBe(
      'no-such-entry',
    );
    expect(refusal(await dispatch('desk:readMaterial', {}))).toBe('invalid-input');

    expect(await dispatch('desk:close', {})).toEqual({
      ok: true,
      value: { opened: null, chosenFile: 'e02.qbcase' },
    });
    expect(refusal(await dispatch('desk:view', {}))).toBe('package-not-open');
    expect(refusal(await dispatch('desk:readMaterial', { materialId: material.id }))).toBe(
      'package-not-open',
    );

    // Pinned now: the same case opens again without the fingerprint, as the same package.
    const again = await dispatch('desk:open', {});
    expect(again).toMatchObject({
      ok: true,
      value: { opened: { pin: 'already-pinned', sequence: { kind: 'same' } } },
    });
    await dispatch('desk:close', {});
  });

  it("opens with the package's passphrase alone, and a refusal keeps the open package", async () => {
    const round = await sealedRound(scratch(), { withPassphrases: true });
    const store = createMemoryJsonStore();
    const { dispatch, chooser } = await laptop(round, store);
    const officeFingerprint = round.office.card.fingerprint;

    chooser.choice.packageFile = round.file('e03');
    const wrong = await dispatch('desk:open', { officeFingerprint, passphrase: '1234 5678 9012' });
    expect(refusal(wrong)).toBe('wrong-passphrase');

    const opened = await dispatch('desk:open', {
      officeFingerprint,
      passphrase: round.passphrase('e03'),
      source: 'last-chosen',
    });
    expect(opened).toMatchObject({
      ok: true,
      value: {
        opened: { unlockedWith: 'passphrase', canSign: false, recipient: { expertId: 'e03' } },
      },
    });
    // The pin went to the app's settings store.
    expect(JSON.stringify(await store.read('office-pins'))).toContain(officeFingerprint);

    // Another person's package with a wrong passphrase: refused, the open package stays.
    chooser.choice.packageFile = round.file('e02');
    expect(refusal(await dispatch('desk:open', { passphrase: '0000 0000 0000' }))).toBe(
      'wrong-passphrase',
    );
    expect(await dispatch('desk:view', {})).toMatchObject({
      ok: true,
      value: { recipient: { expertId: 'e03' } },
    });
    await dispatch('desk:close', {});
  });

  it('refuses a request outside the contract before it reaches the desk', async () => {
    const round = await sealedRound(scratch());
    const { dispatch, chooser } = await laptop(round);
    expect(refusal(await dispatch('desk:open', { path: '/etc/passwd', passphrase: 'x' }))).toBe(
      'invalid-input',
    );
    expect(refusal(await dispatch('desk:open', { source: 'somewhere', passphrase: 'x' }))).toBe(
      'invalid-input',
    );
    expect(chooser.shown).toBe(0);
  });

  it('opens a dropped package without the dialog, and refuses a drop that is not one .qbcase', async () => {
    const round = await sealedRound(scratch(), { withPassphrases: true });
    const { dispatch, chooser } = await laptop(round);
    const officeFingerprint = round.office.card.fingerprint;
    const passphrase = round.passphrase('e03');
    for (const droppedPath of [
      undefined,
      'e03.qbcase',
      '/etc/passwd',
      `${round.file('e03')}.pdf`,
    ]) {
      const refused = await dispatch('desk:open', {
        officeFingerprint,
        passphrase,
        source: 'dropped',
        ...(droppedPath === undefined ? {} : { droppedPath }),
      });
      expect(refusal(refused), String(droppedPath)).toBe('package-drop-refused');
    }
    const opened = await dispatch('desk:open', {
      officeFingerprint,
      passphrase,
      source: 'dropped',
      droppedPath: round.file('e03'),
    });
    expect(opened).toMatchObject({
      ok: true,
      value: { opened: { fileName: 'e03.qbcase', recipient: { expertId: 'e03' } } },
    });
    expect(chooser.shown).toBe(0);
    // A dropped package is the one a retry opens again, as a chosen one is.
    expect(await dispatch('desk:status', {})).toMatchObject({
      ok: true,
      value: { chosenFile: 'e03.qbcase' },
    });
    await dispatch('desk:close', {});
  });
});
