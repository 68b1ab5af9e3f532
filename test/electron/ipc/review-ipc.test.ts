/**
 * The review channels through the one validating dispatch, over a round sealed by the office's
 * own code: the undertaking signed in main with the recipient's key (and checked against the
 * package's text), a score refused before it and outside its part's range, a conflict declared
 * with its type and reason and signed, after which main refuses that application's materials,
 * scores and annotations; and a package opened by passphrase alone cannot sign.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
import type { ReviewContext } from '../../../shared/review/review-context';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';
import { preparedPackageChooser } from '../core/desk/prepared-package-chooser';
import { sealedRound } from '../core/desk/desk-fixtures';
import type { SealedRound } from '../core/desk/desk-fixtures';
import { STRONG, useScratch } from '../core/office/office-fixtures';

const scratch = useScratch();

async function keepIdentity(folder: string, identity: Identity): Promise<void> {
  await mkdir(folder, { recursive: true });
  const file = await encodeIdentityFile(identity, STRONG, 10);
  await writeFile(join(folder, identityFileName(identity.card.fingerprint)), file);
}

function startApp(round: SealedRound, dataDir: string, expertId = 'e02') {
  const services = createCoreServices({
    store: createFileJsonStore(join(dataDir, 'settings')),
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities: preparedIdentities(join(dataDir, 'identities')),
    packageChooser: preparedPackageChooser({ packageFile: round.file(expertId) }),
    journals: { folder: join(dataDir, 'journals') },
  });
  return createDispatch(createHandlers(services));
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
  return { round, expert, dispatch, view, context };
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
