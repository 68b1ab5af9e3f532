/**
 * qbreview merge --group counts ballots with the round's rule its package carries (issue 11,
 * point 1): the office set a quorum of 3/4 before sealing, so two of three members present carry
 * no decision, as the default 2/3 would; --quorum on the command line stands in for the
 * package's share, and the result names the rule used.
 */
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeIdentityFile } from '../../../electron/core/identity';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { mergeRound } from '../core/merge/merge-round';
import { cli } from './run-cli';

const scratch = await mkdtemp(join(tmpdir(), 'qb-merge-rule-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const threeQuarters = { numerator: 3, denominator: 4 };
const twoThirds = { numerator: 2, denominator: 3 };
const round = await mergeRound(join(scratch, 'round'), {
  rule: { quorum: threeQuarters, pass: twoThirds },
});
const app2 = round.applicationIds[1]!;

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}

const identity = await file(
  'e01.qbid',
  await encodeIdentityFile(round.identity('e01'), 'leader-pass-2026', 10),
);
const env = { QBREVIEW_STATE_DIR: join(scratch, 'state'), QBREVIEW_PASSPHRASE: 'leader-pass-2026' };
const bundles = [
  await file('e01.qbbundle', await round.reviewBundle('e01')),
  await file('e02.qbbundle', await round.reviewBundle('e02')),
  await file('e03.qbbundle', await round.reviewBundle('e03')),
];
/** Two of the three present, both for, then the decision the ballot proposed. */
const records: DeliberationRecord[] = [
  {
    kind: 'ballot',
    applicationId: app2,
    ballotNo: 1,
    proposal: 'enter-defense',
    ballot: {
      mode: 'open',
      votes: [
        { expertId: 'e01', vote: 'for' },
        { expertId: 'e02', vote: 'for' },
      ],
    },
  },
  { kind: 'decision', applicationId: app2, decision: 'enter-defense' },
];
const recordsFile = await file('records.json', JSON.stringify(records));

const merge = (out: string, extra: string[] = []) =>
  cli(
    [
      'merge',
      '--group',
      ...bundles,
      '--identity',
      identity,
      '--package',
      round.sealed.file('e01'),
      '--office-fingerprint',
      round.sealed.office.card.fingerprint,
      '--sequence',
      '1',
      '--records',
      recordsFile,
      '--out',
      out,
      '--json',
      ...extra,
    ],
    env,
  );

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('qbreview merge --group and the round rule', () => {
  it('counts with the package’s rule unless a share is given', async () => {
    const refusedOut = join(scratch, 'refused.qbbundle');
    const refused = await merge(refusedOut);
    expect(refused.code, refused.stdout + refused.stderr).toBe(1);
    // ⌈3 × 3/4⌉ = 3 present needed: the ballot had no quorum, so nothing carried the decision.
    expect(refused.json!.error!.code).toBe('merge-decision-not-voted');
    expect(await exists(refusedOut)).toBe(false);

    const out = join(scratch, 'g1.qbbundle');
    const given = await merge(out, ['--quorum', '2/3']);
    expect(given.code, given.stdout + given.stderr).toBe(0);
    expect((given.json!.result as { rule: unknown }).rule).toEqual({
      quorum: twoThirds,
      pass: twoThirds,
    });
    expect(await exists(out)).toBe(true);
  });
});
