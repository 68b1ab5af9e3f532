import type { ReactNode } from 'react';
import type { DeskPackageView } from '../../shared/desk/desk-views';
import type { ShownError } from '../ipc/shown-error';
import { ErrorNotice } from './ErrorNotice';
import { Screen } from './Screen';

/** The words of a screen on the open package, in the UI's language (each screen says its own). */
export interface OpenPackageWords {
  /** No package open: what to do first. */
  readonly noPackage: string;
  /** The button to 解锁案卷. */
  readonly unlock: string;
  /** While main is asked for the screen's state. */
  readonly loading: string;
}

/**
 * A screen that works on the package open on this laptop and on what main answered for it (the
 * leader's 组内合议, the chair's screens): until both are there it shows what is missing, in this
 * order: no package open (with the way to 解锁案卷), the load's error (offered again), the load
 * under way. Then the screen's own content, given the package and main's answer.
 */
export function OpenPackageScreen<T>(props: {
  readonly title: string;
  readonly opened: DeskPackageView | null;
  /** What main answered for the package open now; null while it is asked for. */
  readonly loaded: T | null;
  readonly loadError: ShownError | null;
  readonly words: OpenPackageWords;
  /** The no-package notice's test id and the classes the screen lays it out with. */
  readonly noPackage: { readonly testId: string; readonly className: string };
  readonly onUnlock: () => void;
  /** Asks main again after the load failed. */
  readonly onRetry: () => void;
  readonly children: (loaded: T, opened: DeskPackageView) => ReactNode;
}) {
  const { title, opened, loaded, loadError, words } = props;
  if (opened === null) {
    return (
      <Screen title={title}>
        <div className={`notice ${props.noPackage.className}`} data-testid={props.noPackage.testId}>
          <p>{words.noPackage}</p>
          <button type="button" className="primary" onClick={props.onUnlock}>
            {words.unlock}
          </button>
        </div>
      </Screen>
    );
  }
  if (loadError) {
    return (
      <Screen title={title}>
        <ErrorNotice error={loadError} onRetry={props.onRetry} />
      </Screen>
    );
  }
  if (loaded === null) {
    return (
      <Screen title={title}>
        <p className="muted">{words.loading}</p>
      </Screen>
    );
  }
  return props.children(loaded, opened);
}
