/**
 * Submitting and exporting from the review screen against a stand-in for window's api: a bundle
 * written is said with its sequence and file name and the context asked again (the lock and the
 * submissions); a cancelled dialog says nothing and keeps nothing; a refusal is kept for the
 * panel that asked; the 评审意见表's file name is kept with its application.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wireErrorOf } from '../../../shared/errors/wire-error';
import {
  exportOpinionForm,
  resetReviewSaver,
  submitReview,
} from '../../../renderer/state/review-actions';
import { getEmptyReviewState, useReviewStore } from '../../../renderer/state/review-store';

let review: Record<string, ReturnType<typeof vi.fn>>;

beforeEach(() => {
  resetReviewSaver();
  useReviewStore.setState(getEmptyReviewState());
  review = {
    submit: vi.fn(async () => ({
      ok: true,
      value: { submission: { fileName: 'c.material.F.2.qbbundle', sequence: 2, applications: 2 } },
    })),
    exportOpinionForm: vi.fn(async () => ({ ok: true, value: { fileName: '评审意见表.docx' } })),
    context: vi.fn(),
  };
  // No package open on the desk: the context is not asked of main (it would say so).
  vi.stubGlobal('window', { qbr: { review } });
});

afterEach(() => vi.unstubAllGlobals());

describe('submitting the review', () => {
  it('says the bundle written, its sequence and file name, and leaves nothing busy', async () => {
    expect(await submitReview('material')).toBe(true);
    expect(review.submit).toHaveBeenCalledWith({ roundId: 'material' });
    expect(useReviewStore.getState()).toMatchObject({
      busy: null,
      errors: {},
      written: { kind: 'bundle', fileName: 'c.material.F.2.qbbundle', sequence: 2 },
    });
  });

  it('keeps nothing when the folder dialog is cancelled', async () => {
    review.submit!.mockResolvedValueOnce({ ok: true, value: { submission: null } });
    expect(await submitReview('material')).toBe(false);
    expect(useReviewStore.getState()).toMatchObject({ busy: null, errors: {}, written: null });
  });

  it("keeps main's refusal for the submit panel", async () => {
    review.submit!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({ code: 'review-needs-identity', params: {} }),
    });
    expect(await submitReview('material')).toBe(false);
    const { errors, written } = useReviewStore.getState();
    expect(written).toBeNull();
    expect(errors.submit).toMatchObject({
      from: 'main',
      error: { reason: { code: 'review-needs-identity' } },
    });
  });
});

describe('exporting the 评审意见表', () => {
  it('keeps the file name with its application; a cancel keeps nothing', async () => {
    expect(await exportOpinionForm('material', 'a001')).toBe(true);
    expect(review.exportOpinionForm).toHaveBeenCalledWith({
      roundId: 'material',
      applicationId: 'a001',
    });
    expect(useReviewStore.getState().written).toEqual({
      kind: 'opinion-form',
      fileName: '评审意见表.docx',
      applicationId: 'a001',
    });
    review.exportOpinionForm!.mockResolvedValueOnce({ ok: true, value: null });
    expect(await exportOpinionForm('material', 'a001')).toBe(false);
    expect(useReviewStore.getState()).toMatchObject({ busy: null, written: null });
  });
});
