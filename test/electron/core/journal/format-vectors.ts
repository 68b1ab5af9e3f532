/**
 * The test vectors of docs/journal-format.md, computed from the code: fixed keys, ids and nonce,
 * one record. The doc holds this block verbatim; journal-format.test.ts checks it still does.
 */
import type { JournalRecord } from '../../../../shared/journal';
import { deriveRecordKey } from '../../../../electron/core/journal/journal-format';
import {
  chainLink,
  frameAad,
  padRecord,
  sealFrame,
} from '../../../../electron/core/journal/journal-frame';
import {
  decodeJournalHeader,
  encodeJournalHeader,
} from '../../../../electron/core/journal/journal-header';
import { CASE_ID } from './journal-fixtures';
import { person } from './people';

export async function formatVectors(): Promise<string> {
  const identity = await person('zhang');
  const journalKey = Buffer.alloc(32, 0x01);
  const journalId = Buffer.alloc(16, 0x02);
  const nonce = Buffer.alloc(12, 0x03);
  // A stand-in for the age file, so the vector does not depend on age's random ephemeral key.
  const wrap = Buffer.from('age file stand-in', 'latin1');
  const owner = identity.card.fingerprint;
  const headerBytes = encodeJournalHeader(
    { journalId, caseId: CASE_ID, owner, wrap },
    identity.signingKey,
  );
  const header = decodeJournalHeader(headerBytes);
  const recordKey = deriveRecordKey(journalKey, journalId);
  const link = chainLink(header.bytes);
  const record: JournalRecord = {
    kind: 'reading-position',
    applicationId: 'app-1',
    materialId: 'm1',
    page: 3,
    fraction: 0.25,
    caseId: CASE_ID,
    recordNumber: 1,
    at: '2026-11-29T08:00:00.000Z',
    author: owner,
  };
  const json = Buffer.from(JSON.stringify(record), 'utf8');
  const frame = sealFrame({ recordKey, journalId, link }, 1, nonce, json);
  return [
    `signing seed     ${'07'.repeat(32)} (Ed25519; the owner's fingerprint ${owner})`,
    `journal key      ${journalKey.toString('hex')}`,
    `journal id       ${journalId.toString('hex')}`,
    `case id          ${CASE_ID}`,
    `key wrap         ${wrap.toString('hex')} (a stand-in for the age file)`,
    `record key       ${recordKey.toString('hex')}`,
    `header           ${header.bytes.toString('hex')}`,
    `link 1           ${link.toString('hex')}`,
    `record 1 (JSON)  ${json.toString('utf8')}`,
    `padded length    ${padRecord(json).length} (JSON ${json.length} bytes)`,
    `nonce            ${nonce.toString('hex')}`,
    `AAD 1            ${frameAad(journalId, 1, link).toString('hex')}`,
    `frame 1          ${frame.toString('hex')}`,
    `link 2           ${chainLink(frame).toString('hex')}`,
  ].join('\n');
}
