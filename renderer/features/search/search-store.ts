/**
 * The package search as the screen shows it: how far the index is (材料 n/N and the material being
 * read), what became of each material (indexed, no text, unreadable), and the last query's
 * hits. Held in memory only, like the index; emptied when the package closes or another opens.
 */
import { createStore } from '../../state/create-store';
import type { SearchHitView } from './search-protocol';

/** 'gated': waiting for the round's undertaking, main having refused a material until it is signed. */
export type BuildState = 'idle' | 'building' | 'done' | 'cancelled' | 'gated';

/** What became of one material: its text is searchable, it has none (a scan), or it failed. */
export type MaterialOutcome = 'indexed' | 'no-text' | 'failed';

export interface SearchResults {
  readonly request: number;
  readonly query: string;
  readonly hits: readonly SearchHitView[];
  readonly total: number;
  /** The index was still being built when the query was answered. */
  readonly partial: boolean;
}

export interface SearchState {
  /** The package the index is of; null when none is open. */
  readonly packageId: string | null;
  readonly build: BuildState;
  readonly done: number;
  readonly total: number;
  /** The name of the material being read, while building. */
  readonly current: string | null;
  readonly outcomes: Readonly<Record<string, MaterialOutcome>>;
  readonly results: SearchResults | null;
  readonly searching: boolean;
  /** The worker failed: the index is gone (a new build is offered). */
  readonly broken: boolean;
}

export function getEmptySearchState(): SearchState {
  return {
    packageId: null,
    build: 'idle',
    done: 0,
    total: 0,
    current: null,
    outcomes: {},
    results: null,
    searching: false,
    broken: false,
  };
}

export const useSearchStore = createStore<SearchState>(getEmptySearchState);

export const selectSearchBuild = (state: SearchState): BuildState => state.build;
export const selectSearchDone = (state: SearchState): number => state.done;
export const selectSearchTotal = (state: SearchState): number => state.total;
export const selectSearchCurrent = (state: SearchState): string | null => state.current;
export const selectSearchOutcomes = (state: SearchState) => state.outcomes;
export const selectSearchResults = (state: SearchState): SearchResults | null => state.results;
export const selectSearching = (state: SearchState): boolean => state.searching;
export const selectSearchBroken = (state: SearchState): boolean => state.broken;
export const selectSearchPackage = (state: SearchState): string | null => state.packageId;
