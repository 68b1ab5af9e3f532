/**
 * The chair's reports export is recorded in the journal (`committee-reports-exported`), as the
 * result bundle is: through the one validating dispatch over the real core, each export names its
 * folder and every file with the SHA-256 of the bytes on disk, numbered in the round, and comes
 * back in the state (and after a restart); a cancelled dialog records nothing; an export whose
 * record cannot be written (the identity locked while the dialog was open) leaves no folder.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type {
  AvailableCommitteeDesk,
  CommitteeDeskState,
  ReportsExported,
} from '../../../shared/committee-desk/committee-desk-views';
import { STRONG } from '../core/office/office-fixtures';
import { committeeRound } from '../core/committee/committee-round';
import { chairLaptop } from '../core/committee-desk/chair-laptop';
import type { ChairLaptop } from '../core/committee-desk/chair-laptop';
import { refusal, valueOf } from '../core/deliberation/leader-laptop';

const scratch = await mkdtemp(join(tmpdir(), 'qb-committee-reports-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const root = join(scratch, 'round');
const round = await committeeRound(root);
const packages = join(root, 'packages');

async function onStick(bytes: Uint8Array, name: string) {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}
const g1 = await onStick(await round.groupBundle('e01'), 'g1.qbbundle');
const g2 = await onStick(await round.groupBundle('e04'), 'g2.qbbundle');

const laptops: ChairLaptop[] = [];
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
});
async function laptop(dir: string) {
  const l = await chairLaptop(round, packages, join(scratch, dir));
  laptops.push(l);
  return l;
}
function open(state: CommitteeDeskState): AvailableCommitteeDesk {
  if (!state.available) throw new Error(`not available: ${state.reason}`);
  return state;
}
const stateOf = async (l: ChairLaptop) =>
  open(valueOf<CommitteeDeskState>(await l.dispatch('committee:state', {})));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Answer = { exported: ReportsExported | null; state: CommitteeDeskState };

describe('committee: the reports export in the journal', () => {
  it('records each export with its files’ SHA-256, numbered, and shows it after a restart', async () => {
    const l = await laptop('chair');
    l.dialogs.groupBundles = [g1, g2];
    valueOf(await l.dispatch('committee:importBundles', l.place));
    const reports = join(scratch, 'reports');
    await mkdir(reports);
    l.dialogs.reportFolder = reports;

    const first = valueOf<Answer>(await l.dispatch('committee:exportReports', l.place));
    const exported = first.exported!;
    expect(exported.sequence).toBe(1);
    // Named as the chair's case names the round, and whose reports they are.
    expect(exported.folderName).toBe('评审报告-2026年资料评审-评审委员会');
    const folder = join(reports, exported.folderName);
    const onDisk = (await readdir(folder)).sort();
    expect(exported.files.map((f) => f.name).sort()).toEqual(onDisk);
    expect(onDisk).toEqual(expect.arrayContaining(['入围答辩名单.docx', '入围答辩名单.xlsx']));
    for (const f of exported.files) {
      expect(f.sha256).toBe(sha256(await readFile(join(folder, f.name))));
    }
    const state = open(first.state);
    expect(exported.mergeDigest).toBe(state.mergeDigest);
    expect(state.reportExports).toEqual([exported]);

    // A second export: a folder of its own, the next number, both kept.
    const second = valueOf<Answer>(await l.dispatch('committee:exportReports', l.place));
    expect(second.exported!.sequence).toBe(2);
    expect(second.exported!.folderName).toBe(`${exported.folderName}-2`);
    expect(open(second.state).reportExports.map((r) => r.sequence)).toEqual([1, 2]);

    // A cancelled dialog: nothing written, nothing recorded.
    l.dialogs.reportFolder = null;
    const cancelled = valueOf<Answer>(await l.dispatch('committee:exportReports', l.place));
    expect(cancelled.exported).toBeNull();
    expect(open(cancelled.state).reportExports).toHaveLength(2);

    const before = await stateOf(l);
    await l.close();
    laptops.splice(laptops.indexOf(l), 1);
    const restarted = await laptop('chair');
    expect((await stateOf(restarted)).reportExports).toEqual(before.reportExports);
  });

  it('removes the folder again when the record cannot be written', async () => {
    const l = await laptop('locked');
    l.dialogs.groupBundles = [g1, g2];
    valueOf(await l.dispatch('committee:importBundles', l.place));
    const reports = join(scratch, 'reports-locked');
    await mkdir(reports);
    // The identity locks (the auto-lock, say) while the folder dialog is open: the files are
    // written, the journal then refuses the record, and the folder goes with it.
    l.dialogs.chooseReportFolder = async () => {
      valueOf(await l.dispatch('identity:lock', {}));
      return reports;
    };
    const answer = await l.dispatch('committee:exportReports', l.place);
    expect(refusal(answer)?.code).toBe('no-identity-unlocked');
    expect(await readdir(reports)).toEqual([]);

    const identity = round.identity('e09');
    valueOf(
      await l.dispatch('identity:unlock', {
        fingerprint: identity.card.fingerprint,
        passphrase: STRONG,
      }),
    );
    expect((await stateOf(l)).reportExports).toEqual([]);
  });
});
