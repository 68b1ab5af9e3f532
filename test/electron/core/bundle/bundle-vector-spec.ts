/**
 * The review bundle written out again from docs/bundle-format.md with plain node:crypto, apart
 * from the writer: the test vectors are recomputed here and compared with the page and with the
 * writer's bytes, so the page, the spec and the code cannot drift apart.
 */
import {
  createCipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  sign,
} from 'node:crypto';
import { identityToRecipient } from 'age-encryption';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { encodeCrockfordBase32 } from '../../../../electron/core/crypto/crockford-base32';

/** The vector's inputs, as the page lists them. */
export interface VectorInputs {
  readonly officeSeed: Buffer;
  readonly officeAge: string;
  readonly expertSeed: Buffer;
  readonly expertAge: string;
  readonly leaderSeed: Buffer;
  readonly leaderAge: string;
  readonly caseId: string;
  readonly roundId: string;
  readonly bundleId: Buffer;
  readonly sequence: number;
  readonly rubric: unknown;
  readonly undertakingText: string;
  readonly undertakingSignedAt: string;
  readonly applicationId: string;
  readonly materials: unknown;
  readonly outcome: unknown;
  readonly readersSalt: Buffer;
  readonly sectionKey: Buffer;
  readonly sectionWrap: Buffer;
}

const sha256 = (...parts: (Buffer | string)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

function ed25519(seed: Buffer) {
  const key = createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(12);
  return { key, publicKey: Buffer.from(publicKey) };
}

async function personKeys(seed: Buffer, age: string) {
  const { key, publicKey } = ed25519(seed);
  const ageRecipient = await identityToRecipient(age);
  const digest = sha256('QBREVIEW fingerprint v1\0', publicKey, ageRecipient);
  const fingerprint = encodeCrockfordBase32(digest.subarray(0, 10)).match(/.{4}/g)!.join('-');
  return {
    key,
    keys: { fingerprint, signingPublicKey: publicKey.toString('base64'), ageRecipient },
  };
}

function padme(length: number): number {
  if (length < 3) return length;
  const e = Math.floor(Math.log2(length));
  const s = Math.floor(Math.log2(e)) + 1;
  const step = 2 ** (e - s);
  return Math.ceil(length / step) * step;
}

const signed = (key: ReturnType<typeof ed25519>['key'], context: string, message: Buffer) =>
  sign(null, Buffer.concat([Buffer.from(context, 'latin1'), message]), key);

/** Every output of the vector, from the inputs and the page's words alone. */
export async function specBundle(input: VectorInputs) {
  const office = await personKeys(input.officeSeed, input.officeAge);
  const expert = await personKeys(input.expertSeed, input.expertAge);
  const leader = await personKeys(input.leaderSeed, input.leaderAge);
  const rubricDigest = sha256(canonicalJson(input.rubric)).toString('hex');

  const rosterStatement = {
    format: 'qb-roster-statement',
    version: 1,
    caseId: input.caseId,
    roundId: input.roundId,
    rubricDigest,
    packageSequence: 1,
    office: office.keys,
    reviewSections: 1,
    member: { ...expert.keys, expertId: 'e02', seats: [{ role: 'member', groupId: 'g1' }] },
  };
  const rosterJson = canonicalJson(rosterStatement);
  const rosterSignature = signed(
    office.key,
    'QBCASE roster statement v1\0',
    Buffer.from(rosterJson),
  );

  const undertakingStatement = {
    caseId: input.caseId,
    roundId: input.roundId,
    textSha256: sha256(Buffer.from(input.undertakingText, 'utf8')).toString('hex'),
    fingerprint: expert.keys.fingerprint,
    signedAt: input.undertakingSignedAt,
  };
  const undertakingJson = canonicalJson(undertakingStatement);
  const undertakingSignature = signed(
    expert.key,
    'QBREVIEW undertaking v1\0',
    Buffer.from(undertakingJson),
  );

  const readers = [office, leader, expert].map((p) => p.keys.fingerprint).sort();
  const readersCommitment = sha256(
    'QBBUNDLE readers v1\0',
    input.readersSalt,
    Buffer.from(readers.join('\n'), 'latin1'),
  ).toString('hex');

  const sectionJson = canonicalJson({
    format: 'qb-review-section',
    version: 1,
    applicationId: input.applicationId,
    readers: { salt: input.readersSalt.toString('hex'), fingerprints: readers },
    undertaking: {
      statement: undertakingStatement,
      signature: Buffer.from(undertakingSignature).toString('base64'),
    },
    materials: input.materials,
    outcome: input.outcome,
  });
  const body = Buffer.from(sectionJson, 'utf8');
  const paddedLength = padme(4 + body.length);
  const padded = Buffer.alloc(paddedLength);
  padded.writeUInt32BE(body.length, 0);
  body.copy(padded, 4);
  const sectionCipherKey = Buffer.from(
    hkdfSync(
      'sha256',
      input.sectionKey,
      input.bundleId,
      Buffer.concat([Buffer.from('QBBUNDLE section v1\0', 'latin1'), Buffer.from([0, 0])]),
      32,
    ),
  );
  const cipher = createCipheriv('aes-256-gcm', sectionCipherKey, Buffer.alloc(12));
  const ciphertext = Buffer.concat([cipher.update(padded), cipher.final(), cipher.getAuthTag()]);
  const sectionSha256 = sha256(input.sectionWrap, ciphertext).toString('hex');

  const headerJson = canonicalJson({
    format: 'qb-review-bundle',
    version: 1,
    bundleId: input.bundleId.toString('hex'),
    caseId: input.caseId,
    roundId: input.roundId,
    rubricDigest,
    sequence: input.sequence,
    author: expert.keys,
    roster: {
      statement: rosterStatement,
      signature: Buffer.from(rosterSignature).toString('base64'),
    },
    sections: [
      {
        wrapLength: input.sectionWrap.length,
        ciphertextLength: ciphertext.length,
        sha256: sectionSha256,
        readersCommitment,
      },
    ],
  });
  const header = Buffer.from(headerJson, 'utf8');
  const prefix = Buffer.alloc(16);
  prefix.write('QBBUNDLE', 0, 'latin1');
  prefix.writeUInt16BE(1, 8);
  prefix.writeUInt8(1, 10);
  prefix.writeUInt32BE(header.length, 12);
  const signature = Buffer.from(
    signed(expert.key, 'QBBUNDLE review bundle v1\0', Buffer.concat([prefix, header])),
  );
  const bundle = Buffer.concat([
    prefix,
    header,
    input.sectionWrap,
    ciphertext,
    signature,
    Buffer.from('QBBEND\r\n', 'latin1'),
  ]);
  return {
    officeFingerprint: office.keys.fingerprint,
    expertFingerprint: expert.keys.fingerprint,
    leaderFingerprint: leader.keys.fingerprint,
    rubricDigest,
    rosterStatement: rosterJson,
    rosterSignature: Buffer.from(rosterSignature).toString('base64'),
    undertakingStatement: undertakingJson,
    undertakingSignature: Buffer.from(undertakingSignature).toString('base64'),
    readersCommitment,
    sectionJson,
    paddedLength,
    sectionCipherKey: sectionCipherKey.toString('hex'),
    ciphertext: ciphertext.toString('hex'),
    sectionSha256,
    prefix: prefix.toString('hex'),
    headerJson,
    signature: signature.toString('hex'),
    bundleLength: bundle.length,
    bundleSha256: sha256(bundle).toString('hex'),
    bundle,
  };
}
