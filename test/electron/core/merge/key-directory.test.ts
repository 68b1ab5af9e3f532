/**
 * The group bundle's key directory (docs/group-bundle-format.md, "The key directory") over a real
 * sealed round: every reader opens its group sections with the file keys its entry carries
 * (the directory's entries tried instead of the sections' wraps), to what a version 2 bundle
 * gives; four entries of one length whoever reads; a flipped byte in an entry refused by its
 * signed hash; the writer refuses an entry carrying a key for a section its reader may not read;
 * a forged key, a section named twice and a second entry for one reader are refused, named; a
 * key left out is unwrapped instead, with the same result; a version 3 header with sections of
 * version 2, or a version 1 header with sections of version 3, is refused.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { isAppError } from '../../../../shared/errors';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import { KEY_DIRECTORY_ENTRIES } from '../../../../shared/merge/group-bundle-content';
import * as openMany from '../../../../electron/core/crypto/age-open-many';
import type { GroupBundleRequest, OpenedGroupBundle } from '../../../../electron/core/merge';
import {
  openGroupBundle,
  prepareGroupMerge,
  verifyGroupBundle,
  writeGroupBundle,
} from '../../../../electron/core/merge';
import { sealKeyDirectory } from '../../../../electron/core/merge/group-key-directory';
import { groupBundlePrefix } from '../../../../electron/core/merge/group-bundle-format';
import { signFor } from '../../../../electron/core/crypto/signature-context';
import { mergeRound } from './merge-round';

vi.mock('../../../../electron/core/crypto/age-open-many', async (original) => {
  const actual = await original<typeof openMany>();
  return { ...actual, openAgeFiles: vi.fn(actual.openAgeFiles) };
});

const scratch = await mkdtemp(join(tmpdir(), 'qb-key-directory-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));
const leader = round.identity('e01');
const chair = round.identity('e09');
const viceChair = round.identity('e10');
const office = round.sealed.office;
const leaderManifest = round.manifests.get('e01')!;
const rubric = leaderManifest.round.rubric;
const app2 = round.applicationIds[1]!;
const facts = { rubric, roundKind: 'material' as const };

const prepared = await prepareGroupMerge({
  identity: leader,
  manifest: leaderManifest,
  bundles: [
    await round.reviewBundle('e01', { ratio: 0.9 }),
    await round.reviewBundle('e02', { ratio: 0.8 }),
    await round.reviewBundle('e03', { ratio: 0.5 }),
  ],
});
const records: DeliberationRecord[] = [
  {
    kind: 'absence',
    applicationId: round.applicationIds[0]!,
    expertId: 'e03',
    cause: 'missing-review',
    reason: '该专家与此申报单位存在办公室登记的回避情形。',
  },
];

function write(change: Partial<GroupBundleRequest> = {}) {
  const { merge } = prepared;
  return writeGroupBundle({
    identity: leader,
    roster: round.statement('e01'),
    rubric,
    sequence: 1,
    memberBundles: prepared.memberBundles,
    merge,
    records,
    deliberation: deliberationSummary({ merge, rubric, roundKind: 'material', records }),
    readersOf: (id) => prepared.readersOf(id),
    ...change,
  });
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

/** What a reader gets, sections compared by application (the order is shuffled). */
const contents = (opened: OpenedGroupBundle) =>
  canonicalJson(
    [...opened.sections]
      .sort((a, b) => (a.applicationId < b.applicationId ? -1 : 1))
      .map(({ number: _, ...rest }) => rest),
  );

/** The age files tried with the reader's identity (directory entries and wraps) while opening. */
async function unwrapsOpening(bytes: Uint8Array, reader = chair): Promise<number> {
  const spy = vi.mocked(openMany.openAgeFiles);
  spy.mockClear();
  await openGroupBundle(verifyGroupBundle(bytes), reader, facts);
  return spy.mock.calls.reduce((sum, [files]) => sum + files.length, 0);
}

const honest = await write();
const versionTwo = await write({ olderVersion: 2 });
const chairFingerprint = chair.card.fingerprint;

describe('the key directory of a version 3 group bundle', () => {
  it('holds four entries of one length, whoever reads', async () => {
    const verified = verifyGroupBundle(honest);
    expect(verified.header.version).toBe(3);
    expect(verified.directory).toHaveLength(KEY_DIRECTORY_ENTRIES);
    expect(new Set(verified.directory.map((d) => d.length)).size).toBe(1);
    // The vice-chair left out of one application: still four entries, of the same length.
    const fewer = verifyGroupBundle(
      await write({
        readersOf: (id) =>
          prepared
            .readersOf(id)
            .filter((r) => id !== app2 || r.fingerprint !== viceChair.card.fingerprint),
      }),
    );
    expect(fewer.directory.map((d) => d.length)).toEqual(verified.directory.map((d) => d.length));
  });

  it('opens every reader’s sections with no group section wrap tried, as a version 2 bundle does', async () => {
    const verified = verifyGroupBundle(honest);
    for (const reader of [chair, viceChair, office, leader]) {
      const opened = await openGroupBundle(verified, reader, facts);
      const older = await openGroupBundle(verifyGroupBundle(versionTwo), reader, facts);
      expect(opened.sections).toHaveLength(3);
      expect(contents(opened)).toBe(contents(older));
      // The directory's entries tried instead of the three group section wraps.
      expect(await unwrapsOpening(honest, reader)).toBe(
        (await unwrapsOpening(versionTwo, reader)) - 3 + KEY_DIRECTORY_ENTRIES,
      );
    }
    expect(verifyGroupBundle(versionTwo).header.version).toBe(1);
  });

  it('refuses a flipped byte in an entry by its signed hash', () => {
    const headerEnd = 16 + Buffer.from(honest).readUInt32BE(12);
    const verified = verifyGroupBundle(honest);
    for (const [entry, file] of verified.directory.entries()) {
      const at = headerEnd + verified.directory.slice(0, entry).reduce((s, d) => s + d.length, 0);
      const copy = Buffer.from(honest);
      copy[at + file.length - 20] = (copy[at + file.length - 20] ?? 0) ^ 0x01;
      let caught: unknown;
      try {
        verifyGroupBundle(copy);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught, 'group-bundle-directory-altered')).toBe(true);
      expect(isAppError(caught) && caught.params).toEqual({ entry: entry + 1 });
    }
  });

  it('is not written with a key for a section its reader may not read', async () => {
    const code = await refusal(() =>
      write({
        readersOf: (id) =>
          prepared
            .readersOf(id)
            .filter((r) => id !== app2 || r.fingerprint !== viceChair.card.fingerprint),
        // The vice-chair's entry given every section's key, app2's among them.
        directoryKeys: (fingerprint, keys) =>
          fingerprint === viceChair.card.fingerprint
            ? [0, 1, 2].map((index) => ({ index, fileKey: new Uint8Array(16) }))
            : keys,
      }),
    );
    expect(code).toBe('group-key-directory-readers');
  });

  it('refuses a forged key, a section named twice and a second entry for one reader, named', async () => {
    const forged = await write({
      directoryKeys: (fingerprint, keys) =>
        fingerprint === chairFingerprint
          ? keys.map((k, i) => (i === 1 ? { ...k, fileKey: new Uint8Array(16).fill(7) } : k))
          : keys,
    });
    const twice = await write({
      directoryKeys: (fingerprint, keys) =>
        fingerprint === chairFingerprint ? [keys[0]!, keys[0]!, keys[1]!] : keys,
    });
    const secondEntry = await write({
      sealKeyDirectory: (entries, count) =>
        // The four readers fill the directory: the office's entry becomes a second chair's.
        sealKeyDirectory(
          entries.map((e) =>
            e.fingerprint === office.card.fingerprint
              ? entries.find((c) => c.fingerprint === chairFingerprint)!
              : e,
          ),
          count,
        ),
    });
    for (const [n, bytes] of [forged, twice, secondEntry].entries()) {
      const verified = verifyGroupBundle(bytes);
      let caught: unknown;
      try {
        await openGroupBundle(verified, chair, facts);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught) ? caught.code : caught, String(n)).toBe(
        'group-key-directory-wrong',
      );
      const entry = isAppError(caught, 'group-key-directory-wrong') ? caught.params.entry : 0;
      expect(entry).toBeGreaterThanOrEqual(1);
      expect(entry).toBeLessThanOrEqual(KEY_DIRECTORY_ENTRIES);
      // The office's own entry is honest: it still opens.
      if (bytes !== secondEntry) {
        expect((await openGroupBundle(verified, office, facts)).sections).toHaveLength(3);
      }
    }
  });

  it('unwraps a section whose key the reader’s entry leaves out, to the same result', async () => {
    const missing = await write({
      directoryKeys: (fingerprint, keys) =>
        fingerprint === chairFingerprint ? keys.slice(1) : keys,
    });
    const opened = await openGroupBundle(verifyGroupBundle(missing), chair, facts);
    const whole = await openGroupBundle(verifyGroupBundle(honest), chair, facts);
    expect(contents(opened)).toBe(contents(whole));
    expect(await unwrapsOpening(missing)).toBe((await unwrapsOpening(honest)) + 1);
  });

  it('refuses sections of another generation than the header’s, however signed', async () => {
    /** The bundle re-framed with another header version and directory, signed again by the leader. */
    const reframed = (bytes: Uint8Array, version: 1 | 3) => {
      const buffer = Buffer.from(bytes);
      const headerLength = buffer.readUInt32BE(12);
      const { directory: _, ...header } = JSON.parse(
        buffer.subarray(16, 16 + headerLength).toString('utf8'),
      ) as { directory?: { length: number }[]; sections: unknown[] };
      const oldDirectory = (_ ?? []).reduce((sum, d) => sum + d.length, 0);
      const rest = buffer.subarray(16 + headerLength + oldDirectory, buffer.length - 72);
      const directory = version === 3 ? sealKeyDirectory([], header.sections.length) : [];
      const text = Buffer.from(
        canonicalJson({
          ...header,
          version,
          ...(version === 3
            ? {
                directory: directory.map((file) => ({
                  length: file.length,
                  sha256: createHash('sha256').update(file).digest('hex'),
                })),
              }
            : {}),
        }),
        'utf8',
      );
      const signed = Buffer.concat([groupBundlePrefix(text.length), text]);
      return Buffer.concat([
        signed,
        ...directory,
        rest,
        signFor('groupBundle', leader.signingKey, [signed]),
        buffer.subarray(buffer.length - 8),
      ]);
    };
    // The re-framing itself keeps a bundle good: version 2 sections under a version 1 header.
    const same = reframed(versionTwo, 1);
    expect((await openGroupBundle(verifyGroupBundle(same), chair, facts)).sections).toHaveLength(3);
    for (const bytes of [reframed(versionTwo, 3), reframed(honest, 1)]) {
      const code = await refusal(() => openGroupBundle(verifyGroupBundle(bytes), chair, facts));
      expect(code).toBe('group-bundle-section-invalid');
    }
  });
});
