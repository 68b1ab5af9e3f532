import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What `build7z` puts in an archive. */
export interface SevenZipSpec {
  readonly files: readonly {
    readonly name: string;
    readonly text?: string;
    readonly zeros?: number;
  }[];
  readonly links?: readonly { readonly name: string; readonly target: string }[];
  readonly password?: string;
  readonly encryptHeaders?: boolean;
}

/** Builds a 7z archive in a child process (see make-7z.ts). */
export function build7z(spec: SevenZipSpec): Uint8Array {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const script = fileURLToPath(new URL('./make-7z.ts', import.meta.url));
  const base64 = execFileSync(process.execPath, ['--import', tsx, script, JSON.stringify(spec)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return Buffer.from(base64, 'base64');
}
