/**
 * Submitting the review (issue 10, point 5) through the one validating dispatch, over a round
 * sealed by the office's own code with the chair in conflict with the second application: the
 * expert signs, declares a conflict with the third, is refused while an open application is
 * incomplete (named by 申报编号), scores the rest and submits. The bundle verifies with no key
 * (and with `qbreview bundle verify --json`), a copy with one flipped byte does not; the leader
 * opens every section, the chair not the one they are in conflict with. After submitting the
 * review is locked until reopened; a resubmission is sequence 2, both files verify, and a bundle
 * of sequence 1 written from a lost journal meets the first as equivocation. The 评审意见表 is a
 * Word file holding the scores.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ReviewBundleHistory,
  historyEntryOf,
  openReviewBundle,
  verifyReviewBundle,
} from '../../../electron/core/bundle';
import { encodeIdentityFile } from '../../../electron/core/identity/identity-file';
import { identityFileName } from '../../../electron/core/identity/identity-folder';
import { sealRound } from '../../../electron/core/office/office-seal';
import { createCoreServices } from '../../../electron/core/services';
import { createFileJsonStore } from '../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../electron/ipc';
import type { Dispatch } from '../../../electron/ipc/dispatch';
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import type { JournalStatus } from '../../../shared/journal';
import { addConflict } from '../../../shared/office/office-record';
import type { ReviewContext } from '../../../shared/review/review-context';
import type { ReviewSubmission } from '../../../shared/review/review-submission';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { preparedReviewChooser } from '../core/review/prepared-review-chooser';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';
import { preparedPackageChooser } from '../core/desk/prepared-package-chooser';
import { sealableCase } from '../core/office/sealable-case';
import type { SealableCase } from '../core/office/sealable-case';
import { STRONG, useScratch } from '../core/office/office-fixtures';
import { cli } from '../cli/run-cli';

const scratch = useScratch();

const started: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const app of started.splice(0)) await app.close();
});

interface Round extends SealableCase {
  readonly out: string;
  file(expertId: string): string;
  /** The package's passphrase (sealed with passphrases only). */
  passphrase(expertId: string): string;
}

/** The material round, the chair e09 in conflict with the second application, sealed. */
async function sealedWithChairConflict(root: string, withPassphrases = false): Promise<Round> {
  const s = await sealableCase(root);
  await s.session.update((c) =>
    addConflict(c, { expertId: 'e09', applicationId: s.applicationIds[1]!, kind: 'relative' }),
  );
  const out = join(root, 'packages');
  const report = await sealRound(s.session, {
    office: s.office,
    roundId: 'material',
    outDir: out,
    scryptLogN: 10,
    withPassphrases,
  });
  return {
    ...s,
    out,
    file: (id) => join(out, `${id}.qbcase`),
    passphrase: (id) => report.packages.find((p) => p.expertId === id)!.passphrase!,
  };
}

/** Answers both of the review's dialogs with the folder the test sets (null: cancelled). */
function settableChooser() {
  const chooser = preparedReviewChooser();
  const choose = (folder: string | null) => {
    chooser.choices.bundleFolder = folder;
    chooser.choices.opinionFormFolder = folder;
  };
  return { chooser, choose };
}

function valueOf<T>(result: unknown): T {
  const r = result as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

function refusal(result: unknown): { code: string; params: Record<string, unknown> } | undefined {
  const r = result as {
    ok: boolean;
    error?: { reason: { code: string; params: Record<string, unknown> } };
  };
  return r.ok ? undefined : r.error?.reason;
}

/**
 * A laptop of e02 with their identity, the package open with it and the undertaking signed;
 * or (`by: 'passphrase'`) the package opened by its passphrase alone, or left unsigned.
 */
async function laptop(
  round: Round,
  dataDir: string,
  how: { by?: 'identity' | 'passphrase'; sign?: boolean; expertId?: string } = {},
) {
  const expertId = how.expertId ?? 'e02';
  const identity = round.people.get(expertId)!;
  await mkdir(join(dataDir, 'identities'), { recursive: true });
  await writeFile(
    join(dataDir, 'identities', identityFileName(identity.card.fingerprint)),
    await encodeIdentityFile(identity, STRONG, 10),
  );
  const dialogs = settableChooser();
  const services = createCoreServices({
    store: createFileJsonStore(join(dataDir, 'settings')),
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities: preparedIdentities(join(dataDir, 'identities')),
    packageChooser: preparedPackageChooser({ packageFile: round.file(expertId) }),
    journals: { folder: join(dataDir, 'journals') },
    reviewChooser: dialogs.chooser,
  });
  started.push({
    close: async () => {
      await services.desk.close();
      await services.journal.close();
    },
  });
  const dispatch = createDispatch(createHandlers(services));
  const fingerprint = identity.card.fingerprint;
  const officeFingerprint = round.office.card.fingerprint;
  if (how.by === 'passphrase') {
    valueOf(
      await dispatch('desk:open', { officeFingerprint, passphrase: round.passphrase(expertId) }),
    );
    const view = valueOf<DeskPackageView>(await dispatch('desk:view', {}));
    const context = valueOf<ReviewContext>(await dispatch('review:context', {}));
    return { dispatch, view, context, journal: null, dialogs, identity };
  }
  valueOf(await dispatch('identity:unlock', { fingerprint, passphrase: STRONG }));
  valueOf(await dispatch('desk:open', { officeFingerprint }));
  const view = valueOf<DeskPackageView>(await dispatch('desk:view', {}));
  const context = valueOf<ReviewContext>(await dispatch('review:context', {}));
  if (how.sign !== false) {
    valueOf(await dispatch('review:signUndertaking', { textSha256: context.undertaking.sha256 }));
  }
  const status = valueOf<JournalStatus>(await dispatch('journal:status', {}));
  if (!status.open) throw new Error(status.reason);
  const journal = { caseId: status.caseId, owner: status.owner };
  return { dispatch, view, context, journal, dialogs, identity };
}

type Laptop = Awaited<ReturnType<typeof laptop>>;

/** Scores every part (`bonus` below its maximum), an overall comment and a recommendation. */
async function reviewFully(l: Laptop, applicationId: string, bonus = 1) {
  const place = { roundId: l.context.round.id, applicationId };
  const append = async (entry: Record<string, unknown>) =>
    valueOf(
      await l.dispatch('journal:append', { journal: l.journal, entry: { ...entry, ...place } }),
    );
  for (const criterion of l.context.rubric.criteria) {
    for (const part of criterion.parts) {
      await append({ kind: 'review-score', partId: part.id, score: part.maxPoints - bonus });
    }
  }
  await append({ kind: 'review-overall', field: 'strengths', text: '体系完整，数据详实。' });
  await append({ kind: 'review-recommendation', recommendation: 'recommend' });
}

const submit = (dispatch: Dispatch, roundId: string) => dispatch('review:submit', { roundId });

describe('review:submit', () => {
  it('signs a bundle that verifies, that each reader opens as the manifest allows, and locks', async () => {
    const root = scratch();
    const round = await sealedWithChairConflict(join(root, 'office'));
    const l = await laptop(round, join(root, 'laptop'));
    const roundId = l.context.round.id;
    const [a1, a2, a3] = l.view.applications;
    valueOf(
      await l.dispatch('review:declareConflict', {
        applicationId: a3!.id,
        conflictKind: 'relative',
        reason: '',
      }),
    );

    // Incomplete: both open applications named; the conflicted one is not.
    await reviewFully(l, a1!.id);
    const incomplete = refusal(await submit(l.dispatch, roundId));
    expect(incomplete).toEqual({
      code: 'review-incomplete',
      params: { applicationNos: [a2!.applicationNo] },
    });
    await reviewFully(l, a2!.id, 2);

    // Cancelled dialog: nothing written, nothing locked.
    l.dialogs.choose(null);
    expect(valueOf(await submit(l.dispatch, roundId))).toEqual({ submission: null });
    expect(valueOf<ReviewContext>(await l.dispatch('review:context', {})).locked).toBe(false);

    const usb = join(root, 'usb');
    await mkdir(usb);
    l.dialogs.choose(usb);
    const first = valueOf<{ submission: ReviewSubmission }>(await submit(l.dispatch, roundId));
    expect(first.submission).toMatchObject({ sequence: 1, applications: 3 });
    expect(await readdir(usb)).toEqual([first.submission.fileName]);

    const bytes = await readFile(join(usb, first.submission.fileName));
    const manifestFacts = {
      officeFingerprint: round.office.card.fingerprint,
      caseId: l.context.caseId,
      roundId,
    };
    const verified = verifyReviewBundle(bytes, manifestFacts);
    expect(verified.header.sequence).toBe(1);
    expect(verified.header.author.fingerprint).toBe(l.identity.card.fingerprint);
    // Three applications in the group: three sections, whatever was conflicted.
    expect(verified.header.sections).toHaveLength(3);

    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 200]! ^= 0x01;
    expect(() => verifyReviewBundle(flipped, manifestFacts)).toThrow();

    // The leader reads every section; the conflicted application's is the declaration.
    const leader = await openReviewBundle(verified, round.people.get('e01')!);
    const byApp = new Map(leader.sections.map((s) => [s.section.applicationId, s.section]));
    expect([...byApp.keys()].sort()).toEqual([a1!.id, a2!.id, a3!.id].sort());
    const r1 = byApp.get(a1!.id)!.outcome;
    if (r1.kind !== 'review') throw new Error(r1.kind);
    expect(r1.recommendation).toBe('recommend');
    expect(r1.overall.strengths).toBe('体系完整，数据详实。');
    expect(byApp.get(a3!.id)!.outcome.kind).toBe('conflict');
    expect(byApp.get(a1!.id)!.materials.length).toBeGreaterThan(0);

    // The chair, in conflict with the second application, never opens its section.
    const chair = await openReviewBundle(verified, round.people.get('e09')!);
    const chairApps = chair.sections.map((s) => s.section.applicationId).sort();
    expect(chairApps).toEqual([a1!.id, a3!.id].sort());
    expect(chair.notForReader).toHaveLength(1);

    // Locked: edits and declarations refused; the context says submitted.
    const context = valueOf<ReviewContext>(await l.dispatch('review:context', {}));
    expect(context.locked).toBe(true);
    expect(context.submissions).toEqual([
      { sequence: 1, fileName: first.submission.fileName, at: expect.any(String) },
    ]);
    const part = l.context.rubric.criteria[0]!.parts[0]!;
    const edit = {
      kind: 'review-score',
      roundId,
      applicationId: a1!.id,
      partId: part.id,
      score: 1,
    };
    expect(
      refusal(await l.dispatch('journal:append', { journal: l.journal, entry: edit }))?.code,
    ).toBe('review-submitted-locked');

    // The CLI verifies the file with no key.
    const run = await cli(['bundle', 'verify', join(usb, first.submission.fileName), '--json']);
    expect(run.code).toBe(0);
    expect(run.json?.result).toMatchObject({ bundles: [{ sequence: 1, sections: 3 }] });
    const flippedFile = join(root, 'flipped.qbbundle');
    await writeFile(flippedFile, flipped);
    const bad = await cli(['bundle', 'verify', flippedFile, '--json']);
    expect(bad.code).toBe(1);
    expect(bad.json?.error?.code).toMatch(/^bundle-/);
  });

  it('reopens, resubmits as sequence 2, and a second sequence 1 meets the first as equivocation', async () => {
    const root = scratch();
    const round = await sealedWithChairConflict(join(root, 'office'));
    const l = await laptop(round, join(root, 'laptop'));
    const roundId = l.context.round.id;
    for (const a of l.view.applications) await reviewFully(l, a.id);
    const usb = join(root, 'usb');
    await mkdir(usb);
    l.dialogs.choose(usb);

    expect(refusal(await l.dispatch('review:reopen', { roundId }))?.code).toBe(
      'review-not-submitted',
    );
    const first = valueOf<{ submission: ReviewSubmission }>(await submit(l.dispatch, roundId));
    const reopened = valueOf<{ record: { kind: string } }>(
      await l.dispatch('review:reopen', { roundId }),
    );
    expect(reopened.record.kind).toBe('review-reopened');
    expect(valueOf<ReviewContext>(await l.dispatch('review:context', {})).locked).toBe(false);
    // Edits are taken again.
    await reviewFully(l, l.view.applications[0]!.id, 3);
    const second = valueOf<{ submission: ReviewSubmission }>(await submit(l.dispatch, roundId));
    expect([first.submission.sequence, second.submission.sequence]).toEqual([1, 2]);
    // Saved under the names the dialog offered: words, ids of nothing, no application's name.
    expect(l.dialogs.chooser.offered).toEqual([
      first.submission.fileName,
      second.submission.fileName,
    ]);
    expect(first.submission.fileName).toMatch(/^评审意见包_2026年资料评审_.+_第1次提交\.qbbundle$/);
    expect(second.submission.fileName).toMatch(/_第2次提交\.qbbundle$/);
    for (const a of l.view.applications) {
      expect(first.submission.fileName).not.toContain(a.applicantName);
      expect(first.submission.fileName).not.toContain(a.applicationNo);
    }
    const context = valueOf<ReviewContext>(await l.dispatch('review:context', {}));
    expect(context.locked).toBe(true);
    expect(context.submissions.map((s) => s.sequence)).toEqual([1, 2]);

    const history = new ReviewBundleHistory();
    for (const s of [first, second]) {
      const verified = verifyReviewBundle(await readFile(join(usb, s.submission.fileName)));
      expect(history.admit(historyEntryOf(verified)).kind).toBe('added');
    }

    // The same person on a laptop that lost the journal, to a folder without the first two:
    // sequence 1 again, other content.
    const other = await laptop(round, join(root, 'laptop-2'));
    for (const a of other.view.applications) await reviewFully(other, a.id, 2);
    const usb2 = join(root, 'usb-2');
    await mkdir(usb2);
    other.dialogs.choose(usb2);
    const again = valueOf<{ submission: ReviewSubmission }>(await submit(other.dispatch, roundId));
    expect(again.submission.sequence).toBe(1);
    const equivocating = verifyReviewBundle(await readFile(join(usb2, again.submission.fileName)));
    expect(() => history.admit(historyEntryOf(equivocating))).toThrow(
      expect.objectContaining({ code: 'bundle-equivocation' }),
    );
    const run = await cli([
      'bundle',
      'verify',
      join(usb, first.submission.fileName),
      join(usb2, again.submission.fileName),
      '--json',
    ]);
    expect(run.json?.error?.code).toBe('bundle-equivocation');

    // Into the first folder, the lost journal still cannot reuse a number a file there has.
    valueOf(await other.dispatch('review:reopen', { roundId }));
    other.dialogs.choose(usb);
    const next = valueOf<{ submission: ReviewSubmission }>(await submit(other.dispatch, roundId));
    expect(next.submission.sequence).toBe(3);
    // Offered as the second (its journal knew one), saved as the third the folder made it.
    expect(other.dialogs.chooser.offered.at(-1)).toMatch(/_第2次提交\.qbbundle$/);
    expect(next.submission.fileName).toMatch(/_第3次提交\.qbbundle$/);
    expect(await readdir(usb)).toContain(next.submission.fileName);
  });

  it('is refused without the identity, before the undertaking and for another round', async () => {
    const root = scratch();
    const round = await sealedWithChairConflict(join(root, 'office'), true);
    const usb = join(root, 'usb');
    await mkdir(usb);

    const byPassphrase = await laptop(round, join(root, 'laptop-1'), { by: 'passphrase' });
    byPassphrase.dialogs.choose(usb);
    const roundId = byPassphrase.context.round.id;
    const applicationId = byPassphrase.view.applications[0]!.id;
    expect(byPassphrase.context).toMatchObject({ signer: 'passphrase-only', locked: false });
    for (const result of [
      await submit(byPassphrase.dispatch, roundId),
      await byPassphrase.dispatch('review:reopen', { roundId }),
      await byPassphrase.dispatch('review:exportOpinionForm', { roundId, applicationId }),
    ]) {
      expect(refusal(result)?.code).toBe('review-needs-identity');
    }

    const unsigned = await laptop(round, join(root, 'laptop-2'), { sign: false });
    unsigned.dialogs.choose(usb);
    expect(refusal(await submit(unsigned.dispatch, roundId))?.code).toBe(
      'review-undertaking-unsigned',
    );
    const signed = await laptop(round, join(root, 'laptop-3'));
    signed.dialogs.choose(usb);
    expect(refusal(await submit(signed.dispatch, 'defense'))?.code).toBe('review-other-round');
    // The progress view lists what each reviews: the member every application of the group,
    // the chair (who sees the whole round) none.
    expect(signed.context.reviewedApplicationIds).toEqual(
      signed.view.applications.map((a) => a.id),
    );
    const chair = await laptop(round, join(root, 'laptop-4'), { expertId: 'e09' });
    expect(chair.view.applications.length).toBeGreaterThan(0);
    expect(chair.context.reviewedApplicationIds).toEqual([]);
    chair.dialogs.choose(usb);
    expect(refusal(await submit(chair.dispatch, roundId))?.code).toBe('review-no-review-seat');
    expect(await readdir(usb)).toEqual([]);
  });
});

describe('review:exportOpinionForm', () => {
  it('writes the application’s 评审意见表 as Word holding its scores, never overwriting', async () => {
    const root = scratch();
    const round = await sealedWithChairConflict(join(root, 'office'));
    const l = await laptop(round, join(root, 'laptop'));
    const roundId = l.context.round.id;
    const app = l.view.applications[0]!;
    await reviewFully(l, app.id, 1);
    const folder = join(root, 'forms');
    await mkdir(folder);

    l.dialogs.choose(null);
    expect(
      valueOf(await l.dispatch('review:exportOpinionForm', { roundId, applicationId: app.id })),
    ).toBeNull();
    l.dialogs.choose(folder);
    const exported = valueOf<{ fileName: string }>(
      await l.dispatch('review:exportOpinionForm', { roundId, applicationId: app.id }),
    );
    expect(exported.fileName).toBe(`评审意见表-${app.applicationNo}.docx`);
    const zip = await JSZip.loadAsync(await readFile(join(folder, exported.fileName)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(app.applicationNo);
    expect(text).toContain('体系完整，数据详实。');
    for (const criterion of l.context.rubric.criteria) {
      for (const part of criterion.parts) expect(text).toContain(String(part.maxPoints - 1));
    }
    const again = valueOf<{ fileName: string }>(
      await l.dispatch('review:exportOpinionForm', { roundId, applicationId: app.id }),
    );
    expect(again.fileName).toBe(`评审意见表-${app.applicationNo}-2.docx`);
  });
});
