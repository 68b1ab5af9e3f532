import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decidePermission, PERMISSION_TABLE } from '../../../../electron/main/security/permissions';

/** The permission union of a handler in the installed electron.d.ts, read as text. */
function permissionsInTypings(handler: string): string[] {
  const typings = readFileSync(
    createRequire(import.meta.url).resolve('electron/electron.d.ts'),
    'utf8',
  );
  const line = typings.split('\n').find((text) => text.includes(`${handler}(handler:`));
  const union = line?.match(/permission: ((?:'[^']+'(?: \| )?)+)/)?.[1];
  if (union === undefined) throw new Error(`No permission union for ${handler}`);
  return [...union.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
}

describe('PERMISSION_TABLE', () => {
  it('lists exactly the permissions of the installed Electron', () => {
    const names = new Set([
      ...permissionsInTypings('setPermissionRequestHandler'),
      ...permissionsInTypings('setPermissionCheckHandler'),
    ]);
    expect(names.size).toBeGreaterThan(30);
    expect(Object.keys(PERMISSION_TABLE).sort()).toEqual([...names].sort());
  });

  it('denies every one, each with a reason', () => {
    for (const [name, rule] of Object.entries(PERMISSION_TABLE)) {
      expect(rule.allowed, name).toBe(false);
      expect(rule.reason.length, name).toBeGreaterThan(5);
    }
  });
});

describe('decidePermission', () => {
  it('is false for every listed permission', () => {
    for (const name of Object.keys(PERMISSION_TABLE)) expect(decidePermission(name)).toBe(false);
  });

  it.each(['bluetooth', 'camera', 'microphone', 'clipboard-write', '', 'toString', '__proto__'])(
    'is false for the unlisted name %j',
    (name) => expect(decidePermission(name)).toBe(false),
  );
});
