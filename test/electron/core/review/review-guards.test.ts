/**
 * The desk's guard in main (issue 10, point 1): a material is read only once the round's
 * undertaking is signed when the package can sign it; a package opened by its passphrase alone
 * is read as before; an application closed by a declared conflict says so first; a material
 * that is no application's is the desk's to answer. Over fakes of the desk and the review.
 */
import { describe, expect, it } from 'vitest';
import { deskClosedByConflicts } from '../../../../electron/core/review';
import type { ExpertDesk } from '../../../../electron/core/desk/expert-desk';
import { AppError } from '../../../../shared/errors';

const BYTES = new Uint8Array([1, 2, 3]);

function fakeDesk(): ExpertDesk & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    status: () => ({ opened: null, chosenFile: null }) as never,
    open: () => Promise.reject(new Error('not in this test')),
    close: () => Promise.reject(new Error('not in this test')),
    view: () => {
      throw new Error('not in this test');
    },
    async readMaterial(materialId) {
      if (materialId === 'stray') throw new AppError('no-such-entry');
      reads.push(materialId);
      return BYTES;
    },
  };
}

function fakeReview(state: { outstanding: boolean; closed?: string[] }) {
  return {
    closedApplications: () => Promise.resolve(new Set(state.closed ?? [])),
    checkEdit: () => Promise.resolve(),
    applicationOfMaterial: (materialId: string) =>
      materialId === 'stray' ? null : `app-of-${materialId}`,
    applicationNo: (applicationId: string) => `No.${applicationId}`,
    undertakingOutstanding: () => Promise.resolve(state.outstanding),
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe('the desk guarded by the review', () => {
  it('refuses every material until the undertaking is signed, then reads it', async () => {
    const desk = fakeDesk();
    const state = { outstanding: true };
    const guarded = deskClosedByConflicts(desk, fakeReview(state));
    expect(await codeOf(guarded.readMaterial('m1'))).toBe('review-undertaking-before-reading');
    expect(desk.reads).toEqual([]);
    state.outstanding = false;
    expect(await guarded.readMaterial('m1')).toBe(BYTES);
    expect(desk.reads).toEqual(['m1']);
  });

  it('reads a package that cannot sign (opened by passphrase: nothing outstanding)', async () => {
    const desk = fakeDesk();
    const guarded = deskClosedByConflicts(desk, fakeReview({ outstanding: false }));
    expect(await guarded.readMaterial('m2')).toBe(BYTES);
  });

  it('names a conflict before the undertaking, and leaves a stray id to the desk', async () => {
    const desk = fakeDesk();
    const guarded = deskClosedByConflicts(
      desk,
      fakeReview({ outstanding: true, closed: ['app-of-m3'] }),
    );
    expect(await codeOf(guarded.readMaterial('m3'))).toBe('review-application-closed');
    expect(await codeOf(guarded.readMaterial('stray'))).toBe('no-such-entry');
    expect(desk.reads).toEqual([]);
  });
});
