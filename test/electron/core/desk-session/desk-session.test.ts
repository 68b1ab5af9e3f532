/**
 * The desks' shared scaffolding (electron/core/desk-session): operations one at a time, in the
 * order asked, going on after a failure; the session of the package's recipient who can sign,
 * or why there is none (the desk's own refusal included), in the desk's words; an operation for
 * another round refused; the cache kept for one session and let go of when the package or the
 * identity goes or changes; the kept bundles' folder refused on a host without one.
 */
import { describe, expect, it } from 'vitest';
import { deskSessionScaffold } from '../../../../electron/core/desk-session';
import type { DeskSessionUnavailable } from '../../../../electron/core/desk-session';
import type { OpenedPackage } from '../../../../electron/core/desk/open-package';
import type { Identity } from '../../../../electron/core/identity/identity';
import { AppError, isAppError } from '../../../../shared/errors';

const CASE = '0123456789abcdef0123456789abcdef';

function opened(fingerprint: string, canSign = true, seat = 'chair'): OpenedPackage {
  return {
    view: { recipient: { fingerprint } },
    canSign,
    manifest: { caseId: CASE, round: { id: 'material' }, seat },
  } as unknown as OpenedPackage;
}
const person = (fingerprint: string) => ({ card: { fingerprint } }) as unknown as Identity;

function world() {
  const w = {
    open: null as OpenedPackage | null,
    identity: null as Identity | null,
    folder: '/data/bundles' as string | null,
  };
  const desk = deskSessionScaffold<'not-seated', string>(
    {
      openPackage: () => w.open,
      unlockedIdentity: () => w.identity,
      get bundleFolder() {
        return w.folder;
      },
      refuse: (open) =>
        (open.manifest as unknown as { seat: string }).seat === 'chair' ? null : 'not-seated',
    },
    {
      unavailable: (reason: DeskSessionUnavailable | 'not-seated') =>
        reason === 'no-package'
          ? new AppError('package-not-open')
          : new AppError('committee-desk-needs-identity'),
      otherRound: () => new AppError('committee-desk-other-round'),
    },
  );
  return { w, desk };
}

describe('deskSessionScaffold', () => {
  it('runs operations one at a time in the order asked, and goes on after a failure', async () => {
    const { desk } = world();
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = desk.exclusive(async () => {
      order.push('first starts');
      await held;
      order.push('first ends');
      throw new Error('first failed');
    });
    const second = desk.exclusive(async () => {
      order.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(order).toEqual(['first starts']);
    release();
    await expect(first).rejects.toThrow('first failed');
    expect(await second).toBe(2);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
  });

  it('gives the session of the recipient who can sign, or why there is none', () => {
    const { w, desk } = world();
    expect(desk.sessionOr()).toBe('no-package');
    w.open = opened('AAAA');
    expect(desk.sessionOr()).toBe('no-identity');
    w.identity = person('BBBB');
    expect(desk.sessionOr()).toBe('no-identity');
    w.identity = person('AAAA');
    w.open = opened('AAAA', false);
    expect(desk.sessionOr()).toBe('passphrase-only');
    w.open = opened('AAAA', true, 'member');
    expect(desk.sessionOr()).toBe('not-seated');
    w.open = opened('AAAA');
    expect(desk.sessionOr()).toMatchObject({ open: w.open, identity: w.identity });
  });

  it('refuses in the desk’s words, and an operation meant for another round', () => {
    const { w, desk } = world();
    const code = (run: () => unknown) => {
      try {
        run();
        return null;
      } catch (error) {
        return isAppError(error) ? error.code : String(error);
      }
    };
    expect(code(() => desk.session())).toBe('package-not-open');
    w.open = opened('AAAA');
    expect(code(() => desk.session())).toBe('committee-desk-needs-identity');
    w.identity = person('AAAA');
    expect(code(() => desk.session({ caseId: CASE, roundId: 'material' }))).toBeNull();
    expect(code(() => desk.session({ caseId: CASE, roundId: 'defense' }))).toBe(
      'committee-desk-other-round',
    );
    expect(code(() => desk.session({ caseId: 'f'.repeat(32), roundId: 'material' }))).toBe(
      'committee-desk-other-round',
    );
  });

  it('keeps the cache for its session only, and lets go of it once the session goes', async () => {
    const { w, desk } = world();
    w.open = opened('AAAA');
    w.identity = person('AAAA');
    const s = desk.session();
    desk.keep(s, 'k1', 'merge');
    expect(desk.cached(s, 'k1')).toBe('merge');
    expect(desk.cached(s, 'k2')).toBeUndefined();
    expect(desk.holdsCache()).toBe(true);

    // The identity locked: reconcile lets go at once, not at the next use.
    w.identity = null;
    await desk.reconcile();
    expect(desk.holdsCache()).toBe(false);

    // Another package opened since: the cache of the first is not given for it.
    w.identity = person('AAAA');
    desk.keep(desk.session(), 'k1', 'merge');
    w.open = opened('AAAA');
    const again = desk.session();
    expect(desk.cached(again, 'k1')).toBeUndefined();
    expect(desk.holdsCache()).toBe(false);
  });

  it('gives the kept bundles’ folder, refused on a host that keeps none', () => {
    const { w, desk } = world();
    expect(desk.bundleFolder()).toBe('/data/bundles');
    w.folder = null;
    expect(() => desk.bundleFolder()).toThrow(
      expect.objectContaining({ code: 'journal-unavailable' }),
    );
  });
});
