/**
 * Only the working set's door imports Dexie or the in-memory IndexedDB (eslint.config.js,
 * workingSetDoor): the same import is refused anywhere else in the app, and taken in the door.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });
const DOOR_RULE = 'data-door/no-restricted-imports';

async function ruleIds(code: string, pretendPath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${pretendPath}` });
  return result!.messages.map((message) => message.ruleId);
}

const imports = {
  dexie: "import Dexie from 'dexie';\nexport const db = new Dexie('x');\n",
  fakeIndexedDb:
    "import { IDBFactory } from 'fake-indexeddb';\nexport const f = new IDBFactory();\n",
  fakeAuto: "import 'fake-indexeddb/auto';\nexport const x = 1;\n",
  dexieSubpath: "import { liveQuery } from 'dexie/dist/dexie.mjs';\nexport const q = liveQuery;\n",
};

describe('the working set door', () => {
  const refused: [keyof typeof imports, string][] = [
    ['dexie', 'renderer/data/lint-fixture.ts'],
    ['dexie', 'renderer/state/lint-fixture.ts'],
    ['fakeIndexedDb', 'renderer/data/lint-fixture.ts'],
    ['fakeIndexedDb', 'renderer/features/annotations/lint-fixture.tsx'],
    ['fakeAuto', 'renderer/app/lint-fixture.ts'],
    ['dexieSubpath', 'renderer/data/lint-fixture.ts'],
    ['fakeIndexedDb', 'electron/main/lint-fixture.ts'],
    ['dexie', 'shared/lint-fixture.ts'],
  ];
  it.each(refused)('refuses %s in %s', async (which, path) => {
    expect(await ruleIds(imports[which], path)).toContain(DOOR_RULE);
  });

  it('takes Dexie and fake-indexeddb in the door itself', async () => {
    const code = `${imports.dexie}import { IDBFactory } from 'fake-indexeddb';\nexport const f = new IDBFactory();\n`;
    expect(await ruleIds(code, 'renderer/data/working-set-db.ts')).toEqual([]);
  });
});
