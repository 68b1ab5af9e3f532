/**
 * The code each stanza worker thread runs: the X25519 stanza trial of x25519-stanza.ts (X25519
 * with the identity's key, HKDF-SHA-256 from two HMACs, the ChaCha20-Poly1305 tag of the sealed
 * file key), over stanzas the main thread has already parsed and checked (type, share, body
 * length), then, with the file key found, what age-native.ts and age-stream.ts do: the header's
 * HMAC, and the STREAM payload in 64 KiB chunks. For each wrap it tries the stanzas in file order;
 * a low-order share met before the matching one refuses the wrap, as age does; `malformed` (a
 * stanza the main thread refused after the ones sent) refuses it when none of those matched. It
 * answers the payload and the matching stanza's place, none, or why the wrap is refused. A wrap
 * whose file key is given (a key a group section carries) tries no stanza: its MAC and payload
 * are checked with that key (answered -2), and a job of such wraps alone carries no identity.
 * Protocol: the Job and Reply of stanza-pool.ts. A string run with `new Worker(source, { eval:
 * true })`, importing only `node:` modules, as chunk-worker-source.ts explains.
 *
 * The identity's scalar arrives in the job and is wiped once imported; the private key lives in
 * the worker for that one job. The job's bytes (given file keys among them) are wiped once done.
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

const CHUNK = 64 * 1024 + 16;
const HEADER = Buffer.from('header', 'latin1');
const PAYLOAD = Buffer.from('payload', 'latin1');

function openPayload(fileKey, header, mac, rest) {
  const macKey = hkdf(fileKey, ZERO, HEADER);
  const expected = createHmac('sha256', macKey).update(header).digest();
  macKey.fill(0);
  if (mac.length !== 32 || !timingSafeEqual(mac, expected)) return { invalid: 'invalid header HMAC' };
  if (rest.length < 16) return { invalid: 'no payload nonce' };
  const streamKey = hkdf(fileKey, rest.subarray(0, 16), PAYLOAD);
  const sealed = rest.subarray(16);
  const parts = [];
  const refuse = (why) => {
    streamKey.fill(0);
    for (const part of parts) part.fill(0);
    return { invalid: why };
  };
  if (sealed.length < 16) return refuse('shorter than a tag');
  const chunks = Math.max(1, Math.ceil(sealed.length / CHUNK));
  for (let i = 0; i < chunks; i++) {
    const last = i === chunks - 1;
    const piece = sealed.subarray(i * CHUNK, (i + 1) * CHUNK);
    if (piece.length < 16) return refuse('a chunk shorter than its tag');
    if (last && i > 0 && piece.length === 16) return refuse('an empty last chunk after others');
    const nonce = Buffer.alloc(12);
    nonce.writeUIntBE(i, 5, 6);
    nonce[11] = last ? 1 : 0;
    const decipher = createDecipheriv('chacha20-poly1305', streamKey, nonce, { authTagLength: 16 });
    decipher.setAuthTag(piece.subarray(piece.length - 16));
    const body = decipher.update(piece.subarray(0, piece.length - 16));
    try {
      decipher.final();
    } catch {
      body.fill(0);
      return refuse('chunk ' + i + ' fails authentication');
    }
    parts.push(body);
  }
  streamKey.fill(0);
  return { payload: Buffer.concat(parts) };
}

parentPort.on('message', (job) => {
  let privateKey = null;
  try {
    if (job.scalar.length > 0) privateKey = createPrivateKey({
      key: { kty: 'OKP', crv: 'X25519', d: Buffer.from(job.scalar).toString('base64url'), x: '' },
      format: 'jwk',
    });
  } catch (error) {
    parentPort.postMessage({ id: job.id, failure: String(error && error.message) });
    return;
  } finally {
    job.scalar.fill(0);
  }
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const results = [];
  const payloads = [];
  let offset = 0;
  for (let w = 0; w < job.counts.length; w++) {
    const [stanzas, headerLength, macLength, restLength, keyLength] = job.counts[w];
    const header = bytes.subarray(offset + stanzas * 64, offset + stanzas * 64 + headerLength);
    const macAt = offset + stanzas * 64 + headerLength;
    const mac = bytes.subarray(macAt, macAt + macLength);
    const rest = bytes.subarray(macAt + macLength, macAt + macLength + restLength);
    let result = job.malformed[w] === null ? -1 : job.malformed[w];
    const keyAt = macAt + macLength + restLength;
    if (keyLength > 0) {
      const opened = openPayload(bytes.subarray(keyAt, keyAt + keyLength), header, mac, rest);
      if (opened.invalid !== undefined) {
        result = opened.invalid;
      } else {
        payloads.push(opened.payload);
        result = -2;
      }
    } else if (privateKey === null && stanzas > 0) {
      result = 'no identity for the stanzas';
    }
    for (let i = 0; keyLength === 0 && privateKey !== null && i < stanzas; i++) {
      const at = offset + i * 64;
      const tried = tryStanza(privateKey, job.recipient, bytes.subarray(at, at + 32), bytes.subarray(at + 32, at + 64));
      if (tried === null) continue;
      if (tried.invalid !== undefined) {
        result = tried.invalid;
        break;
      }
      const opened = openPayload(tried.fileKey, header, mac, rest);
      tried.fileKey.fill(0);
      if (opened.invalid !== undefined) {
        result = opened.invalid;
      } else {
        payloads.push(opened.payload);
        result = i;
      }
      break;
    }
    offset += stanzas * 64 + headerLength + macLength + restLength + keyLength;
    results.push(result);
  }
  bytes.fill(0);
  const lengths = payloads.map((p) => p.length);
  const joined = new Uint8Array(Buffer.concat(payloads));
  for (const payload of payloads) payload.fill(0);
  parentPort.postMessage({ id: job.id, results, lengths, payloads: joined });
  joined.fill(0);
});
`;
