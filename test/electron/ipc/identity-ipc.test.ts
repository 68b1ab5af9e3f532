/**
 * The identity channels through the one validating dispatch, as the renderer calls them: what
 * crosses is public card data, a refusal is a typed error, a malformed request never reaches
 * the service.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreServices } from '../../../electron/core/services';
import { createMemoryJsonStore } from '../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../electron/ipc';
import { preparedFileChooser } from '../core/office/prepared-file-chooser';
import { preparedIdentities } from '../core/identity/prepared-identity-chooser';

const STRONG = 'lantern orchard velvet 1927 quiver';
const profile = { name: '王五', organisation: '乙研究院', region: '上海市', role: 'chair' };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-identity-ipc-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function makeDispatch() {
  const identities = preparedIdentities(join(dir, 'identities'), {
    cardFile: join(dir, 'card.json'),
  });
  const services = createCoreServices({
    store: createMemoryJsonStore(),
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities,
  });
  return { dispatch: createDispatch(createHandlers(services)), identities };
}

describe('identity channels', () => {
  it('creates, lists and exports with public card data only', async () => {
    const { dispatch, identities } = makeDispatch();
    expect(await dispatch('identity:list', {})).toEqual({
      ok: true,
      value: { identities: [], current: null, unreadable: 0 },
    });
    const created = await dispatch('identity:create', { profile, passphrase: STRONG });
    expect(created).toMatchObject({
      ok: true,
      value: { current: { name: '王五', role: 'chair', region: '上海市' } },
    });
    expect(JSON.stringify(created)).not.toMatch(/AGE-SECRET-KEY|signingSeed|signingPublicKey/);

    const copied = await dispatch('identity:copyFingerprint', {});
    expect(copied.ok && identities.clipboard.copied).toEqual([
      (copied as { value: { fingerprint: string } }).value.fingerprint,
    ]);
    expect(await dispatch('identity:exportCard', {})).toEqual({
      ok: true,
      value: { fileName: 'card.json' },
    });
    expect(JSON.parse(await readFile(join(dir, 'card.json'), 'utf8'))).toMatchObject({
      kind: 'qbreview-identity-card',
      name: '王五',
    });
  });

  it('answers a wrong passphrase and a locked identity with typed refusals', async () => {
    const { dispatch } = makeDispatch();
    const created = await dispatch('identity:create', { profile, passphrase: STRONG });
    const fingerprint = created.ok
      ? (created.value as { current: { fingerprint: string } }).current.fingerprint
      : '';
    await dispatch('identity:lock', {});
    expect(await dispatch('identity:exportCard', {})).toMatchObject({
      ok: false,
      error: { code: 'not-found', reason: { code: 'no-identity-unlocked' } },
    });
    expect(
      await dispatch('identity:unlock', { fingerprint, passphrase: 'not the passphrase' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: { code: 'wrong-passphrase' } },
    });
    expect(await dispatch('identity:unlock', { fingerprint, passphrase: STRONG })).toMatchObject({
      ok: true,
      value: { current: { fingerprint } },
    });
  });

  it('refuses a weak passphrase with its reason, and malformed requests before the service', async () => {
    const { dispatch } = makeDispatch();
    expect(
      await dispatch('identity:create', { profile, passphrase: 'wangwu123456' }),
    ).toMatchObject({ ok: false, error: { reason: { code: 'weak-passphrase' } } });
    for (const [channel, request] of [
      ['identity:create', { profile: { ...profile, role: 'king' }, passphrase: STRONG }],
      ['identity:create', { profile: { ...profile, name: '  ' }, passphrase: STRONG }],
      ['identity:unlock', { fingerprint: '../../etc/passwd', passphrase: STRONG }],
      ['identity:backup', { fingerprint: 'ABCD-EFGH-JKMN-PQRS', folder: '/tmp' }],
      ['identity:restore', { passphrase: '' }],
    ] as const) {
      expect(await dispatch(channel, request), channel).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
  });
});
