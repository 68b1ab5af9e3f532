/**
 * Prints the test vectors of docs/bundle-format.md from the inputs below (the page is the
 * record; bundle-vectors.test.ts reads it back). The age wrap is random: pass a saved one as
 * the first argument (hex) to keep it, or none to draw a new one.
 *   npx tsx test/electron/core/bundle/print-bundle-vectors.ts [wrap-hex]
 */
import { createHash } from 'node:crypto';
import { identityToRecipient } from 'age-encryption';
import { wrapSectionKey } from '../../../../electron/core/bundle/section-wrap';
import { specBundle } from './bundle-vector-spec';
import type { VectorInputs } from './bundle-vector-spec';

const range = (from: number, count: number) =>
  Buffer.from(Array.from({ length: count }, (_, i) => from + i));

export const vectorRubric = {
  id: 'vector',
  name: '向量细则',
  roundKind: 'material',
  isPlaceholder: true,
  criteria: [
    {
      id: 'c1',
      numeral: '一',
      title: '科学性和创新性',
      weight: 100,
      parts: [{ id: 'c1p1', text: '符合科学规律。', maxPoints: 100 }],
    },
  ],
  bands: [
    { id: 'excellent', label: '优', minRatio: 0.9, descriptor: '' },
    { id: 'poor', label: '差', minRatio: 0, descriptor: '' },
  ],
};

const base = {
  officeSeed: range(0x00, 32),
  officeAge: 'AGE-SECRET-KEY-1GPQ5YS6YG4RYWJZFFF95CN2WFAG9Z5JN2324V46CT9D9KHZATE0S5FAZ64',
  expertSeed: range(0x20, 32),
  expertAge: 'AGE-SECRET-KEY-1VPSKYCMYV4NXW6RFDF4KCMTWDAC8ZUNNW36HVAMC09A8KLRA0ELS5V382A',
  leaderSeed: range(0x40, 32),
  leaderAge: 'AGE-SECRET-KEY-1H0QMRJ0HMS422Z0YF5EYKUVU3Z5S8S9KTT7JPHGDUVN357JP5PGQ2WXV5P',
  caseId: '0123456789abcdef0123456789abcdef',
  roundId: 'material',
  bundleId: range(0xa0, 16),
  sequence: 3,
  rubric: vectorRubric,
  undertakingText: '本人承诺对评审材料和评审情况严格保密。',
  undertakingSignedAt: '2026-11-20T09:00:00+08:00',
  applicationId: 'A01',
  materials: [
    { materialId: 'm-1', sha256: createHash('sha256').update(range(0, 100)).digest('hex') },
  ],
  outcome: {
    kind: 'review',
    partScores: { c1p1: 85.5 },
    comments: { c1: '方法科学。' },
    overall: { strengths: '体系完整。', weaknesses: '对标不足。', suggestions: '补充对标数据。' },
    recommendation: 'recommend',
    noDiscussionNeeded: false,
    total: 85.5,
  },
  readersSalt: range(0xb0, 32),
  sectionKey: range(0xd0, 32),
};

const given = process.argv[2];
const sectionWrap =
  given !== undefined
    ? Buffer.from(given, 'hex')
    : Buffer.from(
        await wrapSectionKey(
          base.sectionKey,
          await Promise.all(
            [base.officeAge, base.leaderAge, base.expertAge].map((a) => identityToRecipient(a)),
          ),
        ),
      );
const inputs: VectorInputs = { ...base, sectionWrap };
const out = await specBundle(inputs);

const hex = (b: Buffer | string) =>
  (typeof b === 'string' ? b : b.toString('hex')).match(/.{1,64}/g)!.join('\n');
const block = (name: string, text: string | number) =>
  `<!-- vector:${name} -->\n\`\`\`text\n${text}\n\`\`\`\n`;
const lines = [
  block('section-wrap', hex(sectionWrap)),
  block('office-fingerprint', out.officeFingerprint),
  block('expert-fingerprint', out.expertFingerprint),
  block('leader-fingerprint', out.leaderFingerprint),
  block('rubric-digest', out.rubricDigest),
  block('roster-statement', out.rosterStatement),
  block('roster-signature', out.rosterSignature),
  block('undertaking-statement', out.undertakingStatement),
  block('undertaking-signature', out.undertakingSignature),
  block('readers-commitment', out.readersCommitment),
  block('section-json', out.sectionJson),
  block('section-padded-length', out.paddedLength),
  block('section-cipher-key', out.sectionCipherKey),
  block('section-ciphertext', hex(out.ciphertext)),
  block('section-sha256', out.sectionSha256),
  block('prefix', out.prefix),
  block('header-json', out.headerJson),
  block('signature', hex(out.signature)),
  block('bundle-length', out.bundleLength),
  block('bundle-sha256', out.bundleSha256),
];
console.log(lines.join('\n'));
