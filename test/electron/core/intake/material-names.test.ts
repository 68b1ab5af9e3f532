import { describe, expect, it } from 'vitest';
import { intakeArchiveBytes } from '../../../../electron/core/intake';
import { MAX_MATERIAL_NAME, nameMaterials } from '../../../../electron/core/intake/material-names';
import { MaterialSchema } from '../../../../shared/domain/material';
import { buildZip } from './helpers/zip-builder';

const NAME = '2024001+某某科技有限公司.zip';
const PDF = '%PDF-1.4\n%%EOF\n';
/** A path as deep Chinese folders make it: 20 folders of 12 characters, then the file. */
const deepPath = `${Array.from({ length: 20 }, (_, i) => `第${i + 1}级申报材料目录名称`).join('/')}/推荐表（盖章扫描件）.pdf`;

const fitsTheCase = (name: string) =>
  MaterialSchema.shape.fileName.safeParse(name).success && name.length <= MAX_MATERIAL_NAME;

describe('nameMaterials', () => {
  it('keeps names that fit, and says nothing', () => {
    expect(nameMaterials(['a/b.pdf', '承诺书.pdf'], ['pdf', 'pdf'])).toEqual({
      names: ['a/b.pdf', '承诺书.pdf'],
      findings: [],
    });
  });

  it('names an unnamed entry after its content, and says so', () => {
    const { names, findings } = nameMaterials(
      ['', 'inner.zip/', 'x.txt'],
      ['pdf', 'other', 'text'],
    );
    expect(names).toEqual(['未命名文件1.pdf', 'inner.zip/未命名文件2', 'x.txt']);
    expect(findings).toMatchObject([
      { category: 'renamed-entry', effect: 'flagged', entryPath: '未命名文件1.pdf' },
      { category: 'renamed-entry', effect: 'flagged', entryPath: 'inner.zip/未命名文件2' },
    ]);
    expect(findings[1]!.detail).toContain('inner.zip');
  });

  it('shortens a path over 255 characters from the front, keeping the file name', () => {
    expect(deepPath.length).toBeGreaterThan(MAX_MATERIAL_NAME);
    const { names, findings } = nameMaterials([deepPath], ['pdf']);
    const name = names[0]!;
    expect(fitsTheCase(name)).toBe(true);
    expect(name.startsWith('…/')).toBe(true);
    expect(name.endsWith('/第20级申报材料目录名称/推荐表（盖章扫描件）.pdf')).toBe(true);
    expect(findings).toMatchObject([{ category: 'renamed-entry', entryPath: name }]);
    expect(findings[0]!.detail).toContain(`${deepPath.length} 个字符`);
  });

  it('cuts a file name that alone is too long, keeping its extension and whole characters', () => {
    const long = `${'😀'.repeat(200)}.docx`;
    const name = nameMaterials([long], ['docx']).names[0]!;
    expect(fitsTheCase(name)).toBe(true);
    expect(name.endsWith('….docx')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps names unique when two shorten alike or a generated one is taken', () => {
    const twin = deepPath.replace('推荐表', '目录/推荐表');
    const { names } = nameMaterials(
      [`甲/${deepPath}`, `乙/${deepPath}`, '未命名文件1.pdf', '', twin],
      ['pdf', 'pdf', 'pdf', 'pdf', 'pdf'],
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names.every(fitsTheCase)).toBe(true);
    expect(names[3]).toBe('未命名文件1 (2).pdf');
  });
});

describe('intake of unnamed and deep entries', () => {
  it('takes an entry named "." under a generated name, with the rest', async () => {
    const result = await intakeArchiveBytes(
      NAME,
      buildZip([
        { name: '.', data: PDF },
        { name: '承诺书.pdf', data: PDF },
      ]),
    );
    expect(result.refused).toBe(false);
    expect(result.materials.map((m) => m.path)).toEqual(['未命名文件1.pdf', '承诺书.pdf']);
    expect(result.problems).toMatchObject([
      { category: 'renamed-entry', label: '文件名已更改', entryPath: '未命名文件1.pdf' },
    ]);
    expect(result.problems[0]!.message).toContain('File renamed');
  });

  it('names an unnamed entry of a nested archive, under that archive', async () => {
    const inner = buildZip([
      { name: './', data: '' },
      { name: '.', data: PDF },
    ]);
    const result = await intakeArchiveBytes(
      NAME,
      buildZip([
        { name: '附件.zip', data: inner },
        { name: '承诺书.pdf', data: PDF },
      ]),
    );
    expect(result.materials.map((m) => m.path)).toEqual(['附件.zip/未命名文件1.pdf', '承诺书.pdf']);
    expect(result.materials.every((m) => fitsTheCase(m.path))).toBe(true);
  });

  it('takes a deep Chinese path shortened, and two unnamed entries both', async () => {
    const result = await intakeArchiveBytes(
      NAME,
      buildZip([
        { name: deepPath, data: PDF, utf8Flag: true },
        { name: '.', data: 'a' },
        { name: '', data: 'b' },
      ]),
    );
    expect(result.refused).toBe(false);
    expect(result.materials).toHaveLength(3);
    expect(result.materials.every((m) => fitsTheCase(m.path))).toBe(true);
    expect(result.problems.map((p) => p.category)).toEqual([
      'renamed-entry',
      'renamed-entry',
      'renamed-entry',
    ]);
  });
});
