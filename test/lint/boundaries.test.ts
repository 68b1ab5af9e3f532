/**
 * Proves the import boundaries bite: each fixture is linted as if it lived in the folder it
 * violates, with the project's own ESLint config, and must fail with the boundary rule.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function lintMessages(fixture: string, pretendPath: string) {
  const code = readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: `${root}${pretendPath}` });
  return result!.messages;
}

async function lintAs(fixture: string, pretendPath: string) {
  return (await lintMessages(fixture, pretendPath)).map((message) => message.ruleId);
}

describe('import boundaries', () => {
  const violations: [string, string, string][] = [
    ['shared-imports-node.ts', 'shared/domain/lint-fixture.ts', 'no-restricted-imports'],
    ['shared-imports-electron-dir.ts', 'shared/domain/lint-fixture.ts', 'no-restricted-imports'],
    ['shared-imports-renderer.ts', 'shared/domain/lint-fixture.ts', 'no-restricted-imports'],
    ['shared-uses-dom.ts', 'shared/domain/lint-fixture.ts', 'no-restricted-globals'],
    ['renderer-imports-electron.ts', 'renderer/features/lint-fixture.ts', 'no-restricted-imports'],
    ['renderer-imports-node.ts', 'renderer/features/lint-fixture.ts', 'no-restricted-imports'],
    ['renderer-imports-dexie.ts', 'renderer/features/lint-fixture.ts', 'no-restricted-imports'],
    ['core-imports-electron.ts', 'electron/core/units/lint-fixture.ts', 'no-restricted-imports'],
    [
      'core-imports-ipc-adapter.ts',
      'electron/core/office/lint-fixture.ts',
      'no-restricted-imports',
    ],
    [
      'core-imports-channel-map.ts',
      'electron/core/office/lint-fixture.ts',
      'no-restricted-imports',
    ],
  ];

  for (const [fixture, pretendPath, rule] of violations) {
    it(`fails ${fixture} placed at ${pretendPath}`, async () => {
      expect(await lintAs(fixture, pretendPath)).toContain(rule);
    });
  }

  it('reports every violating import of a file, not only the first', async () => {
    const messages = await lintMessages(
      'renderer-imports-electron.ts',
      'renderer/features/lint-fixture.ts',
    );
    const lines = messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
    expect(new Set(lines)).toEqual(new Set([2, 3]));
  });

  it('lets the same Node import through where it belongs (electron/core)', async () => {
    expect(await lintAs('shared-imports-node.ts', 'electron/core/units/lint-fixture.ts')).toEqual(
      [],
    );
  });

  it('lets the adapter import the channel map and the core (electron/ipc)', async () => {
    expect(await lintAs('core-imports-channel-map.ts', 'electron/ipc/lint-fixture.ts')).toEqual([]);
  });

  it('accepts a clean core service', async () => {
    expect(await lintAs('clean-core.ts', 'electron/core/office/lint-fixture.ts')).toEqual([]);
  });

  it('accepts a clean shared module', async () => {
    expect(await lintAs('clean-shared.ts', 'shared/domain/lint-fixture.ts')).toEqual([]);
  });
});
