/**
 * The code each stanza worker thread runs: the X25519 stanza trial of x25519-stanza.ts (X25519
 * with the identity's key, HKDF-SHA-256 from two HMACs, the ChaCha20-Poly1305 tag of the sealed
 * file key), over stanzas the main thread has already parsed and checked (type, share, body
 * length). For each wrap it tries the stanzas in file order and answers the first file key whose
 * tag holds and its stanza's place; a low-order share met before it refuses the wrap, as age
 * does; `malformed` (a stanza the main thread refused after the ones sent) refuses it when none
 * of those matched. Protocol: stanza-jobs.ts. A string run with `new Worker(source, { eval:
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
  decipher.setAuthTag(Buffer.from(body.subarray(16)));
  const fileKey = decipher.update(Buffer.from(body.subarray(0, 16)));
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
  const results = job.wraps.map((wrap) => {
    for (let i = 0; i < wrap.stanzas.length; i++) {
      const stanza = wrap.stanzas[i];
      const tried = tryStanza(privateKey, job.recipient, stanza.share, stanza.body);
      if (tried === null) continue;
      if (tried.invalid !== undefined) return { invalid: tried.invalid };
      return { fileKey: tried.fileKey, stanza: i };
    }
    return wrap.malformed === undefined ? { none: true } : { invalid: wrap.malformed };
  });
  parentPort.postMessage({ id: job.id, results });
});
`;
