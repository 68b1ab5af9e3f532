/**
 * The 组内合议 screen's calls against a stand-in for window's api: the state shown with the
 * rubric the state carries (main's, from the package), every change sent for the deliberation shown
 * (case and round), each answer's state shown, a refusal kept for the panel that asked with
 * nothing else changed, a cancelled dialog keeping nothing, and several absences sent in order
 * up to the first refusal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wireErrorOf } from '../../../shared/errors/wire-error';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import {
  appendDeliberationRecord,
  appendDeliberationRecords,
  exportGroupBundle,
  exportGroupReports,
  importMemberBundles,
  loadDeliberation,
} from '../../../renderer/state/deliberation-actions';
import {
  getEmptyDeliberationState,
  useDeliberationStore,
} from '../../../renderer/state/deliberation-store';
import { rubric, stateWith } from './deliberation-state-fixture';
import { errorText } from '../../../renderer/app/i18n/error-text';

let deliberation: Record<string, ReturnType<typeof vi.fn>>;
let review: Record<string, ReturnType<typeof vi.fn>>;
const before = stateWith([]);
const note: DeliberationRecord = { kind: 'discussion-note', applicationId: 'A01', text: '讨论。' };
const after = stateWith([note]);
const place = { caseId: before.caseId, roundId: 'material' };
const reportsExported = {
  sequence: 1,
  folderName: '评审报告-2026年资料评审-第一组',
  files: ['评审意见表-ZLBG-2026-001.docx', '评分汇总表-第一组.docx', '投票记录-第一组.docx'].map(
    (name, i) => ({ name, sha256: String(i).repeat(64) }),
  ),
  groupBundleSequence: 1,
  mergeDigest: 'c'.repeat(64),
  at: '2026-11-25T10:05:00+08:00',
};
const withReports = { ...before, reportExports: [reportsExported] };

beforeEach(() => {
  useDeliberationStore.setState(getEmptyDeliberationState());
  deliberation = {
    state: vi.fn(async () => ({ ok: true, value: before })),
    importBundles: vi.fn(async () => ({
      ok: true,
      value: {
        imported: [{ expertId: 'e02', sequence: 2, outcome: 'added', supersedes: 1 }],
        state: after,
      },
    })),
    append: vi.fn(async () => ({ ok: true, value: { number: 1, state: after } })),
    exportGroupBundle: vi.fn(async () => ({
      ok: true,
      value: {
        exported: {
          sequence: 1,
          fileName: 'g1.qbgroup',
          sha256: 'e'.repeat(64),
          mergeDigest: 'c'.repeat(64),
          at: '2026-11-25T10:00:00+08:00',
        },
        state: after,
      },
    })),
    exportReports: vi.fn(async () => ({
      ok: true,
      value: { exported: reportsExported, state: withReports },
    })),
  };
  review = { context: vi.fn(async () => ({ ok: true, value: { rubric } })) };
  vi.stubGlobal('window', { qbr: { deliberation, review } });
});

afterEach(() => vi.unstubAllGlobals());

describe('loading', () => {
  it("shows main's state with the rubric it carries, asking nothing else", async () => {
    await loadDeliberation();
    const shown = useDeliberationStore.getState();
    expect(shown.state).toBe(before);
    expect(shown.rubric).toEqual(rubric);
    expect(shown.errors).toEqual({});
    expect(review.context).not.toHaveBeenCalled();
  });

  it("takes the state's own rubric when main sends one", async () => {
    const own = { ...rubric, name: '本轮细则' };
    deliberation.state!.mockResolvedValueOnce({ ok: true, value: { ...before, rubric: own } });
    await loadDeliberation();
    expect(useDeliberationStore.getState().rubric).toEqual(own);
  });

  it('keeps a refusal to load, from its code', async () => {
    deliberation.state!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({ code: 'merge-not-chairing', params: {} }),
    });
    await loadDeliberation();
    expect(useDeliberationStore.getState().errors.load).toMatchObject({
      from: 'main',
      error: { reason: { code: 'merge-not-chairing' } },
    });
  });
});

describe('changes', () => {
  beforeEach(loadDeliberation);

  it('sends a record for the deliberation shown and shows the answer’s state', async () => {
    expect(await appendDeliberationRecord(note)).toBe(true);
    expect(deliberation.append).toHaveBeenCalledWith({ ...place, record: note });
    expect(useDeliberationStore.getState()).toMatchObject({ state: after, busy: null });
  });

  it('keeps a refused record for the form, and nothing else changes', async () => {
    deliberation.append!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({ code: 'merge-skip-not-allowed', params: { applicationId: 'A01' } }),
    });
    expect(await appendDeliberationRecord(note)).toBe(false);
    const shown = useDeliberationStore.getState();
    expect(shown.state).toBe(before);
    expect(shown.busy).toBeNull();
    expect(shown.errors.append).toMatchObject({
      error: { reason: { code: 'merge-skip-not-allowed' } },
    });
  });

  it('sends several records in order and stops at the first refusal', async () => {
    deliberation.append!.mockResolvedValueOnce({ ok: true, value: { number: 1, state: after } });
    deliberation.append!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({ code: 'merge-records-invalid', params: { record: 2 } }),
    });
    const records = [note, { ...note, text: '二' }, { ...note, text: '三' }];
    expect(await appendDeliberationRecords(records)).toBe(false);
    expect(deliberation.append).toHaveBeenCalledTimes(2);
  });

  it('says what an import took in; a cancelled dialog keeps nothing', async () => {
    expect(await importMemberBundles()).toBe(true);
    expect(deliberation.importBundles).toHaveBeenCalledWith(place);
    expect(useDeliberationStore.getState().imported).toHaveLength(1);
    deliberation.importBundles!.mockResolvedValueOnce({
      ok: true,
      value: { imported: null, state: after },
    });
    expect(await importMemberBundles()).toBe(false);
    expect(useDeliberationStore.getState().imported).toBeNull();
  });

  it('keeps the group bundle written, by name; a refusal for the export panel', async () => {
    expect(await exportGroupBundle()).toBe(true);
    expect(useDeliberationStore.getState().exported?.fileName).toBe('g1.qbgroup');
    deliberation.exportGroupBundle!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({
        code: 'merge-absence-unexplained',
        params: { applicationId: 'A02', expertId: 'e05' },
      }),
    });
    expect(await exportGroupBundle()).toBe(false);
    expect(useDeliberationStore.getState()).toMatchObject({ exported: null, busy: null });
    expect(useDeliberationStore.getState().errors.export).toBeDefined();
  });
});

describe('the group’s reports', () => {
  it('sends the deliberation shown and says the folder and how many files', async () => {
    await loadDeliberation();
    expect(await exportGroupReports()).toEqual({
      kind: 'written',
      folderName: '评审报告-2026年资料评审-第一组',
      count: 3,
    });
    expect(deliberation.exportReports).toHaveBeenCalledWith(place);
    // The answer's state, with the export's journal record, is shown.
    expect(useDeliberationStore.getState()).toMatchObject({
      state: withReports,
      busy: null,
      errors: {},
    });
  });

  it('says a cancelled dialog wrote nothing, and keeps a refusal in the catalogue’s words', async () => {
    await loadDeliberation();
    deliberation.exportReports!.mockResolvedValueOnce({
      ok: true,
      value: { exported: null, state: before },
    });
    expect(await exportGroupReports()).toEqual({ kind: 'cancelled' });
    deliberation.exportReports!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({ code: 'deliberation-reports-outdated', params: { sequence: 1 } }),
    });
    const refused = await exportGroupReports();
    expect(refused?.kind).toBe('refused');
    if (refused?.kind !== 'refused') return;
    expect(errorText(refused.error, 'zh-CN')).toContain('请先重新导出专业组合议包');
    // The state shown is left as it was.
    expect(useDeliberationStore.getState()).toMatchObject({ state: before, busy: null });
  });

  it('asks nothing while no deliberation is shown', async () => {
    expect(await exportGroupReports()).toBeNull();
    expect(deliberation.exportReports).not.toHaveBeenCalled();
  });
});

describe('refusals', () => {
  it('names an application by its 申报编号, not its id', async () => {
    await loadDeliberation();
    deliberation.append!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({ code: 'merge-decision-not-voted', params: { applicationId: 'A01' } }),
    });
    await appendDeliberationRecord(note);
    const shown = useDeliberationStore.getState().errors.append;
    expect(shown).toMatchObject({
      error: {
        reason: { code: 'merge-decision-not-voted', params: { applicationId: 'ZLBG-2026-001' } },
      },
    });
    expect(errorText(shown!, 'zh-CN')).toBe(
      '申报 ZLBG-2026-001：合议结论与最后一次通过的表决不一致。',
    );
  });

  it('names a member by their name, and leaves a refusal naming neither as it came', async () => {
    await loadDeliberation();
    deliberation.importBundles!.mockResolvedValueOnce({
      ok: false,
      error: wireErrorOf({
        code: 'deliberation-member-frozen',
        params: { expertId: 'e02', applicationNo: 'ZLBG-2026-001' },
      }),
    });
    await importMemberBundles();
    expect(useDeliberationStore.getState().errors.import).toMatchObject({
      error: { reason: { params: { expertId: '张专家', applicationNo: 'ZLBG-2026-001' } } },
    });
    const plain = wireErrorOf({ code: 'merge-not-chairing', params: {} });
    deliberation.exportGroupBundle!.mockResolvedValueOnce({ ok: false, error: plain });
    await exportGroupBundle();
    expect(useDeliberationStore.getState().errors.export).toEqual({ from: 'main', error: plain });
  });
});
