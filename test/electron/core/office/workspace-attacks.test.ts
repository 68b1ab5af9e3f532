/**
 * The two attacks on the office's workspace found by the review (issue 7, point 2), reproduced:
 * a workspace forged from the office's public card, and an older state copied back over the
 * current one. Both end in a typed refusal; a restore is possible only as an explicit act.
 */
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addConflict, upsertApplication } from '../../../../shared/office/office-record';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import { wrapKey } from '../../../../electron/core/crypto/key-wrap';
import { createGenerationMemory } from '../../../../electron/core/office/generation-memory';
import {
  createOfficeRecord,
  openOfficeRecordAs,
} from '../../../../electron/core/office/office-session';
import { createOfficeWorkspace } from '../../../../electron/core/office/office-workspace';
import { createFileJsonStore } from '../../../../electron/core/storage/json-store';
import { freshMemory, person, useScratch } from './office-fixtures';

const scratch = useScratch();

const application = {
  applicationNo: '2026001',
  applicantName: '华东精密轴承有限公司',
  experienceTitle: '全员质量改进',
  recommendingUnitId: 'unregistered',
  scope: 1,
  focusArea: 'none',
  isSme: false,
} as const;

describe('a workspace forged from the office’s public card', () => {
  it('is refused: the header is not signed by the office', async () => {
    const office = await person('办公室');
    const mallory = await person('冒名者');
    const dir = join(scratch(), 'forged.qboffice');
    // Everything public about the office, with a key of the forger's own to sign with.
    await createOfficeWorkspace(dir, {
      office: { ...mallory, card: office.card },
      memory: freshMemory(),
      initialState: { forged: true },
    });
    await expect(openOfficeRecordAs(dir, office, { memory: freshMemory() })).rejects.toSatisfy(
      (e) => isCryptoError(e, 'bad-signature'),
    );
  });

  it('is refused when a genuine header is kept and the state replaced', async () => {
    const office = await person('办公室');
    const mallory = await person('冒名者');
    const genuine = join(scratch(), 'genuine.qboffice');
    await createOfficeRecord(genuine, { office, year: 2026, memory: freshMemory() });
    const forged = join(scratch(), 'forged.qboffice');
    await createOfficeWorkspace(forged, {
      office: { ...mallory, card: office.card },
      memory: freshMemory(),
      initialState: { forged: true },
    });
    await copyFile(join(forged, 'state.qbs'), join(genuine, 'state.qbs'));
    await expect(openOfficeRecordAs(genuine, office, { memory: freshMemory() })).rejects.toSatisfy(
      (e) => isCryptoError(e, 'bad-signature'),
    );
  });

  it('is refused when a passphrase wrap is slipped into a genuine header', async () => {
    const office = await person('办公室');
    const dir = join(scratch(), 'genuine.qboffice');
    await createOfficeRecord(dir, { office, year: 2026, memory: freshMemory() });
    const headerPath = join(dir, 'office.json');
    const header = JSON.parse(await readFile(headerPath, 'utf8')) as Record<string, string>;
    const wraps = await wrapKey('workspaceKey', new Uint8Array(32).fill(9), {
      recipients: [],
      passphrase: 'the forger knows this one',
      scryptLogN: 10,
    });
    header.passphraseWrap = Buffer.from(wraps.passphraseWrap).toString('base64');
    await writeFile(headerPath, JSON.stringify(header));
    await expect(openOfficeRecordAs(dir, office, { memory: freshMemory() })).rejects.toSatisfy(
      (e) => isCryptoError(e, 'bad-signature'),
    );
  });
});

describe('an older state copied back', () => {
  async function caseWithLaterConflict() {
    const office = await person('办公室');
    const stateDir = join(scratch(), 'app-data');
    const memory = createGenerationMemory(createFileJsonStore(stateDir));
    const dir = join(scratch(), '2026.qboffice');
    const session = await createOfficeRecord(dir, { office, year: 2026, memory });
    await session.update((c) => upsertApplication(c, application));
    const expert = await person('专家甲', 'expert');
    await session.update((c) => ({
      ...c,
      experts: [
        {
          id: 'e01',
          name: expert.card.name,
          organisation: expert.card.organisation,
          region: '北京',
          fields: [],
          industries: [],
          role: 'member',
        },
      ],
    }));
    // Generation 3 is the one without the conflict: the copy a synced folder's history keeps.
    await copyFile(join(dir, 'state.qbs'), join(scratch(), 'generation-3.qbs'));
    const recorded = await session.update((c) =>
      addConflict(c, {
        expertId: 'e01',
        applicationId: c.applications[0]!.id,
        kind: 'same-organisation',
      }),
    );
    expect(recorded.conflicts).toHaveLength(1);
    return { office, dir, stateDir };
  }

  it('is refused on opening, naming both generations', async () => {
    const { office, dir, stateDir } = await caseWithLaterConflict();
    await copyFile(join(scratch(), 'generation-3.qbs'), join(dir, 'state.qbs'));
    // Another process of the same machine: the memory is read from its file again.
    const memory = createGenerationMemory(createFileJsonStore(stateDir));
    const refusal = await openOfficeRecordAs(dir, office, { memory }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'rolled-back', params: { found: 3, highest: 4 } });
    expect(String(refusal)).toMatch(/文件夹中是第 3 版，本机已见过第 4 版/);
  });

  it('is refused while the case is open, too', async () => {
    const { office, dir, stateDir } = await caseWithLaterConflict();
    const memory = createGenerationMemory(createFileJsonStore(stateDir));
    const session = await openOfficeRecordAs(dir, office, { memory });
    await copyFile(join(scratch(), 'generation-3.qbs'), join(dir, 'state.qbs'));
    await expect(session.read()).rejects.toMatchObject({ code: 'rolled-back' });
  });

  it('can be restored only on purpose, and the restore is logged here and in the case', async () => {
    const { office, dir, stateDir } = await caseWithLaterConflict();
    await copyFile(join(scratch(), 'generation-3.qbs'), join(dir, 'state.qbs'));
    const memory = createGenerationMemory(createFileJsonStore(stateDir));
    const session = await openOfficeRecordAs(dir, office, {
      memory,
      restoreGeneration: 3,
      now: new Date('2026-11-29T08:00:00Z'),
    });
    const c = await session.read();
    expect(c.conflicts).toHaveLength(0);
    expect(c.log).toEqual([
      {
        kind: 'restored',
        at: '2026-11-29T08:00:00.000Z',
        acceptedGeneration: 3,
        previousHighest: 4,
      },
    ]);
    expect(session.workspace.generation()).toBe(5);
    const remembered = (await createFileJsonStore(stateDir).read('workspace-generations')) as {
      restores: unknown[];
    };
    expect(remembered.restores).toEqual([
      expect.objectContaining({ accepted: 3, previousHighest: 4 }),
    ]);
    // From now on the case opens without an exception.
    const again = await openOfficeRecordAs(dir, office, {
      memory: createGenerationMemory(createFileJsonStore(stateDir)),
    });
    expect((await again.read()).log).toHaveLength(1);
  });

  it('a restore of a generation other than the one found is refused', async () => {
    const { office, dir, stateDir } = await caseWithLaterConflict();
    await copyFile(join(scratch(), 'generation-3.qbs'), join(dir, 'state.qbs'));
    const memory = createGenerationMemory(createFileJsonStore(stateDir));
    await expect(
      openOfficeRecordAs(dir, office, { memory, restoreGeneration: 2 }),
    ).rejects.toMatchObject({ code: 'rolled-back' });
  });
});

describe('what an interrupted write left behind', () => {
  it('is swept when the case next opens: temp files and materials no state names', async () => {
    const office = await person('办公室');
    const memory = freshMemory();
    const dir = join(scratch(), 'sweep.qboffice');
    const session = await createOfficeRecord(dir, { office, year: 2026, memory });
    const stray = Buffer.from('a material whose state was never written');
    const { createHash } = await import('node:crypto');
    await session.workspace.putMaterial(createHash('sha256').update(stray).digest('hex'), stray);
    await writeFile(join(dir, '.state.qbs.abc123.tmp'), 'half a state');
    await writeFile(join(dir, 'materials', '.x.qbs.def456.tmp'), 'half a material');
    expect(await readdir(join(dir, 'materials'))).toHaveLength(2);
    await openOfficeRecordAs(dir, office, { memory });
    expect(await readdir(join(dir, 'materials'))).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['materials', 'office.json', 'state.qbs']);
  });
});
