/**
 * The search of the open package, one session per package: started when the search is shown
 * (and again when another package opens while it is), dropped (its workers stopped, its index
 * gone with them) when the package closes or another opens. Everything lives in memory: the workers' and this page's.
 */
import type { DeskPackageView } from '../../../shared/desk/desk-views';
import { selectOpenedPackage, useDeskStore } from '../../state/desk-store';
import { fetchMaterialBytes } from '../../state/material-text-source';
import { buildSearchIndex } from './search-build';
import type { BuildSignal, SearchMaterial } from './search-build';
import { getEmptySearchState, useSearchStore } from './search-store';
import type * as SearchEngine from './search-engine';
import type { SearchPort, wordExtractor } from './search-workers';

type Engine = typeof SearchEngine;

/** The workers and pdf.js, loaded with the first search (search-engine.ts says why). */
let engine: Promise<Engine> | null = null;
const loadEngine = () => (engine ??= import('./search-engine'));

interface Session {
  readonly packageId: string;
  readonly materials: readonly SearchMaterial[];
  readonly engine: Engine;
  readonly port: SearchPort;
  readonly extractor: ReturnType<typeof wordExtractor>;
  signal: { cancelled: boolean };
  /** The build under way (or the last one): a resumed build starts once it has ended. */
  running: Promise<void>;
  /** The last query asked, asked again when the index grows complete. */
  lastQuery: string;
}

let session: Session | null = null;
let watching = false;
let queries = 0;

export function materialsOf(opened: DeskPackageView): SearchMaterial[] {
  return opened.applications.flatMap((application) =>
    application.materials.map((material) => ({
      applicationId: application.id,
      materialId: material.id,
      name: material.name,
    })),
  );
}

/** How many search screens are shown: a package is indexed only while one is. */
let shown = 0;
/**
 * How many times a search screen was shown. The screen is shown only once the round's undertaking
 * is signed (UndertakingGate): a showing after a build began is the sign that materials main
 * refused until then can be asked for again, and the only one (no loop of refusals).
 */
let showings = 0;

/**
 * The search is shown: its index follows the desk while it is (one for the package open, built
 * again when another opens); a package closed or replaced drops its index at once, shown or
 * not. A package opened while no search is shown is indexed when one is: not before, so nothing
 * is read that the expert may not read yet (the round's undertaking, signed where the search is
 * shown). Returns what to call once the search is no longer shown.
 */
export function followOpenedPackage(): () => void {
  if (!watching) {
    watching = true;
    useDeskStore.subscribe((state, previous) => {
      const now = selectOpenedPackage(state);
      if (now?.packageId === selectOpenedPackage(previous)?.packageId) return;
      if (shown > 0) follow(now);
      else drop();
    });
  }
  shown += 1;
  showings += 1;
  follow(selectOpenedPackage(useDeskStore.getState()));
  // A build that waited for the undertaking goes on: the screen is shown, so it was signed.
  if (useSearchStore.getState().build === 'gated') resumeSearchBuild();
  return () => {
    shown -= 1;
  };
}

/** The package whose session is being started (the engine still loading), or null. */
let starting: string | null = null;

function follow(opened: DeskPackageView | null): void {
  const wanted = opened?.packageId ?? null;
  if (wanted !== null && (session?.packageId === wanted || starting === wanted)) return;
  drop();
  if (opened) void start(opened);
}

function drop(): void {
  starting = null;
  if (session) {
    session.signal.cancelled = true;
    session.extractor.stop();
    session.port.stop();
    session = null;
  }
  useSearchStore.setState(getEmptySearchState());
}

async function start(opened: DeskPackageView): Promise<void> {
  const materials = materialsOf(opened);
  starting = opened.packageId;
  useSearchStore.setState({
    ...getEmptySearchState(),
    packageId: opened.packageId,
    total: materials.length,
    build: 'building',
  });
  const loaded = await loadEngine();
  if (starting !== opened.packageId) return;
  starting = null;
  const port = loaded.startIndexWorker(() => {
    if (session?.port === port) useSearchStore.setState({ broken: true, current: null });
  });
  const current: Session = {
    packageId: opened.packageId,
    materials,
    engine: loaded,
    port,
    extractor: loaded.wordExtractor(),
    signal: { cancelled: false },
    running: Promise.resolve(),
    lastQuery: '',
  };
  session = current;
  current.running = run(current, 0);
}

/**
 * Builds from material `from` on. A material handed to the index counts as indexed even when
 * the build was stopped meanwhile (its text is in the index), so going on never adds it twice.
 * A material main refused until the undertaking is signed is not counted: the build waits
 * ('gated') and goes on from it when the search is shown again, or at once when it was shown
 * while the refusal was on its way (signed meanwhile).
 */
async function run(current: Session, from: number): Promise<void> {
  const signal: BuildSignal = current.signal;
  const mine = () => session === current && current.signal === signal;
  const showingsAtStart = showings;
  useSearchStore.setState({ build: 'building', done: from, current: null });
  const end = await buildSearchIndex(
    current.materials.slice(from),
    {
      fetchBytes: fetchMaterialBytes,
      extractWord: (format, bytes) => current.extractor.extract(format, bytes),
      readPdfPages: current.engine.readPdfPageTexts,
      add: async (request) => {
        const answer = await current.port.ask(request);
        return answer?.type === 'added' ? answer.characters : null;
      },
      onStart: (i, material) => {
        if (mine() && !signal.cancelled) {
          useSearchStore.setState({ done: from + i, current: material.name });
        }
      },
      onDone: (i, material, outcome) => {
        if (session !== current) return;
        useSearchStore.setState((state) => ({
          done: from + i + 1,
          outcomes: { ...state.outcomes, [material.materialId]: outcome },
        }));
      },
    },
    signal,
  );
  if (!mine()) return;
  if (end === 'broken') {
    useSearchStore.setState({ broken: true, current: null });
    return;
  }
  if (end === 'gated') {
    if (showings !== showingsAtStart) return run(current, useSearchStore.getState().done);
    useSearchStore.setState({ build: 'gated', current: null });
    return;
  }
  // The posting lists made now, while the progress still shows, not by the first query.
  await current.port.ask({ type: 'prepare' });
  if (!mine()) return;
  useSearchStore.setState({ build: end, current: null });
  // Hits found while the index was growing are found again in the whole of it.
  if (end === 'done' && current.lastQuery !== '') void searchPackage(current.lastQuery);
}

/** Stops building between two materials; what is indexed stays searchable. */
export function cancelSearchBuild(): void {
  if (!session || useSearchStore.getState().build !== 'building') return;
  session.signal.cancelled = true;
  session.extractor.stop();
  useSearchStore.setState({ build: 'cancelled', current: null });
}

/** Goes on from the first material not yet indexed (after a cancel, or the undertaking signed). */
export function resumeSearchBuild(): void {
  const current = session;
  const build = useSearchStore.getState().build;
  if (!current || (build !== 'cancelled' && build !== 'gated')) return;
  current.signal = { cancelled: false };
  useSearchStore.setState({ build: 'building' });
  // After the stopped build has ended: the material it was reading is counted by then.
  current.running = current.running.then(() =>
    session === current ? run(current, useSearchStore.getState().done) : undefined,
  );
}

/** Starts the open package's index again from nothing (after the worker failed). */
export function rebuildSearchIndex(): void {
  drop();
  follow(selectOpenedPackage(useDeskStore.getState()));
}

/** Asks the index; a later query's answer wins over an earlier one's. */
export async function searchPackage(query: string): Promise<void> {
  const current = session;
  if (!current) return;
  const text = query.trim();
  current.lastQuery = text;
  const request = ++queries;
  if (text === '') {
    useSearchStore.setState({ results: null, searching: false });
    return;
  }
  useSearchStore.setState({ searching: true });
  const partial = useSearchStore.getState().build !== 'done';
  const answer = await current.port.ask({ type: 'query', request, query: text });
  if (request !== queries || session !== current) return;
  if (answer?.type !== 'results') {
    useSearchStore.setState({ searching: false });
    return;
  }
  useSearchStore.setState({
    searching: false,
    results: { request, query: text, hits: answer.hits, total: answer.total, partial },
  });
}
