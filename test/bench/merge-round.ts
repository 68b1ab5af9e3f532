/**
 * The merge_10x7x250 row's input, made by the project's own code and cached on the bench disk:
 * a material round of 250 applications in 10 groups of 7 experts (a leader and six members,
 * each scoring their group's 25), a chair and a vice-chair, sealed by the office's core (the
 * same sealRound the app's 封装 calls); each expert's review bundle written from their own
 * package's manifest and roster statement, as review:submit writes it; each leader's merge of
 * the group's 7 bundles (prepareGroupMerge) signed into a group bundle with a consensus and a
 * decision per application. The chair's identity and package facts are kept beside the bundles,
 * so a later run reads them back instead of sealing again.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseManifest } from '../../shared/case/case-manifest';
import { rubricParts } from '../../shared/domain/rubric';
import type { Rubric } from '../../shared/domain/rubric';
import type { DeliberationRecord } from '../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../shared/merge/deliberation-summary';
import {
  addMaterial,
  assignApplication,
  setCommittee,
  setGroup,
  setRoundApplications,
  upsertApplication,
} from '../../shared/office/office-record';
import type { OfficeRecord } from '../../shared/office/office-record';
import {
  materialHashesOf,
  sectionReadersOf,
  signUndertaking,
  writeReviewBundle,
} from '../../electron/core/bundle';
import type { ReviewDraft } from '../../electron/core/bundle';
import { openCasePackage } from '../../electron/core/case';
import type { Identity } from '../../electron/core/identity';
import { prepareGroupMerge, writeGroupBundle } from '../../electron/core/merge';
import { createGenerationMemory } from '../../electron/core/office/generation-memory';
import { sealRound } from '../../electron/core/office/office-seal';
import { createOfficeRecord } from '../../electron/core/office/office-session';
import { signingSeedOf } from '../../electron/core/crypto/ed25519-keys';
import { createMemoryJsonStore } from '../../electron/core/storage/json-store';
import { registerPeople } from '../electron/core/office/sealable-case';
import { benchIdentity } from './bench-people';
import { MERGE_APPLICATIONS, MERGE_GROUPS, MERGE_GROUP_SIZE } from './merge-counts';
import { MERGE_CACHE_VERSION } from './merge-input';
import type { MergeCacheFacts } from './merge-input';

const PER_GROUP = MERGE_APPLICATIONS / MERGE_GROUPS;

const groupId = (g: number) => `g${String(g + 1).padStart(2, '0')}`;
const expertId = (g: number, k: number) => `${groupId(g)}e${k + 1}`;
const CHAIR = 'chair';
const VICE_CHAIR = 'vice';

function scan(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
}

/** Scores that differ by expert and application, so statistics and deviations have work. */
function draftFor(rubric: Rubric, g: number, k: number, n: number): ReviewDraft {
  const ratio = 0.55 + ((g * 7 + k * 5 + n * 3) % 40) / 100;
  const partScores = Object.fromEntries(
    rubricParts(rubric).map(({ part }) => [part.id, Math.round(part.maxPoints * ratio * 2) / 2]),
  );
  return {
    kind: 'review',
    partScores,
    comments: {
      c1: '方法科学，原理清楚，质量管理体系覆盖研发、采购、制造与服务各环节。',
      c1p1: '符合质量管理基本规律，关键过程能力指数提升明显。',
    },
    overall: {
      strengths: '体系完整，数据翔实，持续改进机制运行有效。',
      weaknesses: '对标数据偏少，推广价值论证不足。',
      suggestions: '补充与行业标杆的对比，量化经济效益。',
    },
    recommendation: ratio >= 0.7 ? 'recommend' : 'not-recommend',
    noDiscussionNeeded: false,
  };
}

async function sealMergeRound(dir: string) {
  const office = await benchIdentity('全国质量标杆工作办公室', 'office', '中国质量协会');
  const roster: { id: string; role: 'leader' | 'member' | 'chair' | 'vice-chair' }[] = [];
  for (let g = 0; g < MERGE_GROUPS; g++) {
    for (let k = 0; k < MERGE_GROUP_SIZE; k++) {
      roster.push({ id: expertId(g, k), role: k === 0 ? 'leader' : 'member' });
    }
  }
  roster.push({ id: CHAIR, role: 'chair' }, { id: VICE_CHAIR, role: 'vice-chair' });
  const people = new Map<string, Identity>();
  for (const p of roster) people.set(p.id, await benchIdentity(`专家${p.id}`, 'expert'));

  const session = await createOfficeRecord(join(dir, '2026.qboffice'), {
    office,
    year: 2026,
    memory: createGenerationMemory(createMemoryJsonStore()),
  });
  const materials: { size: number; sha256: string }[] = [];
  for (let n = 1; n <= MERGE_APPLICATIONS; n++) {
    const bytes = scan(`推荐表 ${n}`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await session.workspace.putMaterial(sha256, bytes);
    materials.push({ size: bytes.length, sha256 });
  }
  await session.update((current) => {
    let next: OfficeRecord = current;
    for (let n = 1; n <= MERGE_APPLICATIONS; n++) {
      next = upsertApplication(next, {
        applicationNo: `2026${String(n).padStart(3, '0')}`,
        applicantName: `基准申报单位${n}有限公司`,
        experienceTitle: `质量管理经验${n}`,
        recommendingUnitId: 'unregistered',
        scope: n % 2 === 0 ? 2 : 1,
        focusArea: 'none',
        isSme: false,
      });
    }
    next = registerPeople(next, roster, people);
    const ids = next.applications.map((a) => a.id);
    for (const [i, m] of materials.entries()) {
      next = addMaterial(next, {
        id: `m-${i}`,
        applicationId: ids[i]!,
        kind: 'recommendation-form',
        fileName: '推荐表.pdf',
        mediaType: 'application/pdf',
        size: m.size,
        sha256: m.sha256,
        receivedAt: '2026-06-20T10:00:00+08:00',
        problems: [],
      });
    }
    next = setRoundApplications(next, 'material', ids);
    for (let g = 0; g < MERGE_GROUPS; g++) {
      next = setGroup(next, {
        id: groupId(g),
        name: `第${g + 1}组`,
        leaderId: expertId(g, 0),
        memberIds: Array.from({ length: MERGE_GROUP_SIZE - 1 }, (_, k) => expertId(g, k + 1)),
      });
    }
    next = setCommittee(next, { chairId: CHAIR, viceChairId: VICE_CHAIR });
    for (const [i, id] of ids.entries()) {
      const g = Math.floor(i / PER_GROUP);
      next = assignApplication(next, {
        roundId: 'material',
        applicationId: id,
        groupId: groupId(g),
      });
    }
    return next;
  });
  const out = join(dir, 'packages');
  await mkdir(out, { recursive: true });
  await sealRound(session, { office, roundId: 'material', outDir: out, scryptLogN: 10 });
  const manifests = new Map<string, CaseManifest>();
  for (const p of roster) {
    const opened = await openCasePackage(join(out, `${p.id}.qbcase`), {
      officeFingerprint: office.card.fingerprint,
      identity: people.get(p.id)!.ageIdentity,
    });
    manifests.set(p.id, opened.manifest as CaseManifest);
    await opened.close();
  }
  return { office, people, manifests };
}

async function reviewBundleOf(identity: Identity, manifest: CaseManifest, g: number, k: number) {
  const roster = manifest.rosterStatement;
  if (roster === undefined) throw new Error('sealing put no roster statement in the manifest');
  const rubric = manifest.round.rubric;
  return writeReviewBundle({
    identity,
    roster,
    rubric,
    sequence: 1,
    undertaking: signUndertaking(identity, {
      caseId: roster.statement.caseId,
      roundId: roster.statement.roundId,
      text: manifest.undertaking.text,
      signedAt: '2026-11-20T09:00:00+08:00',
    }),
    applications: manifest.applications.map((a, n) => ({
      applicationId: a.id,
      materials: materialHashesOf(manifest, a.id),
      outcome: draftFor(rubric, g, k, n),
      readers: sectionReadersOf(manifest, a.id),
    })),
  });
}

async function groupBundleOf(
  leader: Identity,
  manifest: CaseManifest,
  bundles: readonly Uint8Array[],
): Promise<Uint8Array> {
  const roster = manifest.rosterStatement;
  if (roster === undefined) throw new Error('sealing put no roster statement in the manifest');
  const prepared = await prepareGroupMerge({ identity: leader, manifest, bundles });
  const rubric = manifest.round.rubric;
  const records: DeliberationRecord[] = prepared.merge.applications.flatMap((a) => {
    const score = a.statistics?.trimmedMean.value ?? a.statistics?.mean ?? 0;
    return [
      { kind: 'consensus', applicationId: a.applicationId, score, opinion: '同意。' },
      {
        kind: 'decision',
        applicationId: a.applicationId,
        decision: score >= 70 ? 'enter-defense' : 'not-enter-defense',
      },
    ] as DeliberationRecord[];
  });
  return writeGroupBundle({
    identity: leader,
    roster,
    rubric,
    sequence: 1,
    memberBundles: prepared.memberBundles,
    merge: prepared.merge,
    records,
    deliberation: deliberationSummary({
      merge: prepared.merge,
      rubric,
      roundKind: 'material',
      records,
    }),
    readersOf: (id) => prepared.readersOf(id),
  });
}

/** Seals the round and writes the bundles and the chair's facts into `dir`. */
export async function buildMergeInput(dir: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const { office, people, manifests } = await sealMergeRound(join(dir, 'round'));
  log(
    `round sealed: ${manifests.size} packages (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const groupFiles: { file: string; sha256: string }[] = [];
  let memberBundles = 0;
  let reviews = 0;
  for (let g = 0; g < MERGE_GROUPS; g++) {
    const bundles: Uint8Array[] = [];
    for (let k = 0; k < MERGE_GROUP_SIZE; k++) {
      const id = expertId(g, k);
      bundles.push(await reviewBundleOf(people.get(id)!, manifests.get(id)!, g, k));
      reviews += manifests.get(id)!.applications.length;
    }
    memberBundles += bundles.length;
    const leaderId = expertId(g, 0);
    const bytes = await groupBundleOf(people.get(leaderId)!, manifests.get(leaderId)!, bundles);
    const file = `${groupId(g)}.qbbundle`;
    await writeFile(join(dir, file), bytes);
    groupFiles.push({ file, sha256: createHash('sha256').update(bytes).digest('hex') });
    log(`group ${groupId(g)}: 7 review bundles and the group bundle written`);
  }
  const chair = people.get(CHAIR)!;
  const chairManifest = manifests.get(CHAIR)!;
  const facts: MergeCacheFacts = {
    version: MERGE_CACHE_VERSION,
    chair: {
      name: chair.card.name,
      createdAt: chair.card.createdAt,
      signingSeed: Buffer.from(signingSeedOf(chair.signingKey)).toString('hex'),
      ageIdentity: chair.ageIdentity,
    },
    officeFingerprint: office.card.fingerprint,
    caseId: chairManifest.caseId,
    roundId: chairManifest.round.id,
    rubricDigest: chairManifest.rubricDigest,
    rubric: chairManifest.round.rubric,
    chairManifest,
    memberBundles,
    reviews,
    groupBundles: groupFiles,
  };
  await rm(join(dir, 'round'), { recursive: true, force: true });
  // Written last: a cache without it is one whose build did not finish.
  await writeFile(join(dir, 'facts.json'), JSON.stringify(facts));
}
