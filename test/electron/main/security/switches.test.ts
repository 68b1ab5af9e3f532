import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMAND_LINE_SWITCHES, FORBIDDEN_APIS } from '../../../../electron/main/security/switches';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Files that name a forbidden thing in order to refuse it. */
const DEFINITIONS: Readonly<Record<string, readonly string[]>> = {
  'electron/main/security/switches.ts': FORBIDDEN_APIS.map((api) => api.pattern),
  'electron/main/security/web-preferences.ts': ['persist:'],
  // The permission Electron asks about before `shell.openExternal`: denied in the table.
  'electron/main/security/permissions.ts': ['openExternal'],
};

describe('COMMAND_LINE_SWITCHES', () => {
  const names = COMMAND_LINE_SWITCHES.map((entry) => entry.name);

  it('keeps the GPU shader cache off the disk (SECURITY.md item 16)', () => {
    expect(names).toContain('disable-gpu-shader-disk-cache');
  });

  it('turns proxies and host resolution off', () => {
    expect(names).toContain('no-proxy-server');
    expect(COMMAND_LINE_SWITCHES.find((entry) => entry.name === 'host-resolver-rules')?.value).toBe(
      'MAP * ~NOTFOUND',
    );
  });

  it('gives a reason for every switch and names each once, without dashes', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const entry of COMMAND_LINE_SWITCHES) {
      expect(entry.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(entry.reason.length).toBeGreaterThan(10);
    }
  });

  it('never enables logging, debugging or inspection', () => {
    for (const name of names) {
      expect(name).not.toMatch(/logging|log-file|debugging|inspect|remote/);
    }
  });
});

describe('FORBIDDEN_APIS', () => {
  const files = [...sourcesUnder('electron/main'), ...sourcesUnder('electron/preload')];

  it('finds the sources it scans', () => {
    expect(files).toContain('electron/main/index.ts');
    expect(files).toContain('electron/preload/index.ts');
  });

  it.each(FORBIDDEN_APIS.map((api) => [api.pattern, api.reason] as const))(
    'no main or preload source uses %s (%s)',
    (pattern) => {
      for (const file of files) {
        if (DEFINITIONS[file]?.includes(pattern)) continue;
        expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toContain(pattern);
      }
    },
  );

  it('keeps electron/main/security/ free of any runtime electron import', () => {
    for (const file of sourcesUnder('electron/main/security')) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const imports = text.match(/^import\s+(?!type\b)[^;]*from\s+'electron';/gm) ?? [];
      expect(imports, file).toEqual([]);
    }
  });
});
