/**
 * The external commands the peers run, and the Debian package each comes from. A missing tool
 * is said once, in one line naming the package, and the peers that need it are recorded as
 * missing: never a stack trace, never a row silently compared against something else.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

const DEBIAN_PACKAGE = {
  age: 'age',
  openssl: 'openssl',
  unzip: 'unzip',
  sha256sum: 'coreutils',
  xargs: 'findutils',
  sync: 'coreutils',
  sh: 'dash',
  sqlite3: 'sqlite3',
  soffice: 'libreoffice-writer-nogui',
  pdftoppm: 'poppler-utils',
} as const;

export type PeerTool = keyof typeof DEBIAN_PACKAGE;

/** True when `tool` is an executable file in one of PATH's folders. */
export async function isOnPath(tool: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      await access(join(dir, tool), constants.X_OK);
      return true;
    } catch {
      // Not in this folder; try the next.
    }
  }
  return false;
}

export function missingToolLine(tool: PeerTool): string {
  const pkg = DEBIAN_PACKAGE[tool];
  return (
    `缺少对比工具 ${tool}（Debian 软件包 ${pkg}：sudo apt-get install ${pkg}），相关对比项记为缺失。` +
    ` / Peer tool ${tool} is missing (Debian package ${pkg}); the peers that need it are recorded as missing.`
  );
}

export class PeerTools {
  private readonly probed = new Map<PeerTool, Promise<boolean>>();

  constructor(
    private readonly say: (line: string) => void,
    private readonly probe: (tool: string) => Promise<boolean> = isOnPath,
  ) {}

  /** Null when every tool is installed; else what is missing, e.g. "age (Debian package age)". */
  async missing(tools: readonly PeerTool[]): Promise<string | null> {
    const absent: PeerTool[] = [];
    for (const tool of tools) {
      let known = this.probed.get(tool);
      if (known === undefined) {
        known = this.probe(tool).then((present) => {
          if (!present) this.say(missingToolLine(tool));
          return present;
        });
        this.probed.set(tool, known);
      }
      if (!(await known)) absent.push(tool);
    }
    if (absent.length === 0) return null;
    return absent.map((tool) => `${tool} (Debian package ${DEBIAN_PACKAGE[tool]})`).join(', ');
  }
}
