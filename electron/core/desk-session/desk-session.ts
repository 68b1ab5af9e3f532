/**
 * The scaffolding the leader's deliberation and the chair's committee desk share in main
 * (electron/core/deliberation/deliberation-service.ts, electron/core/committee-desk/
 * committee-desk-service.ts): one operation at a time; the session, which is the open package
 * together with the unlocked identity that is its recipient and can sign; the last prepared
 * merge cached for that session and let go of as soon as the package or the identity goes (the
 * merge holds opened sections: `reconcile` is called after every lock, close or switch); and the
 * folder where imported bundles are kept. What each desk computes stays its own.
 */
import { AppError } from '../../../shared/errors';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import type { OpenedPackage } from '../desk/open-package';
import type { Identity } from '../identity/identity';

/** The open package and the unlocked identity, its recipient, which opened it and can sign. */
export interface DeskSession {
  readonly open: OpenedPackage;
  readonly manifest: CaseManifest;
  readonly identity: Identity;
}

/** Why there is no session: no package, no identity (or not its recipient's), or a passphrase only. */
export type DeskSessionUnavailable = 'no-package' | 'no-identity' | 'passphrase-only';

/** Which round an operation is meant for: refused when another package is open since. */
export interface DeskPlace {
  readonly caseId: string;
  readonly roundId: string;
}

export interface DeskSessionOptions<Refusal extends string> {
  readonly openPackage: () => OpenedPackage | null;
  readonly unlockedIdentity: () => Identity | null;
  /** Where imported bundles are kept; null: this host keeps none. */
  readonly bundleFolder: string | null;
  /** The desk's own condition on the package (the chair's seat, say): a reason when unmet. */
  readonly refuse?: (open: OpenedPackage) => Refusal | null;
}

/** How a desk words the lack of a session, and an operation meant for another round. */
export interface DeskRefusals<Refusal extends string> {
  readonly unavailable: (reason: DeskSessionUnavailable | Refusal) => AppError;
  readonly otherRound: () => AppError;
}

export interface DeskSessionScaffold<Refusal extends string, Cached> {
  /** Runs `run` once every operation asked before it has ended, whatever their outcome. */
  exclusive<T>(run: () => Promise<T>): Promise<T>;
  /** The session now, or why there is none; the cache is let go of once it is another's. */
  sessionOr(): DeskSession | DeskSessionUnavailable | Refusal;
  /** The session, or the desk's refusal; with a place, refused when it names another round. */
  session(place?: DeskPlace): DeskSession;
  /** What was cached for this session under `key`, if anything. */
  cached(session: DeskSession, key: string): Cached | undefined;
  /** Caches `value` for this session under `key`, in place of whatever was cached. */
  keep(session: DeskSession, key: string, value: Cached): void;
  /** Whether anything is cached now (what the lock's tests look at). */
  holdsCache(): boolean;
  /** Lets go of the cache if the package or the identity is gone or changed. */
  reconcile(): Promise<void>;
  /** The folder for kept bundles (`journal-unavailable` on a host that keeps none). */
  bundleFolder(): string;
}

export function deskSessionScaffold<Refusal extends string = never, Cached = unknown>(
  options: DeskSessionOptions<Refusal>,
  refusals: DeskRefusals<Refusal>,
): DeskSessionScaffold<Refusal, Cached> {
  let queue: Promise<unknown> = Promise.resolve();
  let cache: { open: OpenedPackage; key: string; value: Cached } | null = null;

  const sessionOr = (): DeskSession | DeskSessionUnavailable | Refusal => {
    const found = ((): DeskSession | DeskSessionUnavailable | Refusal => {
      const open = options.openPackage();
      if (open === null) return 'no-package';
      const identity = options.unlockedIdentity();
      if (identity === null || identity.card.fingerprint !== open.view.recipient.fingerprint) {
        return 'no-identity';
      }
      if (!open.canSign) return 'passphrase-only';
      const refusal = options.refuse?.(open) ?? null;
      if (refusal !== null) return refusal;
      return { open, manifest: open.manifest, identity };
    })();
    // The cache holds opened sections: let go of it once the package or the identity is gone
    // (locked, closed, switched), or the desk is no longer this person's.
    if (typeof found === 'string' || cache?.open !== found.open) cache = null;
    return found;
  };

  return {
    exclusive<T>(run: () => Promise<T>): Promise<T> {
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    sessionOr,
    session(place) {
      const found = sessionOr();
      if (typeof found === 'string') throw refusals.unavailable(found);
      if (
        place !== undefined &&
        (place.caseId !== found.manifest.caseId || place.roundId !== found.manifest.round.id)
      ) {
        throw refusals.otherRound();
      }
      return found;
    },
    cached(session, key) {
      return cache?.open === session.open && cache.key === key ? cache.value : undefined;
    },
    keep(session, key, value) {
      cache = { open: session.open, key, value };
    },
    holdsCache: () => cache !== null,
    reconcile: async () => {
      sessionOr();
    },
    bundleFolder() {
      if (options.bundleFolder === null) throw new AppError('journal-unavailable');
      return options.bundleFolder;
    },
  };
}
