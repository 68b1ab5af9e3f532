import { useCallback, useEffect, useState } from 'react';
import { shownErrorOf } from './shown-error';
import type { ShownError } from './shown-error';

export type QueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ShownError }
  | { readonly status: 'ready'; readonly value: T };

/** Runs `load` when its dependencies change; `reload` runs it again. Stale answers are dropped. */
export function useIpcQuery<T>(load: () => Promise<T>): QueryState<T> & { reload(): void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) => current && setState({ status: 'error', error: shownErrorOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}
