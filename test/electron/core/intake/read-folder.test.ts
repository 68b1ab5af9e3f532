import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakePath } from '../../../../electron/core/intake';
import { buildZip } from './helpers/zip-builder';

let root: string;
let folder: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'qbr-intake-folder-'));
  folder = join(root, '2024001+某某科技有限公司');
  await mkdir(join(folder, '证明材料'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('folder intake', () => {
  it('walks sub-folders breadth-first and opens an archive inside', async () => {
    await writeFile(
      join(folder, '申报书.docx'),
      buildZip([{ name: 'word/document.xml', data: '<w/>' }]),
    );
    await writeFile(join(folder, '证明材料', '证书.pdf'), '%PDF-1.4 %%EOF');
    await writeFile(
      join(folder, '附件.zip'),
      buildZip([{ name: '合同.pdf', data: '%PDF-1.4 %%EOF' }]),
    );
    const result = await intakePath(folder);
    expect(result.sourceKind).toBe('folder');
    expect(result.applicationNo).toBe('2024001');
    expect(result.problems).toEqual([]);
    expect(result.materials.map((m) => [m.path, m.kind])).toEqual([
      ['申报书.docx', 'application-text'],
      ['附件.zip/合同.pdf', 'evidence'],
      ['证明材料/证书.pdf', 'evidence'],
    ]);
  });

  it('never follows a link', async () => {
    await writeFile(join(root, 'outside.pdf'), '%PDF-1.4 %%EOF');
    await symlink(join(root, 'outside.pdf'), join(folder, 'link.pdf'));
    await symlink(root, join(folder, 'dirlink'));
    await writeFile(join(folder, 'a.pdf'), '%PDF-1.4 %%EOF');
    const result = await intakePath(folder);
    expect(result.problems.map((p) => [p.category, p.effect, p.entryPath])).toEqual([
      ['link-entry', 'skipped', 'dirlink'],
      ['link-entry', 'skipped', 'link.pdf'],
    ]);
    expect(result.materials.map((m) => m.path)).toEqual(['a.pdf']);
  });

  // mkfifo is coreutils on every Linux machine this runs on; never skipped.
  it('skips a FIFO instead of blocking on it', async () => {
    execFileSync('mkfifo', [join(folder, 'pipe')]);
    await writeFile(join(folder, 'a.pdf'), '%PDF-1.4 %%EOF');
    const result = await intakePath(folder);
    expect(result.problems).toMatchObject([
      { category: 'unsupported-format', effect: 'skipped', entryPath: 'pipe' },
    ]);
    expect(result.materials).toHaveLength(1);
  });

  it('applies the same limits as an archive', async () => {
    await writeFile(join(folder, 'big.pdf'), Buffer.alloc(4096));
    const result = await intakePath(folder, { limits: { maxEntryBytes: 1024 } });
    expect(result.problems).toMatchObject([
      { category: 'too-large', effect: 'refused', entryPath: 'big.pdf' },
    ]);
  });

  it('refuses an empty folder', async () => {
    const result = await intakePath(folder);
    expect(result.problems).toMatchObject([{ category: 'empty-archive', effect: 'refused' }]);
  });
});
