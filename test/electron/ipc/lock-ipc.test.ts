/**
 * The app lock through the one validating dispatch, over a round sealed by the office's own code
 * and a real journal: locking lets go of every key in main (the identity store holds none, the
 * package is closed, the journal is closed and refuses appends), names whose passphrase unlocks
 * it, keeps it locked on a wrong passphrase, and after the right one the same package opens again
 * from the same file with every acknowledged record still in its journal.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { identityFileName } from '../../../electron/core/identity/identity-folder';
import { createCoreServices } from '../../../electron/core/services';
import { createMemoryJsonStore } from '../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../electron/ipc';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';
import { preparedPackageChooser } from '../core/desk/prepared-package-chooser';
import { sealedRound } from '../core/desk/desk-fixtures';
import { STRONG, useScratch } from '../core/office/office-fixtures';

const scratch = useScratch();

function refusal(result: unknown): string | undefined {
  const r = result as { ok: boolean; error?: { reason: { code: string } } };
  return r.ok ? undefined : r.error?.reason.code;
}

function valueOf<T>(result: unknown): T {
  const r = result as { ok: boolean; value: T };
  expect(r.ok, JSON.stringify(result)).toBe(true);
  return r.value;
}

describe('lock channels', () => {
  it('locks every key away, stays locked on a wrong passphrase, and opens the same package again', async () => {
    const round = await sealedRound(scratch());
    const expert = round.identity('e02');
    const folder = join(scratch(), 'identities');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, identityFileName(expert.card.fingerprint)),
      await encodeIdentityFile(expert, STRONG, 10),
    );
    const chooser = preparedPackageChooser({ packageFile: round.file('e02') });
    const store = createMemoryJsonStore();
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
    const dispatch = createDispatch(createHandlers(services));

    expect(valueOf(await dispatch('lock:status', {}))).toEqual({
      locked: false,
      identity: null,
      package: null,
      idleMinutes: 15,
    });
    valueOf(
      await dispatch('identity:unlock', {
        fingerprint: expert.card.fingerprint,
        passphrase: STRONG,
      }),
    );
    valueOf(await dispatch('desk:open', { officeFingerprint: round.office.card.fingerprint }));
    const view = valueOf<{
      caseId: string;
      applications: { id: string; materials: { id: string }[] }[];
    }>(await dispatch('desk:view', {}));
    const material = view.applications[0]!.materials[0]!;
    const target = { caseId: view.caseId, owner: expert.card.fingerprint };
    valueOf(
      await dispatch('journal:append', {
        journal: target,
        entry: {
          kind: 'reading-position',
          applicationId: view.applications[0]!.id,
          materialId: material.id,
          page: 3,
          fraction: 0.5,
        },
      }),
    );

    const locked = valueOf(await dispatch('lock:now', {}));
    expect(locked).toEqual({
      locked: true,
      identity: { name: expert.card.name, fingerprint: expert.card.fingerprint },
      package: { fileName: 'e02.qbcase', unlockedWith: 'identity' },
      idleMinutes: 15,
    });
    // The keys are gone from main, not hidden: no identity, no package, no journal.
    expect(services.identities.unlocked()).toBeNull();
    expect(services.desk.status().opened).toBeNull();
    expect(refusal(await dispatch('desk:readMaterial', { materialId: material.id }))).toBe(
      'package-not-open',
    );
    expect(valueOf<{ open: boolean }>(await dispatch('journal:status', {})).open).toBe(false);
    // Locking twice changes nothing.
    expect(valueOf(await dispatch('lock:now', {}))).toEqual(locked);

    expect(refusal(await dispatch('lock:resume', {}))).toBe('lock-passphrase-needed');
    expect(refusal(await dispatch('lock:resume', { passphrase: `${STRONG}x` }))).toBe(
      'wrong-passphrase',
    );
    expect(valueOf<{ locked: boolean }>(await dispatch('lock:status', {})).locked).toBe(true);
    expect(services.identities.unlocked()).toBeNull();

    expect(valueOf(await dispatch('lock:resume', { passphrase: STRONG }))).toMatchObject({
      locked: false,
    });
    expect(services.identities.unlocked()?.card.fingerprint).toBe(expert.card.fingerprint);
    // The renderer opens the same file again, without the dialog; the journal kept the record.
    valueOf(await dispatch('desk:open', { source: 'last-chosen' }));
    expect(chooser.shown).toBe(1);
    const journal = valueOf<{ open: boolean; records: { kind: string }[] }>(
      await dispatch('journal:status', {}),
    );
    expect(journal.open).toBe(true);
    expect(journal.records.map((r) => r.kind)).toEqual(['reading-position']);
  });

  it('keeps the idle minutes as a setting, within bounds', async () => {
    const store = createMemoryJsonStore();
    const services = createCoreServices({
      store,
      host: 'test-harness',
      appVersion: '1',
      platform: 'linux',
      fileChooser: preparedFileChooser(),
      identities: preparedIdentities(join(scratch(), 'identities')),
    });
    const dispatch = createDispatch(createHandlers(services));
    expect(valueOf(await dispatch('lock:setIdleMinutes', { minutes: 5 }))).toMatchObject({
      idleMinutes: 5,
    });
    expect(await store.read('app-lock')).toEqual({ idleMinutes: 5 });
    for (const minutes of [0, 241, 2.5]) {
      expect(refusal(await dispatch('lock:setIdleMinutes', { minutes }))).toBe('invalid-input');
    }
    // Nothing unlocked: locking and unlocking need no passphrase.
    expect(valueOf(await dispatch('lock:now', {}))).toMatchObject({ locked: true, identity: null });
    expect(valueOf(await dispatch('lock:resume', {}))).toMatchObject({ locked: false });
  });
});
