/**
 * The office e2e step of setting up a round's panel through the app's own channels (the panel
 * e2e drives the same steps by hand): every imported application in the material round, the
 * fixture's four experts registered from their cards, the committee, optionally the one group
 * (第一专业组, every application assigned to it), conflicts by 申报编号 and the defense round;
 * then the window is reloaded, so the screens show the record as main holds it, and the office's
 * screen named is waited for.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ConflictKind } from '../../shared/domain/conflict';
import type { Api } from '../../shared/ipc/api';
import { fixtureExperts } from './office-fixture';

export interface PanelPlan {
  readonly committee: { readonly chairId: string; readonly viceChairId?: string };
  /** The group g01 (第一专业组), every application of the round assigned to it. */
  readonly group?: { readonly leaderId: string; readonly memberIds: readonly string[] };
  readonly conflicts?: readonly {
    readonly expertId: string;
    readonly applicationNo: string;
    readonly kind: ConflictKind;
  }[];
  /** The defense round, every application on the shortlist (as the result's import opens it). */
  readonly defenseRound?: boolean;
  /** The office's navigation entry waited for after the reload. */
  readonly landOn: string;
}

/** Sets up the panel `plan` describes; fails the test naming every step main refused. */
export async function setUpPanelThroughApp(
  page: Page,
  cards: Readonly<Record<string, string>>,
  plan: PanelPlan,
): Promise<void> {
  const failed = await page.evaluate(
    async ([experts, cardsByExpert, steps]) => {
      const office = (window as unknown as { qbr: Api }).qbr.office;
      const problems: string[] = [];
      const check = (step: string, result: { ok: boolean }) => {
        if (!result.ok) problems.push(`${step}: ${JSON.stringify(result)}`);
      };
      const overview = await office.overview({});
      if (!overview.ok) return ['overview'];
      const ids = new Map(overview.value.record.applications.map((a) => [a.applicationNo, a.id]));
      const applicationIds = [...ids.values()];
      check('round', await office.setRoundApplications({ roundId: 'material', applicationIds }));
      for (const expert of experts) {
        const card = cardsByExpert[expert.id]!;
        check(
          expert.id,
          await office.registerExpert({
            card,
            id: expert.id,
            role: expert.role === 'expert' ? 'member' : expert.role,
            fingerprint: (JSON.parse(card) as { fingerprint: string }).fingerprint,
            fields: [],
            industries: [],
          }),
        );
      }
      const { chairId, viceChairId } = steps.committee;
      check(
        'committee',
        await office.setCommittee(
          viceChairId === undefined ? { chairId } : { chairId, viceChairId },
        ),
      );
      if (steps.group !== undefined) {
        check(
          'group',
          await office.setGroup({
            id: 'g01',
            name: '第一专业组',
            leaderId: steps.group.leaderId,
            memberIds: [...steps.group.memberIds],
          }),
        );
        for (const applicationId of applicationIds) {
          check(
            'assign',
            await office.assign({ roundId: 'material', applicationId, groupId: 'g01' }),
          );
        }
      }
      for (const { expertId, applicationNo, kind } of steps.conflicts ?? []) {
        check(
          `${expertId}/${applicationNo}`,
          await office.addConflict({ expertId, applicationId: ids.get(applicationNo)!, kind }),
        );
      }
      if (steps.defenseRound === true) {
        check(
          'defense',
          await office.addDefenseRound({ materialRoundId: 'material', shortlist: applicationIds }),
        );
      }
      return problems;
    },
    [fixtureExperts, cards, plan] as const,
  );
  expect(failed).toEqual([]);
  // The renderer asks main for the record again, as after a restart of the window.
  await page.reload();
  await page.getByRole('radio', { name: '办公室' }).click();
  await page.getByRole('navigation').getByRole('button', { name: plan.landOn }).waitFor();
}
