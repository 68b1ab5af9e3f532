/**
 * The review-reader vectors of docs/case-format.md, read from the document itself: the plan in,
 * the manifest's reviewReaders out, line by line, with the same keys in the same order.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CaseManifestReviewReadersSchema } from '../../../../shared/case/case-manifest';
import type { OfficeExpert } from '../../../../shared/office/expert-card';
import type { SealingPlan } from '../../../../shared/office/visibility';
import { manifestReviewReaders } from '../../../../electron/core/office/manifest-readers';

const docPath = fileURLToPath(new URL('../../../../docs/case-format.md', import.meta.url));

async function vector(name: string): Promise<string> {
  const text = await readFile(docPath, 'utf8');
  for (const match of text.matchAll(/<!-- vector:([a-z0-9-]+) -->\s*```text\n([\s\S]*?)```/g)) {
    if (match[1] === name) return (match[2] ?? '').trim();
  }
  throw new Error(`docs/case-format.md has no vector "${name}"`);
}

interface VectorPlan extends Omit<SealingPlan, 'standIns' | 'experts'> {
  readonly standIns: Record<string, string>;
  readonly office: string;
  readonly fingerprints: Record<string, string>;
}

describe('the review-reader vectors of docs/case-format.md', () => {
  it('computes the documented reviewReaders from the documented plan', async () => {
    const input = JSON.parse(await vector('review-readers-plan')) as VectorPlan;
    // Only what the builder reads of a registered expert: the card's fingerprint.
    const experts = new Map(
      Object.entries(input.fingerprints).map(([id, fingerprint]) => [
        id,
        { id, name: id, card: { fingerprint } } as unknown as OfficeExpert,
      ]),
    );
    const plan: SealingPlan = {
      ...input,
      standIns: new Map(Object.entries(input.standIns)),
      experts: [...experts.values()],
    };
    const office = {
      name: '办公室',
      fingerprint: input.office,
      signingPublicKey: '',
      ageRecipient: '',
    };
    const lines = manifestReviewReaders(input.applicationIds, plan, experts, office).map((r) =>
      JSON.stringify(CaseManifestReviewReadersSchema.parse(r)),
    );
    expect(lines).toEqual((await vector('review-readers')).split('\n'));
  });
});
