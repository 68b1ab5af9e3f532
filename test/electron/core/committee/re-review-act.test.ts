/**
 * The committee's re-review of an objection (Article 21) as a signed act over a real sealed
 * round: signed by the vice-chair acting for the chair, opened and checked by the office, refused
 * to anyone else, for another result, when signed by a leader, or when changed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { isAppError } from '../../../../shared/errors';
import { encryptToRecipients } from '../../../../electron/core/crypto/age-recipients';
import type { ReReviewDecision } from '../../../../electron/core/committee';
import { openReReviewAct, writeReReviewAct } from '../../../../electron/core/committee';
import { committeeRound } from './committee-round';

const scratch = await mkdtemp(join(tmpdir(), 'qb-rereview-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await committeeRound(join(scratch, 'round'));
const manifest = round.manifests.get('e10')!;
const resultDigest = 'ab'.repeat(32);
const decision: ReReviewDecision = {
  caseId: manifest.caseId,
  roundId: manifest.round.id,
  resultDigest,
  objectionId: 'obj-1',
  applicationId: round.applicationIds[0]!,
  outcome: 'objection-rejected',
  effect: 'keep',
  opinion: '经复核，异议所述情况与事实不符，维持原结论。',
  decidedAt: '2026-12-10T10:00:00+08:00',
};
const expectations = {
  officeFingerprint: round.office.card.fingerprint,
  caseId: manifest.caseId,
  roundId: manifest.round.id,
  resultDigest,
};

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

const bytes = await writeReReviewAct({
  identity: round.identity('e10'),
  roster: manifest.rosterStatement!,
  decision,
});

describe('the re-review act', () => {
  it('is opened and checked by the office, recording the vice-chair as acting for the chair', async () => {
    const { statement } = await openReReviewAct(bytes, round.office.ageIdentity, expectations);
    expect(statement).toMatchObject({
      ...decision,
      signer: {
        expertId: 'e10',
        fingerprint: round.identity('e10').card.fingerprint,
        role: 'vice-chair-acting',
      },
    });
    // The opinion is never in the clear.
    expect(Buffer.from(bytes).includes(Buffer.from('异议所述', 'utf8'))).toBe(false);
  });

  it('is the chair\'s as "chair" when the chair signs', async () => {
    const chairManifest = round.manifests.get('e09')!;
    const act = await writeReReviewAct({
      identity: round.identity('e09'),
      roster: chairManifest.rosterStatement!,
      decision,
    });
    const { statement } = await openReReviewAct(act, round.office.ageIdentity, expectations);
    expect(statement.signer.role).toBe('chair');
  });

  it('is refused for another result, to another identity, and signed by a leader', async () => {
    expect(
      await refusal(() =>
        openReReviewAct(bytes, round.office.ageIdentity, {
          ...expectations,
          resultDigest: 'cd'.repeat(32),
        }),
      ),
    ).toBe('re-review-other-result');
    expect(await refusal(() => openReReviewAct(bytes, round.identity('e01').ageIdentity))).toBe(
      're-review-malformed',
    );
    expect(
      await refusal(() =>
        writeReReviewAct({
          identity: round.identity('e01'),
          roster: round.manifests.get('e01')!.rosterStatement!,
          decision,
        }),
      ),
    ).toBe('re-review-invalid');
  });

  it('is refused when changed', async () => {
    const changed = Buffer.from(bytes);
    changed[changed.length - 20]! ^= 1;
    expect(await refusal(() => openReReviewAct(changed, round.office.ageIdentity))).toBe(
      're-review-malformed',
    );
  });

  it('is refused when its statement was rewritten under the same signature', async () => {
    const { act } = await openReReviewAct(bytes, round.office.ageIdentity);
    const rewritten = {
      ...act,
      statement: { ...act.statement, outcome: 'objection-upheld', effect: 'remove' },
    };
    const sealed = await encryptToRecipients(Buffer.from(canonicalJson(rewritten), 'utf8'), [
      round.office.card.ageRecipient,
    ]);
    expect(await refusal(() => openReReviewAct(sealed, round.office.ageIdentity))).toBe(
      're-review-invalid',
    );
  });
});
