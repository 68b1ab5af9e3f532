/**
 * Main's side of the identity screens, against the recording fake of `electron`: identities
 * live in userData/identities; the card's save dialog is offered the card's name and never
 * touches the recent-documents list; the copy button's fingerprint goes through main's
 * clipboard. Main itself is booted, so this is the wiring the app runs.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseIdentityCard } from '../../../../electron/core/identity';
import { createFakeElectron, fakeInvokeEvent } from '../fake-electron';
import type { FakeElectron } from '../fake-electron';

const STRONG = 'lantern orchard velvet 1927 quiver';
type Call = (event: unknown, request: unknown) => Promise<unknown>;

let dir: string;
let fake: FakeElectron;
const clipboard = { writeText: vi.fn() };
const showSaveDialog = vi.fn();

beforeEach(async () => {
  vi.resetModules();
  clipboard.writeText.mockReset();
  showSaveDialog.mockReset();
  dir = await mkdtemp(join(tmpdir(), 'qbr-main-identity-'));
  fake = createFakeElectron({
    paths: { userData: join(dir, 'userData'), crashDumps: join(dir, 'crashDumps') },
  });
  Object.assign(fake.electron.dialog, { showSaveDialog });
  vi.doMock('electron', () => ({ ...fake.electron, clipboard }));
  await import('../../../../electron/main/index');
  fake.markReady();
  await vi.waitFor(() => expect(fake.ipcHandlers.has('identity:create')).toBe(true));
});

afterEach(async () => {
  vi.doUnmock('electron');
  await rm(dir, { recursive: true, force: true });
});

const call = (channel: string, request: unknown) =>
  (fake.ipcHandlers.get(channel) as Call)(fakeInvokeEvent('app://bundle/index.html'), request);

describe('identities in Electron main', () => {
  it('keeps identities under userData/identities, saves the card and copies the fingerprint', async () => {
    const created = (await call('identity:create', {
      profile: { name: '张三', organisation: '甲大学', region: '北京市', role: 'expert' },
      passphrase: STRONG,
    })) as { ok: true; value: { current: { fingerprint: string } } };
    expect(created.ok).toBe(true);
    const { fingerprint } = created.value.current;
    expect(await readdir(join(dir, 'userData', 'identities'))).toEqual([`${fingerprint}.qbid`]);

    await expect(call('identity:copyFingerprint', {})).resolves.toMatchObject({ ok: true });
    expect(clipboard.writeText).toHaveBeenCalledWith(fingerprint);

    const cardFile = join(dir, 'card.json');
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: cardFile });
    await expect(call('identity:exportCard', {})).resolves.toEqual({
      ok: true,
      value: { fileName: 'card.json' },
    });
    const [, options] = showSaveDialog.mock.calls[0] as [unknown, Electron.SaveDialogOptions];
    expect(options.defaultPath).toBe(`身份卡-张三-${fingerprint}.json`);
    expect(options.properties).toContain('dontAddToRecent');
    expect(parseIdentityCard(await readFile(cardFile, 'utf8')).fingerprint).toBe(fingerprint);

    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(call('identity:exportCard', {})).resolves.toEqual({
      ok: true,
      value: { fileName: null },
    });
  }, 60_000);

  it('backs up to the folder the open dialog gives, without the recent-documents list', async () => {
    const created = (await call('identity:create', {
      profile: { name: '李四', organisation: '乙研究院', role: 'leader' },
      passphrase: STRONG,
    })) as { value: { current: { fingerprint: string } } };
    const { fingerprint } = created.value.current;
    fake.dialogAnswers.push(dir);
    await expect(call('identity:backup', { fingerprint })).resolves.toEqual({
      ok: true,
      value: { fileName: `身份备份-${fingerprint}.qbid` },
    });
    const open = fake.electron.dialog.showOpenDialog as unknown as ReturnType<typeof vi.fn>;
    const options = open.mock.calls.at(-1)?.at(-1) as Electron.OpenDialogOptions;
    expect(options.properties).toEqual(['openDirectory', 'createDirectory', 'dontAddToRecent']);
  }, 60_000);
});
