/**
 * RAR volume sets: each part alone is 分卷压缩包 with the parts it needs named; all parts
 * offered together (dropped at once, or on one command line) are read as one application.
 * Volumes are built by hand (helpers/rar4-builder.ts, helpers/rar5-builder.ts): no Debian tool
 * writes RAR, and the shared corpus holds no volume set.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  intakeArchiveBytes,
  intakeInputs,
  intakePath,
  planIntake,
} from '../../../../electron/core/intake/intake';
import type { IntakeResult } from '../../../../electron/core/intake';
import { readRarVolumeHeader } from '../../../../electron/core/intake/volumes/rar-volume-header';
import { volumeNameFor, volumeNaming } from '../../../../electron/core/intake/volumes/volume-names';
import { readAtBytes } from '../../../../electron/core/intake/zip/zip-span';
import { buildRar4, buildRar4Volumes } from './helpers/rar4-builder';
import { buildRar5, buildRar5Volumes } from './helpers/rar5-builder';

const BASE = '2024001+某某科技有限公司';
const pdf = Buffer.from(`%PDF-1.4\n${'申报材料正文'.repeat(400)}\n%%EOF\n`);
const rar4 = buildRar4Volumes({ name: Buffer.from('承诺书.pdf'), data: pdf }, 3, {
  newNumbering: true,
});
const rar4old = buildRar4Volumes({ name: Buffer.from('承诺书.pdf'), data: pdf }, 3);
const rar5 = buildRar5Volumes('推荐表/推荐表.pdf', pdf, 3);
/** The name of volume `i`, counted from 1 as WinRAR names them. */
const part = (i: number) => `${BASE}.part${i}.rar`;
/** The name of the volume at index `i` of a list. */
const partAt = (i: number) => part(i + 1);
const oldNames = [`${BASE}.rar`, `${BASE}.r00`, `${BASE}.r01`];
const inputs = (volumes: Uint8Array[], names: (i: number) => string) =>
  volumes.map((bytes, i) => ({ name: names(i), bytes }));
const categories = (result: IntakeResult) =>
  result.problems.map((p) => [p.category, p.effect] as const);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-volumes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('volume names', () => {
  it.each([
    ['a.part1.rar', { scheme: 'part', base: 'a', number: 0, width: 1 }],
    ['a.b.part02.RAR', { scheme: 'part', base: 'a.b', number: 1, width: 2 }],
    ['a.rar', { scheme: 'old', base: 'a', number: 0 }],
    ['a.r00', { scheme: 'old', base: 'a', number: 1 }],
    ['a.r99', { scheme: 'old', base: 'a', number: 100 }],
    ['a.s00', { scheme: 'old', base: 'a', number: 101 }],
  ])('reads %s', (name, naming) => {
    expect(volumeNaming(name)).toMatchObject(naming);
  });

  it('names the other volumes of a set the same way', () => {
    expect(volumeNameFor(volumeNaming('甲.part01.rar')!, 11)).toBe('甲.part12.rar');
    expect(volumeNameFor(volumeNaming('甲.r05')!, 0)).toBe('甲.rar');
    expect(volumeNameFor(volumeNaming('甲.rar')!, 101)).toBe('甲.s00');
    expect(volumeNaming('甲.zip')).toBeNull();
  });
});

describe('RAR volume headers', () => {
  const header = (bytes: Uint8Array) => readRarVolumeHeader(readAtBytes(bytes), bytes.length);

  it('read RAR 4 volume, first-volume, naming and next-volume flags', async () => {
    expect(await header(rar4[0]!)).toMatchObject({
      format: 'rar4',
      isVolume: true,
      isFirst: true,
      number: 0,
      isLast: false,
      newNumbering: true,
    });
    expect(await header(rar4[2]!)).toMatchObject({ isVolume: true, isFirst: null, isLast: true });
    expect(await header(rar4old[1]!)).toMatchObject({ newNumbering: false, isLast: false });
  });

  it('read RAR 5 volume numbers and the end block', async () => {
    expect(await header(rar5[0]!)).toMatchObject({
      format: 'rar5',
      isVolume: true,
      isFirst: true,
      number: 0,
      isLast: false,
    });
    expect(await header(rar5[2]!)).toMatchObject({ isFirst: false, number: 2, isLast: true });
  });

  it('say a single archive is no volume, and other bytes are no RAR', async () => {
    expect(await header(buildRar5('a.pdf', pdf))).toMatchObject({ isVolume: false });
    expect(await header(buildRar4([{ name: Buffer.from('a'), data: pdf }]))).toMatchObject({
      isVolume: false,
    });
    expect(await header(pdf)).toBeNull();
  });
});

describe('volume sets offered together', () => {
  it.each([
    ['RAR 4, name.partN.rar', rar4, partAt, '承诺书.pdf'],
    ['RAR 4, name.rar and name.r00', rar4old, (i: number) => oldNames[i]!, '承诺书.pdf'],
    ['RAR 5', rar5, partAt, '推荐表/推荐表.pdf'],
  ])('takes in a complete set (%s) as one application', async (_what, volumes, names, path) => {
    // In any order: the plan puts the parts first to last.
    const given = inputs(volumes, names).reverse();
    const results = await intakeInputs(given);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.problems).toEqual([]);
    expect(result!.sourceName).toBe(names(0));
    expect(result!.applicationNo).toBe('2024001');
    expect(result!.materials.map((m) => m.path)).toEqual([path]);
    expect(Buffer.from(result!.materials[0]!.bytes).equals(pdf)).toBe(true);
  });

  it('takes in a set given as paths, as the command line does', async () => {
    const paths = [];
    for (const [i, bytes] of rar5.entries()) {
      const path = join(dir, part(i + 1));
      await writeFile(path, bytes);
      paths.push({ path });
    }
    const [result] = await intakeInputs(paths);
    expect(result!.refused).toBe(false);
    expect(result!.materials).toHaveLength(1);
  });

  it('keeps other inputs apart, in the order given', async () => {
    const single = { name: '2024002+乙单位.rar', bytes: buildRar5('a.pdf', pdf) };
    const plan = await planIntake([single, ...inputs(rar4, partAt)]);
    expect(plan.map((unit) => unit.kind)).toEqual(['single', 'volume-set']);
  });
});

describe('volumes offered without the rest of their set', () => {
  it('is 分卷压缩包, naming the parts needed and missing, not 压缩包损坏', async () => {
    const result = await intakeArchiveBytes(part(2), rar4[1]!);
    expect(result.refused).toBe(true);
    expect(categories(result)).toEqual([['multi-volume', 'refused']]);
    const { message } = result.problems[0]!;
    expect(message).toContain('分卷压缩包');
    expect(message).toContain(`缺少 ${part(1)}、${part(3)}`);
    expect(message).toContain('Multi-volume archive');
  });

  it('says when the last volume is unknown: "and any after"', async () => {
    const [result] = await intakeInputs(inputs(rar5.slice(0, 2), partAt));
    expect(categories(result!)).toEqual([['multi-volume', 'refused']]);
    expect(result!.problems[0]!.detail).toContain(`缺少 ${part(3)} 及其后的各卷（如有）`);
  });

  it('names a missing middle volume of an old-style set', async () => {
    const [result] = await intakeInputs([
      { name: oldNames[0]!, bytes: rar4old[0]! },
      { name: oldNames[2]!, bytes: rar4old[2]! },
    ]);
    expect(result!.problems[0]!.detail).toContain(`缺少 ${oldNames[1]}`);
  });

  it('is the same from a path', async () => {
    const path = join(dir, part(3));
    await writeFile(path, rar5[2]!);
    const result = await intakePath(path);
    expect(categories(result)).toEqual([['multi-volume', 'refused']]);
    expect(result.problems[0]!.detail).toContain(`缺少 ${part(1)}、${part(2)}`);
  });

  it('takes a single archive named like a first volume as what it is', async () => {
    const result = await intakeArchiveBytes(part(1), buildRar5('承诺书.pdf', pdf));
    expect(result.problems).toEqual([]);
    expect(result.materials).toHaveLength(1);
  });
});

describe('volume sets inside an application', () => {
  it('reads the volumes of a set found in the archive together', async () => {
    const zip = zipSync({
      '附件/扫描件.part1.rar': rar4[0]!,
      '附件/扫描件.part2.rar': rar4[1]!,
      '附件/扫描件.part3.rar': rar4[2]!,
      '申报书.pdf': pdf,
    });
    const result = await intakeArchiveBytes(`${BASE}.zip`, zip);
    expect(result.problems).toEqual([]);
    expect(result.materials.map((m) => m.path).sort()).toEqual([
      '申报书.pdf',
      '附件/扫描件.part1.rar/承诺书.pdf',
    ]);
  });

  it('skips an incomplete set as 分卷压缩包 and keeps the rest', async () => {
    const zip = zipSync({ '附件/扫描件.r00': rar4old[1]!, '申报书.pdf': pdf });
    const result = await intakeArchiveBytes(`${BASE}.zip`, zip);
    expect(result.materials.map((m) => m.path)).toEqual(['申报书.pdf']);
    expect(categories(result)).toEqual([['multi-volume', 'skipped']]);
  });
});
