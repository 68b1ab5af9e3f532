/**
 * The review channels through the one validating dispatch, over a round sealed by the office's
 * own code: the undertaking signed in main with the recipient's key (and checked against the
 * package's text), a score refused before it and outside its part's range, a conflict declared
 * with its type and reason and signed, after which main refuses that application's materials,
 * scores and annotations; and a package opened by passphrase alone cannot sign.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { undertakingHolds } from '../../../electron/core/bundle/undertaking';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { identityFileName } from '../../../electron/core/identity/identity-folder';
import type { Identity } from '../../../electron/core/identity';
import { conflictDeclarationHolds } from '../../../electron/core/review';
import { createCoreServices } from '../../../electron/core/services';
import { createFileJsonStore } from '../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../electron/ipc';
import type { Dispatch } from '../../../electron/ipc/dispatch';
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import type { JournalRecord, JournalStatus } from '../../../shared/journal';
import { addConflict, addDefenseRound, setRoundStatus } from '../../../shared/office/office-record';
import type { ReviewContext } from '../../../shared/review/review-context';
import { reviewDraftsOf } from '../../../shared/review/review-draft';
import { reissuePackage, sealRound } from '../../../electron/core/office/office-seal';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';
import { preparedPackageChooser } from '../core/desk/prepared-package-chooser';
import { sealedRound } from '../core/desk/desk-fixtures';
import type { SealedRound } from '../core/desk/desk-fixtures';
import { STRONG, useScratch } from '../core/office/office-fixtures';

const scratch = useScratch();

/** The apps a test started: closed (journal files let go) before the scratch folder goes. */
const started: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const app of started.splice(0)) await app.close();
});

async function keepIdentity(folder: string, identity: Identity): Promise<void> {
  await mkdir(folder, { recursive: true });
  const file = await encodeIdentityFile(identity, STRONG, 10);
  await writeFile(join(folder, identityFileName(identity.card.fingerprint)), file);
}

function startApp(round: SealedRound, dataDir: string, expertId = 'e02') {
  const packages = preparedPackageChooser({ packageFile: round.file(expertId) });
  const services = createCoreServices({
    store: createFileJsonStore(join(dataDir, 'settings')),
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities: preparedIdentities(join(dataDir, 'identities')),
    packageChooser: packages,
    journals: { folder: join(dataDir, 'journals') },
  });
  started.push({
    close: async () => {
      await services.desk.close();
      await services.journal.close();
    },
  });
  return Object.assign(createDispatch(createHandlers(services)), { packages });
}

function refusal(result: unknown): string | undefined {
  const r = result as { ok: boolean; error?: { reason: { code: string } } };
  return r.ok ? undefined : r.error?.reason.code;
}

function valueOf<T>(result: unknown): T {
  const r = result as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function shownJournal(dispatch: Dispatch) {
  const status = valueOf<JournalStatus>(await dispatch('journal:status', {}));
  if (!status.open) throw new Error(`no journal: ${status.reason}`);
  return { caseId: status.caseId, owner: status.owner };
}

async function openedAsRecipient(root: string) {
  const round = await sealedRound(join(root, 'office'));
  const dataDir = join(root, 'laptop');
  const expert = round.identity('e02');
  await keepIdentity(join(dataDir, 'identities'), expert);
  const dispatch = startApp(round, dataDir);
  valueOf(
    await dispatch('identity:unlock', { fingerprint: expert.card.fingerprint, passphrase: STRONG }),
  );
  valueOf(await dispatch('desk:open', { officeFingerprint: round.office.card.fingerprint }));
  const view = valueOf<DeskPackageView>(await dispatch('desk:view', {}));
  const context = valueOf<ReviewContext>(await dispatch('review:context', {}));
  return { round, expert, dispatch, view, context, dataDir };
}

const score = (roundId: string, applicationId: string, partId: string, value: number | null) => ({
  kind: 'review-score' as const,
  roundId,
  applicationId,
  partId,
  score: value,
});

describe('the review channels', () => {
  it('sign the undertaking in main, and take scores only after it and within range', async () => {
    const { expert, dispatch, view, context } = await openedAsRecipient(scratch());
    expect(context.signer).toBe('ready');
    expect(context.round.kind).toBe('material');
    expect(context.undertaking.text.length).toBeGreaterThan(0);
    const journal = await shownJournal(dispatch);
    const app = view.applications[0]!.id;
    const part = context.rubric.criteria[0]!.parts[0]!;

    expect(
      refusal(
        await dispatch('journal:append', {
          journal,
          entry: score(context.round.id, app, part.id, 10),
        }),
      ),
    ).toBe('review-undertaking-unsigned');
    expect(refusal(await dispatch('review:signUndertaking', { textSha256: 'ab'.repeat(32) }))).toBe(
      'review-undertaking-changed',
    );

    const { record } = valueOf<{ record: JournalRecord }>(
      await dispatch('review:signUndertaking', { textSha256: context.undertaking.sha256 }),
    );
    if (record.kind !== 'undertaking-signed') throw new Error(record.kind);
    expect(record.undertaking.statement).toMatchObject({
      caseId: context.caseId,
      roundId: context.round.id,
      textSha256: context.undertaking.sha256,
      fingerprint: expert.card.fingerprint,
    });
    const key = Buffer.from(expert.card.signingPublicKey, 'base64');
    expect(undertakingHolds(record.undertaking, key)).toBe(true);

    const append = (entry: object) => dispatch('journal:append', { journal, entry });
    expect(refusal(await append(score(context.round.id, app, part.id, part.maxPoints + 0.5)))).toBe(
      'review-score-out-of-range',
    );
    expect(refusal(await append(score(context.round.id, app, 'c9p9', 1)))).toBe(
      'review-unknown-rubric-item',
    );
    expect(refusal(await append(score('defense', app, part.id, 1)))).toBe('review-other-round');
    expect(refusal(await append(score(context.round.id, app, part.id, -1)))).toBe('invalid-input');
    const saved = valueOf<{ record: JournalRecord }>(
      await append(score(context.round.id, app, part.id, 12.5)),
    );
    expect(saved.record).toMatchObject({ kind: 'review-score', score: 12.5 });
    const comment = {
      kind: 'review-comment',
      roundId: context.round.id,
      applicationId: app,
      targetId: context.rubric.criteria[0]!.id,
      text: '方法科学。',
    };
    valueOf(await append(comment));
    const status = valueOf<JournalStatus>(await dispatch('journal:status', {}));
    expect(status.open && status.records.map((r) => r.kind)).toEqual([
      'undertaking-signed',
      'review-score',
      'review-comment',
    ]);
  });

  it('close an application in main once a conflict is declared, signed with its type and reason', async () => {
    const { expert, dispatch, view, context } = await openedAsRecipient(scratch());
    valueOf(await dispatch('review:signUndertaking', { textSha256: context.undertaking.sha256 }));
    const journal = await shownJournal(dispatch);
    const target = view.applications[1]!;
    const material = target.materials[0]!.id;
    const other = view.applications[0]!;
    expect(
      valueOf<Uint8Array>(await dispatch('desk:readMaterial', { materialId: material })).length,
    ).toBeGreaterThan(0);

    expect(
      refusal(
        await dispatch('review:declareConflict', {
          applicationId: target.id,
          conflictKind: 'other',
          reason: '  ',
        }),
      ),
    ).toBe('review-conflict-reason');
    expect(
      refusal(
        await dispatch('review:declareConflict', {
          applicationId: 'no-such',
          conflictKind: 'relative',
          reason: '',
        }),
      ),
    ).toBe('review-unknown-application');

    const { record } = valueOf<{ record: JournalRecord }>(
      await dispatch('review:declareConflict', {
        applicationId: target.id,
        conflictKind: 'employed-or-director-within-3-years',
        reason: '2024 年曾任该单位质量顾问',
      }),
    );
    if (record.kind !== 'conflict-declared') throw new Error(record.kind);
    expect(record.declaration.statement).toMatchObject({
      applicationId: target.id,
      roundId: context.round.id,
      conflictKind: 'employed-or-director-within-3-years',
      reason: '2024 年曾任该单位质量顾问',
      fingerprint: expert.card.fingerprint,
    });
    const key = Buffer.from(expert.card.signingPublicKey, 'base64');
    expect(conflictDeclarationHolds(record.declaration, key)).toBe(true);

    // Closed from now on: its materials, its scores, its annotations.
    expect(refusal(await dispatch('desk:readMaterial', { materialId: material }))).toBe(
      'review-application-closed',
    );
    const part = context.rubric.criteria[0]!.parts[0]!.id;
    expect(
      refusal(
        await dispatch('journal:append', {
          journal,
          entry: score(context.round.id, target.id, part, 3),
        }),
      ),
    ).toBe('review-application-closed');
    expect(
      refusal(
        await dispatch('journal:append', {
          journal,
          entry: {
            kind: 'annotation',
            annotationId: 'n1',
            applicationId: target.id,
            target: {
              source: material,
              selector: [{ type: 'TextQuoteSelector', exact: '质量' }],
            },
            body: { type: 'TextualBody', value: '' },
          },
        }),
      ),
    ).toBe('review-application-closed');
    expect(
      refusal(
        await dispatch('review:declareConflict', {
          applicationId: target.id,
          conflictKind: 'relative',
          reason: '',
        }),
      ),
    ).toBe('review-conflict-already-declared');
    // The others stay open.
    valueOf(await dispatch('desk:readMaterial', { materialId: other.materials[0]!.id }));
    valueOf(
      await dispatch('journal:append', {
        journal,
        entry: score(context.round.id, other.id, part, 3),
      }),
    );

    // The desk closed and opened again: the journal read back from disk still closes it.
    valueOf(await dispatch('desk:close', {}));
    valueOf(await dispatch('desk:open', {}));
    expect(refusal(await dispatch('desk:readMaterial', { materialId: material }))).toBe(
      'review-application-closed',
    );
  });

  it('refuse every material before the undertaking when the package can sign, and read it after', async () => {
    const { dispatch, view, context } = await openedAsRecipient(scratch());
    const material = view.applications[0]!.materials[0]!.id;
    expect(refusal(await dispatch('desk:readMaterial', { materialId: material }))).toBe(
      'review-undertaking-before-reading',
    );
    valueOf(await dispatch('review:signUndertaking', { textSha256: context.undertaking.sha256 }));
    expect(
      valueOf<Uint8Array>(await dispatch('desk:readMaterial', { materialId: material })).length,
    ).toBeGreaterThan(0);
  });

  it('refuse to sign for a package opened by its passphrase alone', async () => {
    const round = await sealedRound(join(scratch(), 'office'), { withPassphrases: true });
    const dispatch = startApp(round, join(scratch(), 'laptop'));
    valueOf(
      await dispatch('desk:open', {
        officeFingerprint: round.office.card.fingerprint,
        passphrase: round.passphrase('e02'),
      }),
    );
    const context = valueOf<ReviewContext>(await dispatch('review:context', {}));
    expect(context.signer).toBe('passphrase-only');
    expect(
      refusal(await dispatch('review:signUndertaking', { textSha256: context.undertaking.sha256 })),
    ).toBe('review-needs-identity');
    const view = valueOf<DeskPackageView>(await dispatch('desk:view', {}));
    // It cannot sign and keeps no journal: its materials are read without an undertaking.
    expect(
      valueOf<Uint8Array>(
        await dispatch('desk:readMaterial', { materialId: view.applications[0]!.materials[0]!.id }),
      ).length,
    ).toBeGreaterThan(0);
    expect(
      refusal(
        await dispatch('review:declareConflict', {
          applicationId: view.applications[0]!.id,
          conflictKind: 'relative',
          reason: '',
        }),
      ),
    ).toBe('review-needs-identity');
  });
});

describe('the two rounds', () => {
  it('keep their own rubric, undertaking and scores, and a conflict declared in one closes the application in the other', async () => {
    const { round, dispatch, view, context } = await openedAsRecipient(scratch());
    const [, kept, conflicted] = view.applications;
    const journal = await shownJournal(dispatch);
    valueOf(await dispatch('review:signUndertaking', { textSha256: context.undertaking.sha256 }));
    valueOf(
      await dispatch('review:declareConflict', {
        applicationId: conflicted!.id,
        conflictKind: 'same-recommending-unit-or-region',
        reason: '',
      }),
    );
    valueOf(
      await dispatch('journal:append', {
        journal,
        entry: score('material', kept!.id, 'c1p1', 10),
      }),
    );

    // The office closes the material round and seals the defense round of the shortlist.
    await round.session.update((current) =>
      addDefenseRound(setRoundStatus(current, 'material', 'closed'), {
        materialRoundId: 'material',
        shortlist: [kept!.id, conflicted!.id],
        id: 'defense',
        createdAt: '2026-08-01T09:00:00+08:00',
      }),
    );
    const defenseOut = join(scratch(), 'defense-packages');
    await sealRound(round.session, {
      office: round.office,
      roundId: 'defense',
      outDir: defenseOut,
      withPassphrases: false,
      scryptLogN: 10,
    });
    dispatch.packages.choice.packageFile = join(defenseOut, 'e02.qbcase');
    valueOf(await dispatch('desk:open', {}));

    const defense = valueOf<ReviewContext>(await dispatch('review:context', {}));
    expect(defense.round).toMatchObject({ id: 'defense', kind: 'defense' });
    expect(defense.rubric.roundKind).toBe('defense');
    expect(defense.caseId).toBe(context.caseId);
    const append = (entry: object) => dispatch('journal:append', { journal, entry });
    // Its own undertaking: the material round's signature does not stand for it.
    expect(refusal(await append(score('defense', kept!.id, 'c1p1', 12)))).toBe(
      'review-undertaking-unsigned',
    );
    valueOf(await dispatch('review:signUndertaking', { textSha256: defense.undertaking.sha256 }));
    valueOf(await append(score('defense', kept!.id, 'c1p1', 12)));
    expect(refusal(await append(score('material', kept!.id, 'c1p1', 11)))).toBe(
      'review-other-round',
    );

    const defenseView = valueOf<DeskPackageView>(await dispatch('desk:view', {}));
    const closedMaterial = defenseView.applications.find((a) => a.id === conflicted!.id)!
      .materials[0]!.id;
    expect(refusal(await dispatch('desk:readMaterial', { materialId: closedMaterial }))).toBe(
      'review-application-closed',
    );

    const status = valueOf<JournalStatus>(await dispatch('journal:status', {}));
    const records = status.open ? status.records : [];
    expect(records.filter((r) => r.kind === 'undertaking-signed')).toHaveLength(2);
    expect(reviewDraftsOf(records, 'material').get(kept!.id)?.partScores).toEqual({ c1p1: 10 });
    expect(reviewDraftsOf(records, 'defense').get(kept!.id)?.partScores).toEqual({ c1p1: 12 });
  });
});

describe('a newer package mid-review', () => {
  it('carries the work over to the applications still in it and refuses the one taken out', async () => {
    const { round, dispatch, view, context } = await openedAsRecipient(scratch());
    const [removed, kept] = view.applications;
    const journal = await shownJournal(dispatch);
    valueOf(await dispatch('review:signUndertaking', { textSha256: context.undertaking.sha256 }));
    const append = (entry: object) => dispatch('journal:append', { journal, entry });
    valueOf(await append(score('material', kept!.id, 'c1p1', 10)));
    valueOf(await append(score('material', removed!.id, 'c1p1', 7)));

    // The office finds a conflict late and reissues this person's package without that application.
    await round.session.update((current) =>
      addConflict(current, { expertId: 'e02', applicationId: removed!.id, kind: 'relative' }),
    );
    const out = join(scratch(), 'reissued');
    await reissuePackage(round.session, {
      office: round.office,
      roundId: 'material',
      expertId: 'e02',
      outDir: out,
      scryptLogN: 10,
    });
    dispatch.packages.choice.packageFile = join(out, 'e02.qbcase');
    const opened = valueOf<{ opened: DeskPackageView }>(await dispatch('desk:open', {})).opened;
    expect(opened.sequence).toMatchObject({ kind: 'newer', dropped: [removed!.id] });
    expect(opened.applications.map((a) => a.id)).not.toContain(removed!.id);

    // Same round, same text: the undertaking still holds; the kept work is there and goes on.
    valueOf(await append(score('material', kept!.id, 'c1p2', 11)));
    expect(refusal(await append(score('material', removed!.id, 'c1p1', 8)))).toBe(
      'review-unknown-application',
    );
    const status = valueOf<JournalStatus>(await dispatch('journal:status', {}));
    const drafts = reviewDraftsOf(status.open ? status.records : [], 'material');
    expect(drafts.get(kept!.id)?.partScores).toEqual({ c1p1: 10, c1p2: 11 });
  });
});
