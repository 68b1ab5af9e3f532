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
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseManifest } from '../../shared/case/case-manifest';
import type { Rubric } from '../../shared/domain/rubric';
import type { DeliberationRecord } from '../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../shared/merge/deliberation-summary';
import type { ReviewDraft } from '../../electron/core/bundle';
import type { Identity } from '../../electron/core/identity';
import { prepareGroupMerge, writeGroupBundle } from '../../electron/core/merge';
import { signingSeedOf } from '../../electron/core/crypto/ed25519-keys';
import { packageManifest, reviewAt, reviewBundleFrom } from '../fixtures/review-bundles';
import { pdfMaterial, scannedPdf, sealOfficeRound, seatsOf } from '../fixtures/sealed-round';
import type { RoundApplication, RoundGroup } from '../fixtures/sealed-round';
import { benchIdentity } from './bench-people';
import { MERGE_APPLICATIONS, MERGE_GROUPS, MERGE_GROUP_SIZE } from './merge-counts';
import { MERGE_CACHE_VERSION } from './merge-input';
import type { MergeCacheFacts } from './merge-input';

const PER_GROUP = MERGE_APPLICATIONS / MERGE_GROUPS;

const groupId = (g: number) => `g${String(g + 1).padStart(2, '0')}`;
const expertId = (g: number, k: number) => `${groupId(g)}e${k + 1}`;
const CHAIR = 'chair';
const VICE_CHAIR = 'vice';

/** Scores that differ by expert and application, so statistics and deviations have work. */
function draftFor(rubric: Rubric, g: number, k: number, n: number): ReviewDraft {
  const ratio = 0.55 + ((g * 7 + k * 5 + n * 3) % 40) / 100;
  return reviewAt(
    rubric,
    ratio,
    {
      comments: {
        c1: '方法科学，原理清楚，质量管理体系覆盖研发、采购、制造与服务各环节。',
        c1p1: '符合质量管理基本规律，关键过程能力指数提升明显。',
      },
      overall: {
        strengths: '体系完整，数据翔实，持续改进机制运行有效。',
        weaknesses: '对标数据偏少，推广价值论证不足。',
        suggestions: '补充与行业标杆的对比，量化经济效益。',
      },
    },
    0.7,
  );
}

/** 250 applications, each with one scanned 推荐表. */
function applications(): RoundApplication[] {
  return Array.from({ length: MERGE_APPLICATIONS }, (_, i) => {
    const n = i + 1;
    return {
      applicationNo: `2026${String(n).padStart(3, '0')}`,
      applicantName: `基准申报单位${n}有限公司`,
      experienceTitle: `质量管理经验${n}`,
      scope: n % 2 === 0 ? 2 : 1,
      materials: [pdfMaterial('推荐表.pdf', scannedPdf(`推荐表 ${n}`))],
    };
  });
}

/** 10 groups of a leader and six members, each reviewing 25 applications in turn. */
function groups(): RoundGroup[] {
  return Array.from({ length: MERGE_GROUPS }, (_, g) => ({
    id: groupId(g),
    name: `第${g + 1}组`,
    leaderId: expertId(g, 0),
    memberIds: Array.from({ length: MERGE_GROUP_SIZE - 1 }, (_, k) => expertId(g, k + 1)),
    applications: Array.from({ length: PER_GROUP }, (_, i) => g * PER_GROUP + i),
  }));
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
  const sealed = await sealOfficeRound({
    office,
    workspace: join(dir, '2026.qboffice'),
    outDir: join(dir, 'packages'),
    applications: applications(),
    people: seatsOf(roster, (id) => people.get(id)!.card),
    groups: groups(),
    committee: { chairId: CHAIR, viceChairId: VICE_CHAIR },
    scryptLogN: 10,
  });
  const manifests = new Map<string, CaseManifest>();
  for (const p of roster) {
    const manifest = await packageManifest(
      sealed.packageOf(p.id),
      office.card.fingerprint,
      people.get(p.id)!,
    );
    manifests.set(p.id, manifest);
  }
  return { office, people, manifests };
}

function reviewBundleOf(identity: Identity, manifest: CaseManifest, g: number, k: number) {
  return reviewBundleFrom(identity, manifest, 1, (_, n) =>
    draftFor(manifest.round.rubric, g, k, n),
  );
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
