/**
 * The test vectors of docs/journal-format.md, computed from the code: fixed keys, ids and nonce,
 * one record. The doc holds this block verbatim; journal-format.test.ts checks it still does.
 */
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import type { JournalRecord } from '../../../../shared/journal';
import { signConflictDeclaration } from '../../../../electron/core/review/conflict-declaration';
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
  // Record 2: a declared conflict, signed by the owner (issue 10), chained after record 1.
  const declaration = signConflictDeclaration(identity, {
    caseId: CASE_ID,
    roundId: 'material',
    applicationId: 'app-2',
    conflictKind: 'relative',
    reason: '近亲属在申报单位任职',
    declaredAt: '2026-11-29T08:05:00.000Z',
  });
  const record2: JournalRecord = {
    kind: 'conflict-declared',
    declaration,
    caseId: CASE_ID,
    recordNumber: 2,
    at: '2026-11-29T08:05:00.000Z',
    author: owner,
  };
  const json2 = Buffer.from(JSON.stringify(record2), 'utf8');
  const link2 = chainLink(frame);
  const nonce2 = Buffer.alloc(12, 0x04);
  const frame2 = sealFrame({ recordKey, journalId, link: link2 }, 2, nonce2, json2);
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
    `link 2           ${link2.toString('hex')}`,
    `conflict signed  ${canonicalJson(declaration.statement)} (its canonical JSON)`,
    `signature        ${declaration.signature} (Ed25519, context "QBREVIEW conflict declaration v1\\0")`,
    `record 2 (JSON)  ${json2.toString('utf8')}`,
    `nonce 2          ${nonce2.toString('hex')}`,
    `frame 2          ${frame2.toString('hex')}`,
    `link 3           ${chainLink(frame2).toString('hex')}`,
  ].join('\n');
}
