/**
 * The desk's two memories outside any case folder (pinned office keys, package sequences) and
 * the desk built once with them: what survives a restart, what a damaged file does, and one
 * package open at a time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPackageDesk } from '../../../../electron/core/desk/package-desk';
import { createPinStore } from '../../../../electron/core/desk/pin-store';
import type { OfficeKey } from '../../../../electron/core/desk/pin-store';
import { createSequenceMemory } from '../../../../electron/core/desk/sequence-memory';
import { createFileJsonStore } from '../../../../electron/core/storage/json-store';
import { person, useScratch } from '../office/office-fixtures';
import { freshStores, sealedRound } from './desk-fixtures';

const scratch = useScratch();
const CASE = 'c'.repeat(32);

async function keyOf(name: string): Promise<OfficeKey> {
  const { card } = await person(name);
  return {
    fingerprint: card.fingerprint,
    signingPublicKey: card.signingPublicKey,
    ageRecipient: card.ageRecipient,
  };
}

describe('the pinned office keys', () => {
  it('survive a restart in their file, and refuse another key for the case', async () => {
    const folder = join(scratch(), 'state');
    const office = await keyOf('办公室');
    const impostor = await keyOf('冒名办公室');
    await createPinStore(createFileJsonStore(folder)).pin(CASE, office);

    const after = createPinStore(createFileJsonStore(folder));
    expect(await after.pinned(CASE)).toEqual(office);
    expect(await after.isPinned(office)).toBe(true);
    expect(await after.isPinned(impostor)).toBe(false);
    await after.pin(CASE, office);
    await expect(after.pin(CASE, impostor)).rejects.toMatchObject({
      code: 'office-key-changed',
      params: { pinned: office.fingerprint, signer: impostor.fingerprint },
    });
    // Same fingerprint text, another key: compared by the keys, never the 80-bit fingerprint.
    const lookalike = { ...impostor, fingerprint: office.fingerprint };
    expect(await after.isPinned(lookalike)).toBe(false);
    await expect(after.pin(CASE, lookalike)).rejects.toMatchObject({ code: 'office-key-changed' });
  });

  it('lets only one of two keys pinned at once win', async () => {
    const pins = freshStores().pins;
    const results = await Promise.allSettled([
      pins.pin(CASE, await keyOf('办公室')),
      pins.pin(CASE, await keyOf('冒名办公室')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
  });

  it('refuses to work from a damaged file rather than forget a pin', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qbr-pins-'));
    try {
      await writeFile(join(folder, 'office-pins.json'), '{"version":1,"cases":{"x":1}}');
      await expect(createPinStore(createFileJsonStore(folder)).pinned(CASE)).rejects.toMatchObject({
        code: 'desk-memory-damaged',
      });
      await writeFile(join(folder, 'package-sequences.json'), '{"version":2}');
      await expect(
        createSequenceMemory(createFileJsonStore(folder)).newest({
          caseId: CASE,
          roundId: 'material',
          recipient: 'X',
        }),
      ).rejects.toMatchObject({ code: 'desk-memory-damaged' });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('the package sequences', () => {
  const slot = { caseId: CASE, roundId: 'material', recipient: 'YV1K-FPX6-M9TD-VCGW' };

  it('keep the highest per slot, survive a restart, and refuse a lower one', async () => {
    const folder = join(scratch(), 'state');
    const memory = createSequenceMemory(createFileJsonStore(folder));
    expect(await memory.accept(slot, { sequence: 2, applicationIds: ['a1', 'a2'] })).toEqual({
      kind: 'first',
    });
    const after = createSequenceMemory(createFileJsonStore(folder));
    await expect(after.accept(slot, { sequence: 1, applicationIds: ['a1'] })).rejects.toMatchObject(
      { code: 'package-superseded', params: { found: 1, highest: 2 } },
    );
    expect(await after.assess(slot, { sequence: 2, applicationIds: ['a1', 'a2'] })).toEqual({
      kind: 'same',
    });
    expect(await after.accept(slot, { sequence: 3, applicationIds: ['a2', 'a3'] })).toEqual({
      kind: 'newer',
      previousSequence: 2,
      kept: ['a2'],
      dropped: ['a1'],
      added: ['a3'],
    });
    // Another round of the same case counts apart.
    expect(
      await after.assess({ ...slot, roundId: 'defense' }, { sequence: 1, applicationIds: [] }),
    ).toEqual({ kind: 'first' });
    expect(await after.newest(slot)).toEqual({ sequence: 3, applicationIds: ['a2', 'a3'] });
  });

  it('lets two packages accepted at once leave the higher', async () => {
    const { sequences } = freshStores();
    const results = await Promise.allSettled([
      sequences.accept(slot, { sequence: 3, applicationIds: [] }),
      sequences.accept(slot, { sequence: 2, applicationIds: [] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((await sequences.newest(slot))!.sequence).toBe(3);
  });
});

describe('the desk', () => {
  it('keeps one package open, keeps it through a refused open, and closes it', async () => {
    const round = await sealedRound(scratch());
    const desk = createPackageDesk(freshStores());
    expect(() => desk.current()).toThrow(expect.objectContaining({ code: 'package-not-open' }));
    const officeFingerprint = round.office.card.fingerprint;
    const opened = await desk.open(round.file('e01'), {
      identity: round.identity('e01'),
      officeFingerprint,
    });
    expect(desk.current()).toBe(opened);
    const material = opened.view.applications[0]!.materials[0]!;
    expect((await desk.readMaterial(material.id)).length).toBe(material.size);
    await expect(desk.readMaterial('m-none')).rejects.toMatchObject({ code: 'no-such-entry' });

    await expect(
      desk.open(round.file('e09'), { identity: round.identity('e01'), officeFingerprint }),
    ).rejects.toMatchObject({ code: 'not-a-recipient' });
    expect(desk.current()).toBe(opened);
    expect((await desk.readMaterial(material.id)).length).toBe(material.size);

    const chair = await desk.open(round.file('e09'), { identity: round.identity('e09') });
    expect(chair.view.recipient.seats).toEqual([{ role: 'chair' }]);
    // The first package is closed: its case key is gone.
    await expect(opened.readMaterial(material.id)).rejects.toThrow();
    await desk.close();
    await expect(desk.readMaterial(material.id)).rejects.toMatchObject({
      code: 'package-not-open',
    });
  });
});
