/**
 * The journal in the app (issue 9, points 4 and 9) in Chromium under the production CSP with the
 * real core services: the office seals a round; the expert unlocks the identity kept on this
 * laptop and opens the package; an annotation on a material's passage is appended through the
 * page's api and answered only once written; the page is reloaded (the renderer forgets
 * everything) and the package closed and opened again (main closes and reopens the journal from
 * disk), and the annotation is found again, by the same quote and note. Locking the identity
 * closes the journal. Every folder the app and Chromium wrote is scanned for the materials'
 * marker, which the note and its quote hold (officeHarnessPerTest): the journal is encrypted.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../shared/ipc/api';
import type { JournalStatus } from '../../shared/journal';
import { preparedPackageChooser } from '../electron/core/desk/prepared-package-chooser';
import { EXPERT_PASSPHRASE, sealForExpert } from './expert-desk-fixture';
import { MATERIAL_MARKER, fixtureApplications, officeHarnessPerTest } from './office-fixture';

type Answer<T> = { ok: boolean; value?: T; error?: { code: string; message: string } };

/** The value of a call made through the page's api, or a failure naming main's refusal. */
async function answered<T>(result: Promise<unknown>): Promise<T> {
  const answer = (await result) as Answer<T>;
  if (!answer.ok) throw new Error(`refused: ${answer.error?.message ?? ''}`);
  return answer.value as T;
}

// Each call below runs in the page, against the page's own api, as a screen's action makes it.
type Window = { qbr: Api };

const journalStatus = (page: Page) =>
  answered<JournalStatus>(
    page.evaluate(() => (window as unknown as Window).qbr.journal.status({})),
  );

describe('the expert journal', () => {
  const chooser = preparedPackageChooser();
  const session = officeHarnessPerTest({ width: 1366, height: 768 }, { packageChooser: chooser });

  it('keeps an annotation appended through the api across a reload and a reopened package', async () => {
    const { harness, fixture } = session;
    const { page } = harness;
    const sealed = await sealForExpert(fixture);
    chooser.choice.packageFile = sealed.packageFile;
    const unlock = () =>
      answered(
        page.evaluate((request) => (window as unknown as Window).qbr.identity.unlock(request), {
          fingerprint: sealed.expert.card.fingerprint,
          passphrase: EXPERT_PASSPHRASE,
        }),
      );
    await unlock();
    await answered(
      page.evaluate(
        (officeFingerprint) => (window as unknown as Window).qbr.desk.open({ officeFingerprint }),
        sealed.office.card.fingerprint,
      ),
    );
    const view = await answered<{ applications: { id: string; materials: { id: string }[] }[] }>(
      page.evaluate(() => (window as unknown as Window).qbr.desk.view({})),
    );
    const application = view.applications[1]!;
    const material = application.materials[0]!;

    const opened = await journalStatus(page);
    expect(opened).toMatchObject({ open: true, records: [], tornTail: null });
    if (!opened.open) throw new Error('no journal');
    const quote = `${fixtureApplications[1].title}：${MATERIAL_MARKER}`;
    const entry = {
      kind: 'annotation' as const,
      annotationId: 'note-1',
      applicationId: application.id,
      target: {
        source: material.id,
        selector: [
          { type: 'TextQuoteSelector' as const, exact: quote, suffix: '' },
          { type: 'TextPositionSelector' as const, start: 0, end: quote.length },
        ],
      },
      body: { type: 'TextualBody' as const, value: `此处论证充分。${MATERIAL_MARKER}` },
    };
    const appended = await answered<{ record: { recordNumber: number } }>(
      page.evaluate((request) => (window as unknown as Window).qbr.journal.append(request), {
        journal: { caseId: opened.caseId, owner: opened.owner },
        entry,
      }),
    );
    expect(appended.record.recordNumber).toBe(1);
    // The journal is in the app's data directory, by case id and public fingerprint only.
    expect(await readdir(join(fixture.appDataDir, 'journals'))).toEqual([
      `${opened.caseId}.${opened.owner.replaceAll('-', '')}.qbjournal`,
    ]);
    expect(await session.scanWritten()).toEqual([]);

    // The renderer forgets everything; main's journal answers.
    await page.reload();
    expect(await journalStatus(page)).toMatchObject({ open: true, records: [entry] });

    // The package closed (the journal with it) and opened again: read back from disk.
    await answered(page.evaluate(() => (window as unknown as Window).qbr.desk.close({})));
    expect(await journalStatus(page)).toMatchObject({ open: false, reason: 'no-package' });
    await answered(page.evaluate(() => (window as unknown as Window).qbr.desk.open({})));
    expect(await journalStatus(page)).toMatchObject({
      open: true,
      lastRecordNumber: 1,
      records: [entry],
    });

    // Locked: the journal closes; unlocked again, it opens with the annotation.
    await answered(page.evaluate(() => (window as unknown as Window).qbr.identity.lock({})));
    expect(await journalStatus(page)).toMatchObject({ open: false, reason: 'no-identity' });
    await unlock();
    expect(await journalStatus(page)).toMatchObject({ open: true, records: [entry] });
  });
});
