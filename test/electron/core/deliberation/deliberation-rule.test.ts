/**
 * The round's 表决规则 in the leader's deliberation (issue 11, point 1): two rounds sealed by the
 * office's own code, one with the default rule and one where the office set a quorum of 3/4
 * before sealing. The same ballot (two of the three members present, both for) passes under the
 * default and has no quorum under 3/4, counted by the deliberation service with the rule the
 * leader's package carries; the state names where the rule came from.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DeliberationState } from '../../../../shared/deliberation/deliberation-views';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { deliberationRule } from '../../../../electron/core/deliberation/deliberation-facts';
import { defaultDeliberationRule } from '../../../../shared/domain/deliberation';
import { mergeRound } from '../merge/merge-round';
import type { MergeRound } from '../merge/merge-round';
import { available, leaderLaptop, valueOf } from './leader-laptop';
import type { LeaderLaptop } from './leader-laptop';

const scratch = await mkdtemp(join(tmpdir(), 'qb-deliberation-rule-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const laptops: LeaderLaptop[] = [];
afterEach(async () => {
  for (const l of laptops.splice(0)) await l.close();
});

/** The leader's laptop on `round`, every member's bundle imported. */
async function withBundles(round: MergeRound, name: string): Promise<LeaderLaptop> {
  const usb = join(scratch, name, 'usb');
  await mkdir(usb, { recursive: true });
  const files: string[] = [];
  for (const id of ['e01', 'e02', 'e03']) {
    const path = join(usb, `${id}-1.qbbundle`);
    await writeFile(path, await round.reviewBundle(id));
    files.push(path);
  }
  const l = await leaderLaptop(round, join(scratch, name, 'data'));
  laptops.push(l);
  l.dialogs.memberBundles = files;
  valueOf(await l.dispatch('deliberation:importBundles', l.place));
  return l;
}

/** Two of the three present (e03 absent from the vote), both for, on the second application. */
async function twoOfThreeFor(l: LeaderLaptop, applicationId: string) {
  const record: DeliberationRecord = {
    kind: 'ballot',
    applicationId,
    ballotNo: 1,
    proposal: 'enter-defense',
    ballot: {
      mode: 'open',
      votes: [
        { expertId: 'e01', vote: 'for' },
        { expertId: 'e02', vote: 'for' },
      ],
    },
  };
  const appended = valueOf<{ number: number; state: DeliberationState }>(
    await l.dispatch('deliberation:append', { ...l.place, record }),
  );
  const state = available(appended.state);
  const summary = state.deliberation.find((d) => d.applicationId === applicationId)!;
  expect(summary.eligibleVoters).toEqual(['e01', 'e02', 'e03']);
  return { rule: state.rule, outcome: summary.ballots[0]!.outcome };
}

describe('the round rule in the deliberation', () => {
  it('counts the same ballot by the rule the package carries', async () => {
    const byDefault = await mergeRound(join(scratch, 'default'));
    const strict = await mergeRound(join(scratch, 'strict'), {
      rule: { quorum: { numerator: 3, denominator: 4 }, pass: { numerator: 2, denominator: 3 } },
    });
    expect(strict.manifests.get('e01')!.deliberationRule).toEqual({
      quorum: { numerator: 3, denominator: 4 },
      pass: { numerator: 2, denominator: 3 },
    });

    const plain = await twoOfThreeFor(
      await withBundles(byDefault, 'default'),
      byDefault.applicationIds[1]!,
    );
    expect(plain.rule).toEqual({
      quorum: { numerator: 2, denominator: 3 },
      pass: { numerator: 2, denominator: 3 },
      source: 'manifest',
    });
    // ⌈3 × 2/3⌉ = 2 present make the quorum; 2 of 2 for pass.
    expect(plain.outcome).toMatchObject({
      outcome: 'passed',
      present: 2,
      requiredPresent: 2,
      forCount: 2,
    });

    const counted = await twoOfThreeFor(
      await withBundles(strict, 'strict'),
      strict.applicationIds[1]!,
    );
    expect(counted.rule).toEqual({
      quorum: { numerator: 3, denominator: 4 },
      pass: { numerator: 2, denominator: 3 },
      source: 'manifest',
    });
    // ⌈3 × 3/4⌉ = 3 present needed: the same two votes make no quorum.
    expect(counted.outcome).toMatchObject({
      outcome: 'no-quorum',
      present: 2,
      requiredPresent: 3,
      forCount: 2,
    });
  });

  it('is the default for a package sealed before manifests carried a rule', () => {
    expect(deliberationRule({})).toEqual({ rule: defaultDeliberationRule, source: 'default' });
  });
});
