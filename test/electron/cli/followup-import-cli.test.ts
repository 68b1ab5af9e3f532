/**
 * qbreview followup import-result and defense-from-result (issue 11, point 3): the vice-chair's
 * result bundle of a real round taken in by the office's record from the command line, its
 * signed shortlist opening the defense round; a changed byte and another round refused with
 * their codes, nothing recorded.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCommitteeMerge, writeResultBundle } from '../../../electron/core/committee';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { committeeRound } from '../core/committee/committee-round';
import { STRONG } from '../core/office/office-fixtures';
import { cli } from './run-cli';

const scratch = await mkdtemp(join(tmpdir(), 'qb-followup-import-cli-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('qbreview followup import-result', () => {
  it("takes in the chair's result bundle and opens the defense round from its shortlist", async () => {
    const round = await committeeRound(join(scratch, 'round'));
    const vice = round.identity('e10');
    const manifest = round.manifests.get('e10')!;
    const prepared = await prepareCommitteeMerge({
      identity: vice,
      manifest,
      bundles: [await round.groupBundle('e01'), await round.groupBundle('e04')],
      settings: { quota: 2, scoreLine: null, basis: 'raw', exclusions: [] },
    });
    const bytes = await writeResultBundle({
      identity: vice,
      roster: manifest.rosterStatement!,
      sequence: 1,
      merge: prepared.merge,
      groupBundles: prepared.groupBundles,
      readersOf: prepared.readersOf,
      mergeReaders: prepared.mergeReaders,
    });
    const file = join(scratch, 'result.qbbundle');
    await writeFile(file, bytes);
    const flipped = Uint8Array.from(bytes);
    flipped[flipped.length - 40]! ^= 1;
    const changed = join(scratch, 'changed.qbbundle');
    await writeFile(changed, flipped);
    const officeFile = join(scratch, 'office.qbid');
    await writeFile(officeFile, await encodeIdentityFile(round.office, STRONG, 10));
    const dir = join(scratch, 'round', '2026.qboffice');
    const env = { QBREVIEW_PASSPHRASE: STRONG, QBREVIEW_STATE_DIR: join(scratch, 'state') };
    const run = (...argv: string[]) => cli([...argv, '--identity', officeFile, '--json'], env);

    const tampered = await run('followup', 'import-result', dir, changed, '--handler', '王经办');
    expect(tampered.code).toBe(1);
    expect(tampered.json!.error!.code).toMatch(/^result-/);
    const otherRound = await run(
      'followup',
      'import-result',
      dir,
      file,
      '--round',
      'defense',
      '--handler',
      '王经办',
    );
    expect(otherRound.json!.error!.code).toBe('round-not-found');
    const noDefense = await run('followup', 'defense-from-result', dir);
    expect(noDefense.json!.error!.code).toBe('result-not-imported');

    const imported = await run('followup', 'import-result', dir, file, '--handler', '王经办');
    expect(imported.code, imported.stdout).toBe(0);
    const shortlist = prepared.merge.list.entries.map((e) => e.applicationId);
    expect(imported.json!.result).toMatchObject({
      roundId: 'material',
      listKind: 'defense-shortlist',
      applicationIds: shortlist,
      signer: { expertId: 'e10', role: 'vice-chair-acting' },
    });
    expect(imported.json!.result).toMatchObject({ alreadyImported: false });
    const again = await run('followup', 'import-result', dir, file, '--handler', '王经办');
    expect(again.code, again.stdout).toBe(0);
    expect(again.json!.result).toMatchObject({ alreadyImported: true });
    const words = await cli(['followup', 'show', dir, '--identity', officeFile], env);
    expect(words.stdout).toContain('导入评审结果包');
    // Recorded once, though taken in twice.
    expect(words.stdout.split('导入评审结果包')).toHaveLength(2);

    const defense = await run('followup', 'defense-from-result', dir);
    expect(defense.code, defense.stdout).toBe(0);
    expect(defense.json!.result).toMatchObject({ id: 'defense' });
    expect([...(defense.json!.result as { applications: string[] }).applications].sort()).toEqual(
      [...shortlist].sort(),
    );
  }, 180_000);
});
