/**
 * The roster statement (名单证明) checked when a package is opened (issue 10, point 4): every
 * package sealed by the office's own code carries one and opens; a package without one (sealed
 * before it existed) is refused saying the office must seal it again; a statement that is not
 * this package's (its signature broken, another office's, another case or round, another
 * person's, other seats, too few sections) is refused saying which part disagrees, even when the
 * office signed everything. Nothing is remembered from a refused package.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signRosterStatement } from '../../../../electron/core/bundle/roster-statement';
import { openPackage } from '../../../../electron/core/desk/open-package';
import type { Identity } from '../../../../electron/core/identity';
import type {
  RosterStatement,
  SignedRosterStatement,
} from '../../../../shared/bundle/roster-statement';
import { bilingualErrorText } from '../../../../shared/errors';
import { person, useScratch } from '../office/office-fixtures';
import { freshStores, rewritePackage, sealedRound } from './desk-fixtures';
import type { SealedRound } from './desk-fixtures';

const scratch = useScratch();

type Manifest = Record<string, unknown> & { rosterStatement?: SignedRosterStatement };

/** e02's package written again by the real office with its manifest changed by `edit`. */
async function rewritten(
  round: SealedRound,
  name: string,
  edit: (m: Manifest) => unknown,
): Promise<string> {
  const identity = round.identity('e02');
  const path = join(scratch(), `${name}.qbcase`);
  await rewritePackage({
    from: round.file('e02'),
    to: path,
    officeFingerprint: round.office.card.fingerprint,
    reader: identity,
    signer: round.office,
    recipients: [identity],
    edit: (m) => edit(m as Manifest),
  });
  return path;
}

/** The manifest with its statement changed and signed again by `signer` (the office by default). */
function resigned(
  signer: Identity,
  change: (s: RosterStatement) => RosterStatement,
): (m: Manifest) => Manifest {
  return (m) => ({
    ...m,
    rosterStatement: signRosterStatement(signer.signingKey, change(m.rosterStatement!.statement)),
  });
}

async function opening(round: SealedRound, path: string) {
  const stores = freshStores();
  const result = openPackage(path, {
    identity: round.identity('e02'),
    officeFingerprint: round.office.card.fingerprint,
    ...stores,
  });
  return { result, stores };
}

describe('the roster statement at open', () => {
  it('is carried by every package the office seals, and opens', async () => {
    const round = await sealedRound(scratch());
    for (const id of ['e01', 'e02', 'e03', 'e09', 'e10']) {
      const opened = await openPackage(round.file(id), {
        identity: round.identity(id),
        officeFingerprint: round.office.card.fingerprint,
        ...freshStores(),
      });
      const statement = opened.manifest.rosterStatement!.statement;
      expect(statement.member.fingerprint).toBe(round.identity(id).card.fingerprint);
      if (id === 'e03') {
        // In conflict with the first application: its package lacks it, the statement counts it.
        expect(statement.reviewSections).toBe(opened.manifest.applications.length + 1);
      }
      await opened.close();
    }
  });

  it('refuses a package sealed before roster statements, saying the office must seal it again', async () => {
    const round = await sealedRound(scratch());
    const path = await rewritten(round, 'no-statement', ({ rosterStatement: _s, ...m }) => m);
    const { result, stores } = await opening(round, path);
    await expect(result).rejects.toMatchObject({ code: 'package-roster-missing' });
    // Nothing remembered: neither the key nor the sequence.
    expect(await stores.pins.pinned(round.report.caseId)).toBeNull();
    const words = bilingualErrorText({ code: 'package-roster-missing', params: {} });
    expect(words).toContain('办公室重新封装');
    expect(words).toContain('The office must seal');
  });

  it('refuses a statement that is not this package’s, naming the part that disagrees', async () => {
    const round = await sealedRound(scratch());
    const other = await person('另一个办公室');
    const e01 = round.identity('e01');
    // e01's statement, signed by the office, lifted from e01's package.
    const e01Opened = await openPackage(round.file('e01'), {
      identity: e01,
      officeFingerprint: round.office.card.fingerprint,
      ...freshStores(),
    });
    const e01Statement = e01Opened.manifest.rosterStatement!;
    await e01Opened.close();

    const cases: [string, (m: Manifest) => unknown, string][] = [
      [
        'a broken office signature',
        (m) => {
          const signature = Buffer.from(m.rosterStatement!.signature, 'base64');
          signature[5] = signature[5]! ^ 0x01;
          return {
            ...m,
            rosterStatement: { ...m.rosterStatement!, signature: signature.toString('base64') },
          };
        },
        'signature',
      ],
      [
        'a statement whose fingerprint is not its keys’',
        resigned(round.office, (s) => ({
          ...s,
          member: { ...s.member, ageRecipient: e01.card.ageRecipient },
        })),
        'signature',
      ],
      [
        'signed by another office, naming it',
        resigned(other, (s) => ({
          ...s,
          office: {
            fingerprint: other.card.fingerprint,
            signingPublicKey: other.card.signingPublicKey,
            ageRecipient: other.card.ageRecipient,
          },
        })),
        'office',
      ],
      [
        'another case',
        resigned(round.office, (s) => ({ ...s, caseId: 'f'.repeat(32) })),
        'case-round',
      ],
      [
        'another round',
        resigned(round.office, (s) => ({ ...s, roundId: 'defense' })),
        'case-round',
      ],
      [
        'another rubric',
        resigned(round.office, (s) => ({ ...s, rubricDigest: '0'.repeat(64) })),
        'case-round',
      ],
      [
        'another package sequence',
        resigned(round.office, (s) => ({ ...s, packageSequence: s.packageSequence + 1 })),
        'case-round',
      ],
      ['another person’s statement', (m) => ({ ...m, rosterStatement: e01Statement }), 'member'],
      [
        'other seats',
        resigned(round.office, (s) => ({
          ...s,
          member: { ...s.member, seats: [{ role: 'leader', groupId: 'g1' }] },
        })),
        'member',
      ],
      [
        'too few sections',
        resigned(round.office, (s) => ({ ...s, reviewSections: 1 })),
        'sections',
      ],
    ];
    for (const [name, edit, part] of cases) {
      const path = await rewritten(round, name, edit);
      const { result, stores } = await opening(round, path);
      await expect(result, name).rejects.toMatchObject({
        code: 'package-roster-mismatch',
        params: { part },
      });
      expect(await stores.pins.pinned(round.report.caseId), name).toBeNull();
    }
  });
});
