/**
 * The search follows the desk: an index built for the package open (every material in turn,
 * progress and outcomes in the store), built again from nothing when another package opens,
 * dropped with its workers when the package closes; stopped and gone on; materials main refused
 * until the round's undertaking is signed read again once it is (a corrupt one stays refused); a
 * later query's answer wins over an earlier one's. The workers and pdf.js are stand-ins here
 * (search-engine.ts), and main is too (the IPC client).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskPackageView } from '../../../../shared/desk/desk-views';
import type {
  SearchWorkerAnswer,
  SearchWorkerRequest,
} from '../../../../renderer/features/search/search-protocol';

const engine = vi.hoisted(() => {
  const ports: {
    asked: SearchWorkerRequest[];
    stopped: boolean;
    hold: ((go: () => void) => void) | null;
  }[] = [];
  return {
    ports,
    extractors: { stopped: 0 },
    /** Set: new ports hold every answer until released. */
    holdNew: null as ((go: () => void) => void) | null,
  };
});

vi.mock('../../../../renderer/features/search/search-engine', () => ({
  startIndexWorker: () => {
    const state = {
      asked: [] as SearchWorkerRequest[],
      stopped: false,
      hold: engine.holdNew,
    };
    engine.ports.push(state);
    return {
      get stopped() {
        return state.stopped;
      },
      stop: () => (state.stopped = true),
      ask: async (request: SearchWorkerRequest): Promise<SearchWorkerAnswer | null> => {
        if (state.stopped) return null;
        state.asked.push(request);
        if (state.hold) await new Promise<void>((go) => state.hold!(go));
        if (request.type === 'add')
          return {
            type: 'added',
            materialId: request.materialId,
            characters: request.texts.join('').length,
          };
        if (request.type === 'prepare') return { type: 'prepared' };
        if (request.type === 'query')
          return {
            type: 'results',
            request: request.request,
            hits: [],
            total: request.query.length,
          };
        return { type: 'failed' };
      },
    };
  },
  wordExtractor: () => ({
    extract: async () => '申报书的文字。',
    stop: () => engine.extractors.stopped++,
  }),
  readPdfPageTexts: async () => ['第一页。', ''],
}));

/**
 * Main as the search meets it: every material refused while the round's undertaking stands (as
 * review-guards.ts does), a corrupt one refused for good, the others' bytes; a read may be held.
 */
const main = vi.hoisted(() => ({
  undertakingSigned: true,
  reads: [] as string[],
  hold: null as ((go: () => void) => void) | null,
}));

const refusal = (code: string) => ({ ok: false, error: { code, reason: { code }, message: code } });

vi.mock('../../../../renderer/ipc/client', () => ({
  api: () => ({
    desk: {
      readMaterial: async ({ materialId }: { materialId: string }) => {
        main.reads.push(materialId);
        const signed = main.undertakingSigned;
        if (main.hold) await new Promise<void>((go) => main.hold!(go));
        if (!signed) return refusal('review-undertaking-before-reading');
        if (materialId.startsWith('corrupt')) return refusal('desk-material-unreadable');
        return {
          ok: true,
          value: materialId.endsWith('pdf')
            ? new TextEncoder().encode('%PDF-1.7')
            : new Uint8Array([0x50, 0x4b]),
        };
      },
    },
  }),
}));

const { showDeskStatus, getEmptyDeskState, useDeskStore } =
  await import('../../../../renderer/state/desk-store');
const session = await import('../../../../renderer/features/search/search-session');
const { useSearchStore } = await import('../../../../renderer/features/search/search-store');

function packageView(packageId: string, materials: [string, string][]): DeskPackageView {
  return {
    packageId,
    applications: [
      {
        id: 'a1',
        applicationNo: '2026001',
        applicantName: '甲',
        experienceTitle: '经验',
        materials: materials.map(([id, name]) => ({ id, name, kind: 'other', size: 1 })),
      },
    ],
  } as unknown as DeskPackageView;
}

const open = (view: DeskPackageView | null) => showDeskStatus({ opened: view, chosenFile: null });
const settled = () =>
  vi.waitFor(() => expect(useSearchStore.getState().build).not.toBe('building'));

describe('search session', () => {
  let hide: (() => void) | null = null;
  const show = () => {
    hide = session.followOpenedPackage();
  };
  beforeEach(() => {
    hide?.();
    hide = null;
    useDeskStore.setState(getEmptyDeskState());
    main.undertakingSigned = true;
    main.hold = null;
  });

  it('indexes a package opened while no search is shown only once one is', async () => {
    show();
    hide!();
    const ports = engine.ports.length;
    open(packageView('p0', [['w0', '申报书.docx']]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine.ports.length).toBe(ports);
    expect(useSearchStore.getState().packageId).toBeNull();
    show();
    await vi.waitFor(() => expect(useSearchStore.getState().packageId).toBe('p0'));
    await settled();
    expect(useSearchStore.getState()).toMatchObject({ build: 'done', outcomes: { w0: 'indexed' } });
  });

  it('builds for the package open, again for another, and drops the index on close', async () => {
    open(
      packageView('p1', [
        ['w1', '申报书.docx'],
        ['s1-pdf', '证明.pdf'],
        ['x1', '照片.jpg'],
      ]),
    );
    show();
    await settled();
    expect(useSearchStore.getState()).toMatchObject({
      packageId: 'p1',
      build: 'done',
      done: 3,
      total: 3,
      outcomes: { w1: 'indexed', 's1-pdf': 'indexed', x1: 'no-text' },
    });
    const first = engine.ports.at(-1)!;
    expect(first.asked.map((r) => r.type)).toEqual(['add', 'add', 'prepare']);

    open(packageView('p2', [['w2', '另一份.docx']]));
    await vi.waitFor(() => expect(useSearchStore.getState().packageId).toBe('p2'));
    await settled();
    expect(first.stopped).toBe(true);
    expect(useSearchStore.getState()).toMatchObject({
      done: 1,
      total: 1,
      outcomes: { w2: 'indexed' },
    });

    const second = engine.ports.at(-1)!;
    open(null);
    expect(second.stopped).toBe(true);
    expect(useSearchStore.getState()).toMatchObject({ packageId: null, total: 0, outcomes: {} });
  });

  it('stops between materials, counts the one being added, and goes on from the next', async () => {
    const waiting: (() => void)[] = [];
    engine.holdNew = (go) => waiting.push(go);
    const release = () => waiting.splice(0).forEach((go) => go());
    open(
      packageView('p3', [
        ['a', '一.docx'],
        ['b', '二.docx'],
        ['c', '三.docx'],
      ]),
    );
    show();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    engine.holdNew = null;
    const port = engine.ports.at(-1)!;
    release();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    expect(useSearchStore.getState()).toMatchObject({ done: 1, current: '二.docx' });
    // Stopped while b is being added: b still counts once it is in.
    session.cancelSearchBuild();
    expect(useSearchStore.getState().build).toBe('cancelled');
    // Gone on at once: it waits for the stopped build to end.
    session.resumeSearchBuild();
    port.hold = null;
    release();
    await settled();
    expect(useSearchStore.getState()).toMatchObject({ build: 'done', done: 3 });
    const added = port.asked.flatMap((r) => (r.type === 'add' ? [r.materialId] : []));
    expect(added).toEqual(['a', 'b', 'c']);
  });

  it('reads again, once the undertaking is signed, the materials main refused until then', async () => {
    // 全文检索 opened while the package was still opening: the screen showed no package yet.
    main.undertakingSigned = false;
    const before = main.reads.length;
    show();
    open(
      packageView('p5', [
        ['m1', '申报书.docx'],
        ['m2-pdf', '证明.pdf'],
        ['corrupt3', '坏文件.docx'],
        ['m4', '说明.docx'],
        ['m5-pdf', '附件.pdf'],
      ]),
    );
    // The undertaking then stands in the screen's place: the search is no longer shown.
    hide!();
    hide = null;
    await settled();
    // The first refusal ends the build: nothing counted, the others not even asked for.
    expect(useSearchStore.getState()).toMatchObject({ build: 'gated', done: 0, outcomes: {} });
    expect(main.reads.slice(before)).toEqual(['m1']);

    // Signed: the gate shows the search again, and the index holds every material it can.
    main.undertakingSigned = true;
    show();
    await vi.waitFor(() => expect(useSearchStore.getState().build).toBe('done'));
    expect(useSearchStore.getState()).toMatchObject({
      packageId: 'p5',
      done: 5,
      total: 5,
      outcomes: {
        m1: 'indexed',
        'm2-pdf': 'indexed',
        corrupt3: 'failed',
        m4: 'indexed',
        'm5-pdf': 'indexed',
      },
    });
    const added = engine.ports
      .at(-1)!
      .asked.flatMap((r) => (r.type === 'add' ? [r.materialId] : []));
    expect(added).toEqual(['m1', 'm2-pdf', 'm4', 'm5-pdf']);
  });

  it('asks again at once when the search is shown while a refusal is on its way', async () => {
    main.undertakingSigned = false;
    const waiting: (() => void)[] = [];
    main.hold = (go) => waiting.push(go);
    open(
      packageView('p6', [
        ['n1', '一.docx'],
        ['n2', '二.docx'],
      ]),
    );
    show();
    await vi.waitFor(() => expect(waiting).toHaveLength(1));
    // Hidden behind the undertaking, signed, shown again: the refusal asked before still comes.
    hide!();
    main.undertakingSigned = true;
    main.hold = null;
    show();
    waiting.splice(0).forEach((go) => go());
    await vi.waitFor(() => expect(useSearchStore.getState().build).toBe('done'));
    expect(useSearchStore.getState().outcomes).toEqual({ n1: 'indexed', n2: 'indexed' });
  });

  it('waits, without asking again, while main still refuses with the search shown', async () => {
    main.undertakingSigned = false;
    open(
      packageView('p7', [
        ['k1', '一.docx'],
        ['k2', '二.docx'],
      ]),
    );
    const before = main.reads.length;
    show();
    await settled();
    expect(useSearchStore.getState()).toMatchObject({ build: 'gated', done: 0, outcomes: {} });
    expect(main.reads.slice(before)).toEqual(['k1']);
    // Going on (the notice's button) asks again; signed by then, the build completes.
    main.undertakingSigned = true;
    session.resumeSearchBuild();
    await vi.waitFor(() => expect(useSearchStore.getState().build).toBe('done'));
    expect(useSearchStore.getState().outcomes).toEqual({ k1: 'indexed', k2: 'indexed' });
  });

  it('shows the answer to the latest query only', async () => {
    open(packageView('p4', [['a', '一.docx']]));
    show();
    await settled();
    await Promise.all([session.searchPackage('质量'), session.searchPackage('质量管理')]);
    expect(useSearchStore.getState().results).toMatchObject({ query: '质量管理', total: 4 });
    await session.searchPackage('  ');
    expect(useSearchStore.getState().results).toBeNull();
  });
});
