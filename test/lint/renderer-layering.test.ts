/**
 * Proves the renderer's layering bites (issue 8): a screen's folder never imports another's,
 * only state/ calls main, only ipc/client.ts touches window's api, and no component subscribes
 * to a whole store or sets a store's busy and error itself. Each fixture is linted as if it
 * lived where it would break the rule, with the project's own ESLint config.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleIds(fixture: string, pretendPath: string): Promise<(string | null)[]> {
  const code = readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: `${root}${pretendPath}` });
  return result!.messages.map((message) => message.ruleId);
}

describe('renderer layering', () => {
  const violations: [string, string, string][] = [
    [
      'renderer-feature-imports-feature.ts',
      'renderer/features/sealing/lint-fixture.ts',
      'no-restricted-imports',
    ],
    [
      'renderer-nested-feature-imports-feature.ts',
      'renderer/features/sealing/parts/lint-fixture.ts',
      'no-restricted-imports',
    ],
    [
      'renderer-component-imports-ipc-client.ts',
      'renderer/components/lint-fixture.tsx',
      'no-restricted-imports',
    ],
    [
      'renderer-component-imports-ipc-client.ts',
      'renderer/app/lint-fixture.tsx',
      'no-restricted-imports',
    ],
    [
      'renderer-touches-window-api.ts',
      'renderer/features/units/lint-fixture.ts',
      'no-restricted-syntax',
    ],
    ['renderer-touches-window-api.ts', 'renderer/state/lint-fixture.ts', 'no-restricted-syntax'],
    ['renderer-whole-store.ts', 'renderer/features/panel/lint-fixture.ts', 'no-restricted-syntax'],
    [
      'renderer-feature-sets-busy.ts',
      'renderer/features/panel/lint-fixture.ts',
      'no-restricted-imports',
    ],
    [
      'renderer-feature-reads-ui-store.ts',
      'renderer/features/panel/lint-fixture.ts',
      'no-restricted-imports',
    ],
  ];

  for (const [fixture, pretendPath, rule] of violations) {
    it(`fails ${fixture} placed at ${pretendPath}`, async () => {
      expect(await ruleIds(fixture, pretendPath)).toContain(rule);
    });
  }

  it('lets a feature import its own folder and the shared layers', async () => {
    expect(
      await ruleIds(
        'renderer-feature-imports-own-folder.ts',
        'renderer/features/sealing/lint-fixture.ts',
      ),
    ).toEqual([]);
  });

  it('lets an action module in state/ call main', async () => {
    expect(
      await ruleIds('renderer-action-calls-main.ts', 'renderer/state/lint-fixture.ts'),
    ).toEqual([]);
  });

  it('lets the one door touch window', async () => {
    expect(await ruleIds('renderer-touches-window-api.ts', 'renderer/ipc/client.ts')).toEqual([]);
  });

  it('keeps the usual renderer bans in a feature folder (Dexie, Node)', async () => {
    expect(
      await ruleIds('renderer-imports-dexie.ts', 'renderer/features/panel/lint-fixture.ts'),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds('renderer-imports-node.ts', 'renderer/components/lint-fixture.ts'),
    ).toContain('no-restricted-imports');
  });
});
