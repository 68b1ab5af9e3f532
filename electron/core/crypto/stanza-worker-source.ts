/**
 * The code each stanza worker thread runs: the X25519 stanza trial of x25519-stanza.ts (X25519
 * with the identity's key, HKDF-SHA-256 from two HMACs, the ChaCha20-Poly1305 tag of the sealed
 * file key), over stanzas the main thread has already parsed and checked (type, share, body
 * length). For each wrap it tries the stanzas in file order and answers the first file key whose
 * tag holds and its stanza's place; a low-order share met before it refuses the wrap, as age
 * does; `malformed` (a stanza the main thread refused after the ones sent) refuses it when none
 * of those matched. Protocol: the Job and Reply of stanza-pool.ts. A string run with `new Worker(source, { eval:
 * true })`, importing only `node:` modules, as chunk-worker-source.ts explains.
 *
 * The identity's scalar arrives in the job and is wiped once imported; the private key lives in
 * the worker for that one job.
 */
export const STANZA_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
const {
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  timingSafeEqual,
} = require('node:crypto');

const LABEL = Buffer.from('age-encryption.org/v1/X25519', 'latin1');
const NONCE = Buffer.alloc(12);
const ZERO = Buffer.alloc(32);
const ONE = Buffer.of(1);

function hkdf(ikm, salt, info) {
  const prk = createHmac('sha256', salt).update(ikm).digest();
  const okm = createHmac('sha256', prk).update(info).update(ONE).digest();
  prk.fill(0);
  return okm;
}

function tryStanza(privateKey, recipient, share, body) {
  let secret;
  try {
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(share).toString('base64url') },
      format: 'jwk',
    });
    secret = diffieHellman({ privateKey, publicKey });
  } catch {
    return { invalid: 'low-order share' };
  }
  if (secret.length !== 32 || timingSafeEqual(secret, ZERO)) {
    secret.fill(0);
    return { invalid: 'low-order share' };
  }
  const key = hkdf(secret, Buffer.concat([share, recipient]), LABEL);
  secret.fill(0);
  const decipher = createDecipheriv('chacha20-poly1305', key, NONCE, { authTagLength: 16 });
  key.fill(0);
  decipher.setAuthTag(body.subarray(16));
  const fileKey = decipher.update(body.subarray(0, 16));
  try {
    decipher.final();
    return { fileKey };
  } catch {
    fileKey.fill(0);
    return null;
  }
}

parentPort.on('message', (job) => {
  let privateKey;
  try {
    privateKey = createPrivateKey({
      key: { kty: 'OKP', crv: 'X25519', d: Buffer.from(job.scalar).toString('base64url'), x: '' },
      format: 'jwk',
    });
  } catch (error) {
    parentPort.postMessage({ id: job.id, failure: String(error && error.message) });
    return;
  } finally {
    job.scalar.fill(0);
  }
  const results = [];
  const keys = new Uint8Array(16 * job.counts.length);
  let offset = 0;
  for (let w = 0; w < job.counts.length; w++) {
    let result = job.malformed[w] === null ? -1 : job.malformed[w];
    for (let i = 0; i < job.counts[w]; i++) {
      const at = offset + i * 64;
      const share = Buffer.from(job.stanzas.buffer, job.stanzas.byteOffset + at, 32);
      const body = Buffer.from(job.stanzas.buffer, job.stanzas.byteOffset + at + 32, 32);
      const tried = tryStanza(privateKey, job.recipient, share, body);
      if (tried === null) continue;
      if (tried.invalid !== undefined) {
        result = tried.invalid;
      } else {
        keys.set(tried.fileKey, 16 * w);
        tried.fileKey.fill(0);
        result = i;
      }
      break;
    }
    offset += job.counts[w] * 64;
    results.push(result);
  }
  parentPort.postMessage({ id: job.id, results, keys });
  keys.fill(0);
});
`;
