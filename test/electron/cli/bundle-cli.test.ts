/**
 * qbreview bundle verify and inspect as a user runs them: the sample bundle, copies of it with a
 * flipped byte, two bundles with one sequence, a reader who reads nothing, and a bundle checked
 * against the verifier's own package of a round sealed by the office's code; every failure with
 * its code in --json and a non-zero exit.
 */
import { openCasePackage } from '../../../electron/core/case';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import {
  materialHashesOf,
  rosterStatementForManifest,
  sectionReadersOf,
  signRosterStatement,
  signUndertaking,
  writeReviewBundle,
} from '../../../electron/core/bundle';
import type { SectionReader } from '../../../electron/core/bundle';
import { encodeIdentityFile } from '../../../electron/core/identity';
import type { Identity } from '../../../electron/core/identity';
import { SAMPLE_PEOPLE, sampleRequest, samplePeople } from '../../fixtures/bundle/sample-round';
import { person, reviewDraft } from '../core/bundle/bundle-fixtures';
import { regions } from '../core/bundle/bundle-surgery';
import { sealedRound } from '../core/desk/desk-fixtures';
import { cli } from './run-cli';

const fixtures = fileURLToPath(new URL('../../fixtures/bundle/', import.meta.url));
const sample = join(fixtures, 'sample.qbbundle');
const scratch = await mkdtemp(join(tmpdir(), 'qb-bundle-cli-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const env = { QBREVIEW_STATE_DIR: join(scratch, 'state') };
const people = await samplePeople();
const office = people.office.card.fingerprint;
const as = (who: keyof typeof SAMPLE_PEOPLE) => ({
  ...env,
  QBREVIEW_PASSPHRASE: SAMPLE_PEOPLE[who].passphrase,
});
const identityFile = (who: keyof typeof SAMPLE_PEOPLE) => join(fixtures, SAMPLE_PEOPLE[who].file);

async function scratchFile(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}

async function flippedCopy(name: string, region: string): Promise<string> {
  const bytes = Buffer.from(await readFile(sample));
  const [start] = regions(bytes)[region]!;
  bytes[start + 5] = (bytes[start + 5] ?? 0) ^ 0x01;
  return scratchFile(name, bytes);
}

describe('qbreview bundle verify', () => {
  it('verifies the sample with no key, and says what it checked', async () => {
    const run = await cli(['bundle', 'verify', sample, '--office-fingerprint', office]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('评审意见包有效');
    expect(run.stdout).toContain(`${office}（已核对）`);
    const json = await cli(['bundle', 'verify', sample, '--json']);
    expect(json.json?.result).toMatchObject({
      bundles: [{ sequence: 2, sections: 4, office: { fingerprint: office, checked: false } }],
    });
  });

  it('refuses a copy with one flipped byte, saying which part and with its code', async () => {
    for (const [region, code] of [
      ['ciphertext 2', 'bundle-section-altered'],
      ['wrap 1', 'bundle-section-altered'],
      ['signature', 'bundle-bad-signature'],
      ['header', 'bundle-malformed'],
    ] as const) {
      const file = await flippedCopy(`flipped-${region.replace(' ', '-')}.qbbundle`, region);
      const run = await cli(['bundle', 'verify', file, '--json']);
      expect(run.code, region).toBe(1);
      expect(run.json?.error?.code, region).toBe(code);
      const plain = await cli(['bundle', 'verify', file]);
      expect(plain.stderr, region).toMatch(/^qbreview: .+。\/ .+\n$/);
    }
    const altered = await cli([
      'bundle',
      'verify',
      await flippedCopy('flipped-section.qbbundle', 'ciphertext 2'),
    ]);
    expect(altered.stderr).toContain('第 2 部分已被改动');
  });

  it('refuses another office, case or round than the one given', async () => {
    const cases = [
      [['--office-fingerprint', people.leader.card.fingerprint], 'bundle-unknown-office'],
      [['--case', '5a3b1e00000000000000000000009999'], 'bundle-wrong-case-round'],
      [['--round', 'defense'], 'bundle-wrong-case-round'],
    ] as const;
    for (const [options, code] of cases) {
      const run = await cli(['bundle', 'verify', sample, ...options, '--json']);
      expect([run.code, run.json?.error?.code]).toEqual([1, code]);
    }
  });

  it('refuses two different bundles with one sequence as equivocation, and an older one as stale', async () => {
    const again = await scratchFile(
      'again.qbbundle',
      await writeReviewBundle(sampleRequest(people)),
    );
    const equivocation = await cli(['bundle', 'verify', sample, again, '--json']);
    expect([equivocation.code, equivocation.json?.error?.code]).toEqual([1, 'bundle-equivocation']);
    const older = await scratchFile(
      'older.qbbundle',
      await writeReviewBundle({ ...sampleRequest(people), sequence: 1 }),
    );
    const stale = await cli(['bundle', 'verify', sample, older, '--json']);
    expect(stale.json?.error).toMatchObject({
      code: 'bundle-stale-sequence',
      detail: 'file 2 of 2',
    });
    const inOrder = await cli(['bundle', 'verify', older, sample, '--json']);
    expect(inOrder.json?.result).toMatchObject({
      bundles: [{ sequence: 1 }, { sequence: 2, history: { kind: 'added', supersedes: 1 } }],
    });
  });

  it('refuses an author the office certified for a seat that does not review', async () => {
    const request = sampleRequest(people);
    const roster = signRosterStatement(people.office.signingKey, {
      ...request.roster.statement,
      member: { ...request.roster.statement.member, seats: [{ role: 'chair' }] },
    });
    const file = await scratchFile(
      'chair.qbbundle',
      await writeReviewBundle({ ...request, roster }),
    );
    const run = await cli(['bundle', 'verify', file, '--json']);
    expect(run.json?.error?.code).toBe('bundle-author-not-in-roster');
  });
});

describe('qbreview bundle inspect', () => {
  it('shows the leader every section', async () => {
    const run = await cli(
      ['bundle', 'inspect', sample, '--identity', identityFile('leader'), '--json'],
      as('leader'),
    );
    expect(run.code).toBe(0);
    const result = run.json?.result as {
      sections: { applicationId: string }[];
      notForReader: number[];
    };
    expect(result.sections.map((s) => s.applicationId).sort()).toEqual([
      'S2026-001',
      'S2026-002',
      'S2026-003',
    ]);
    expect(result.notForReader).toHaveLength(1);
  });

  it('tells the chair in conflict that section 2 is not for him, and shows the others', async () => {
    const run = await cli(
      ['bundle', 'inspect', sample, '--identity', identityFile('chair')],
      as('chair'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout.match(/第 \d 部分：不是为您加密的/g)).toHaveLength(2);
    expect(run.stdout).toContain('主要优点：方法系统、成效显著，示范性强。');
    expect(run.stdout).not.toContain('问题导向清楚');
  });

  it('prints no escape sequence or direction override the author wrote', async () => {
    const request = sampleRequest(people);
    const applications = request.applications.map((a) =>
      a.outcome.kind === 'review'
        ? {
            ...a,
            outcome: {
              ...a.outcome,
              overall: {
                ...a.outcome.overall,
                strengths: '\u001b[2J\u001b]0;x\u0007好\u202e评\n第二行',
              },
            },
          }
        : a,
    );
    const file = await scratchFile(
      'escapes.qbbundle',
      await writeReviewBundle({ ...request, applications }),
    );
    const run = await cli(
      ['bundle', 'inspect', file, '--identity', identityFile('leader')],
      as('leader'),
    );
    expect(run.code).toBe(0);
    for (const raw of ['\u001b', '\u0007', '\u202e']) expect(run.stdout).not.toContain(raw);
    expect(run.stdout).toContain('\uFFFD[2J\uFFFD]0;x\uFFFD好\uFFFD评\n      第二行');
  });

  it('refuses a person who reads no section, with its code', async () => {
    const stranger = await person('路人', 'expert');
    const file = await scratchFile(
      'stranger.qbid',
      await encodeIdentityFile(stranger, 'stranger-passphrase-2026', 10),
    );
    const run = await cli(['bundle', 'inspect', sample, '--identity', file, '--json'], {
      ...env,
      QBREVIEW_PASSPHRASE: 'stranger-passphrase-2026',
    });
    expect([run.code, run.json?.error?.code]).toEqual([1, 'bundle-not-a-reader']);
  });

  it('needs an identity', async () => {
    const run = await cli(['bundle', 'inspect', sample, '--json']);
    expect([run.code, run.json?.error?.code]).toEqual([2, 'usage']);
  });
});

describe('against the verifier’s own package', () => {
  /** e02 of a round sealed by the office's code reviews all three applications of its package. */
  async function sealedReview(
    round: Awaited<ReturnType<typeof sealedRound>>,
    change: (manifest: CaseManifest) => CaseManifest = (m) => m,
    readers: (allowed: SectionReader[]) => SectionReader[] = (r) => r,
  ): Promise<Uint8Array> {
    const officeFingerprint = round.office.card.fingerprint;
    const expert = round.identity('e02');
    const opened = await openCasePackage(round.file('e02'), {
      officeFingerprint,
      identity: expert.ageIdentity,
    });
    const manifest = change(opened.manifest as CaseManifest);
    await opened.close();
    const roster = rosterStatementForManifest(
      round.office.signingKey,
      manifest,
      manifest.applications.length,
    );
    return writeReviewBundle({
      identity: expert,
      roster,
      rubric: manifest.round.rubric,
      sequence: 1,
      undertaking: signUndertaking(expert, {
        caseId: manifest.caseId,
        roundId: manifest.round.id,
        text: '保密承诺',
        signedAt: '2026-11-20T09:00:00+08:00',
      }),
      applications: manifest.applications.map((a) => ({
        applicationId: a.id,
        materials: materialHashesOf(manifest, a.id),
        outcome: reviewDraft(manifest.round.rubric, 0.8),
        readers: readers(sectionReadersOf(manifest, a.id)),
      })),
    });
  }

  it('checks case, round, rubric and material hashes in the sections the leader reads', async () => {
    const round = await sealedRound(join(scratch, 'sealed'));
    const leaderFile = await scratchFile(
      'leader.qbid',
      await encodeIdentityFile(round.identity('e01') as Identity, 'leader-passphrase-2026', 10),
    );
    const leaderEnv = { ...env, QBREVIEW_PASSPHRASE: 'leader-passphrase-2026' };
    const withPackage = [
      '--package',
      round.file('e01'),
      '--identity',
      leaderFile,
      '--office-fingerprint',
      round.office.card.fingerprint,
      '--json',
    ];
    const good = await scratchFile('sealed-good.qbbundle', await sealedReview(round));
    const ok = await cli(['bundle', 'verify', good, ...withPackage], leaderEnv);
    expect(ok.json?.result).toMatchObject({
      bundles: [{ readableSections: [1, 2, 3], checkedAgainstPackage: true }],
    });

    const badHash = await scratchFile(
      'sealed-bad-hash.qbbundle',
      await sealedReview(round, (m) => ({
        ...m,
        materials: m.materials.map((x, i) => (i === 1 ? { ...x, sha256: 'a'.repeat(64) } : x)),
      })),
    );
    const refused = await cli(['bundle', 'verify', badHash, ...withPackage], leaderEnv);
    expect(refused.json?.error?.code).toBe('bundle-material-hash');

    const fewerReaders = await scratchFile(
      'sealed-fewer-readers.qbbundle',
      await sealedReview(round, undefined, (allowed) =>
        allowed.filter((r) => r.fingerprint !== round.identity('e09').card.fingerprint),
      ),
    );
    const narrowed = await cli(['bundle', 'verify', fewerReaders, ...withPackage], leaderEnv);
    expect(narrowed.json?.error?.code).toBe('bundle-section-invalid');
    expect(narrowed.json?.error?.message).toContain('第 1 部分');

    const sampleRun = await cli(['bundle', 'verify', sample, ...withPackage], leaderEnv);
    expect(sampleRun.json?.error?.code).toBe('bundle-unknown-office');
  });
});
