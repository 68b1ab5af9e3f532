import { beforeAll, describe, expect, it } from 'vitest';
import { intakeArchiveBytes } from '../../../../electron/core/intake';
import { parseSevenZipListing } from '../../../../electron/core/intake/sevenzip/seven-zip-listing';
import { refusalForRun } from '../../../../electron/core/intake/sevenzip/seven-zip-run';
import { build7z } from './helpers/seven-zip-spec';

const NAME = '2024001+某某科技有限公司.7z';

describe('7z listing parser', () => {
  it('reads entries after the separator', () => {
    const lines = [
      'Path = /in.7z',
      'Type = 7z',
      '----------',
      'Path = 申报书.docx',
      'Size = 12',
      'Packed Size = ',
      'Attributes = A -rw-r--r--',
      'Encrypted = -',
      '',
      'Path = link',
      'Size = 3',
      'Packed Size = 9',
      'Attributes = A lrwxrwxrwx',
      'Encrypted = +',
      '',
    ];
    expect(parseSevenZipListing(lines)).toEqual([
      {
        path: '申报书.docx',
        isDirectory: false,
        isLink: false,
        size: 12,
        packedSize: null,
        encrypted: false,
      },
      { path: 'link', isDirectory: false, isLink: true, size: 3, packedSize: 9, encrypted: true },
    ]);
  });

  it('distrusts a listing with a line that is not "Key = value" (a name with a line break)', () => {
    expect(parseSevenZipListing(['----------', 'Path = a', 'b.txt', 'Size = 1', ''])).toBeNull();
  });
});

describe('7z intake (isolated worker)', () => {
  let plain: Uint8Array;
  let lockedNames: Uint8Array;
  let lockedData: Uint8Array;
  let zeros: Uint8Array;
  beforeAll(() => {
    plain = build7z({
      files: [
        { name: '申报材料/申报书.txt', text: '正文' },
        { name: '推荐表.pdf', text: '%PDF-1.4 %%EOF' },
      ],
      links: [{ name: 'link', target: '推荐表.pdf' }],
    });
    lockedNames = build7z({
      files: [{ name: 'a.txt', text: 'secret' }],
      password: 'TestData',
      encryptHeaders: true,
    });
    lockedData = build7z({ files: [{ name: 'a.txt', text: 'secret' }], password: 'TestData' });
    zeros = build7z({ files: [{ name: 'zeros.bin', zeros: 8 * 1024 * 1024 }] });
  }, 60_000);

  it('extracts in memory with names intact and skips links', async () => {
    const result = await intakeArchiveBytes(NAME, plain);
    expect(result.problems).toMatchObject([
      { category: 'link-entry', effect: 'skipped', entryPath: 'link' },
    ]);
    expect(result.materials.map((m) => [m.path, m.kind])).toEqual([
      ['推荐表.pdf', 'recommendation-form'],
      ['申报材料/申报书.txt', 'evidence'],
    ]);
  });

  it('asks for, rejects and accepts a password for encrypted names', async () => {
    expect((await intakeArchiveBytes(NAME, lockedNames)).problems).toMatchObject([
      { category: 'password-required', effect: 'refused' },
    ]);
    expect(
      (await intakeArchiveBytes(NAME, lockedNames, { password: 'bad' })).problems,
    ).toMatchObject([{ category: 'wrong-password', effect: 'refused' }]);
    const open = await intakeArchiveBytes(NAME, lockedNames, { password: 'TestData' });
    expect(open.problems).toEqual([]);
    expect(Buffer.from(open.materials[0]!.bytes).toString()).toBe('secret');
  });

  it('asks for, rejects and accepts a password for encrypted data', async () => {
    expect((await intakeArchiveBytes(NAME, lockedData)).problems).toMatchObject([
      { category: 'password-required', entryPath: 'a.txt' },
    ]);
    expect(
      (await intakeArchiveBytes(NAME, lockedData, { password: 'bad' })).problems,
    ).toMatchObject([{ category: 'wrong-password', entryPath: 'a.txt' }]);
    expect(
      (await intakeArchiveBytes(NAME, lockedData, { password: 'TestData' })).materials,
    ).toHaveLength(1);
  });

  it('refuses a truncated archive as corrupt', async () => {
    const result = await intakeArchiveBytes(NAME, plain.subarray(0, plain.length - 20));
    expect(result.problems).toMatchObject([{ category: 'corrupt-archive', effect: 'refused' }]);
  });

  it('takes 8 MiB of sparse data at thousands to one: the ratio is not checked at that size', async () => {
    const result = await intakeArchiveBytes(NAME, zeros);
    expect(result.refused).toBe(false);
    expect(result.materials.map((m) => m.size)).toEqual([8 * 1024 * 1024]);
  });

  it('refuses a bomb by its ratio above the floor, and by real output when the ratio check is lifted', async () => {
    const floored = await intakeArchiveBytes(NAME, zeros, {
      limits: { ratioFloorBytes: 1024 * 1024 },
    });
    expect(floored.problems).toMatchObject([{ category: 'zip-bomb' }]);
    const lifted = await intakeArchiveBytes(NAME, zeros, {
      limits: { maxRatio: Number.MAX_SAFE_INTEGER, maxEntryBytes: 2 * 1024 * 1024 },
    });
    expect(lifted.problems).toMatchObject([{ category: 'too-large' }]);
  });
});

describe('7-Zip stopping without a message', () => {
  it('says what a bare number means, and leaves the number out', () => {
    const refusal = refusalForRun(
      { exitCode: null, lines: [], thrown: 264904 },
      { password: null },
      null,
    );
    expect(refusal.category).toBe('corrupt-archive');
    expect(refusal.detail).not.toContain('264904');
    expect(refusal.detail).toContain('未捕获的 C++ 异常');
    expect(refusal.detail).toContain('压缩包很可能已损坏');
    expect(refusal.detailEn).toContain('uncaught C++ exception');
  });

  it('names a WASM trap and an exit code in words; out of memory is a bomb, as for RAR', () => {
    const trap = new WebAssembly.RuntimeError('memory access out of bounds');
    expect(
      refusalForRun({ exitCode: null, lines: [], thrown: trap }, { password: null }, null).detail,
    ).toContain('WASM 运行错误：memory access out of bounds');
    const memory = refusalForRun(
      { exitCode: 8, lines: [], thrown: null },
      { password: null },
      null,
    );
    expect([memory.category, memory.detail]).toEqual([
      'zip-bomb',
      '解压所需内存过大：7-Zip 内存不足（退出码 8）',
    ]);
    expect(
      refusalForRun({ exitCode: 2, lines: [], thrown: null }, { password: null }, null).detail,
    ).toContain('退出码 2 结束：7-Zip 报告致命错误');
  });

  it('reports a fuzzed 7z on which the decoder aborts (found by mutating a valid one)', async () => {
    // 268 bytes: a valid two-file 7z with four bytes changed; 7-Zip throws a C++ exception on it.
    const fuzzed = Buffer.from(
      'N3q8ryccAAQUMzp2ywAAAAAAAAAhAAAAAAAAAFoUrwDgmFcAWV0ANBlJ7o3pF4k6M1/9gnxk05yr8jcDPbAHwPyaSCnLrRAI7yfjMrPE8HHb+8+IT5hD9S1q9o7+WbyB13Dh72gdsnB/DhfKNasOQt3VRvm+iShzD/hcarwpgQAAAACBMweuD9Ocyz1AwJDS/3SoJFTSfuOLJ+Atluy5gY44YnRJxhyg8sVrmuv0h3BBg18PeTfc4O7bvji4JtJf1WkXNKDmyrqRr74JCnIjT87fnupOsmQnHUXt41m/autL+fk0vT9UMmEAABcGYQEJagAHCwEAASMDAQECXQAQAAAMgJIKAdP2CvEAAA==',
      'base64',
    );
    const result = await intakeArchiveBytes(NAME, fuzzed);
    expect(result.problems).toMatchObject([{ category: 'corrupt-archive', effect: 'refused' }]);
    expect(result.problems[0]!.detail).toContain('7z 解码器中止：');
    expect(result.problems[0]!.detail).not.toMatch(/\(\d+\)/);
  });
});
