/** Where a person's journal of a case lives in the folder the app gives (its data directory). */
import { AppError } from '../../../shared/errors';
import { pathInside } from '../storage/path-inside';
import { JOURNAL_EXTENSION } from './journal-format';

const CASE_ID = /^[0-9a-f]{32}$/;
const FINGERPRINT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/** `<case id>.<fingerprint without dashes>.qbjournal`: random ids and a public fingerprint. */
export function journalFileName(caseId: string, owner: string): string {
  if (!CASE_ID.test(caseId) || !FINGERPRINT.test(owner)) {
    throw new AppError('path-outside-folder', {}, 'not a case id and a fingerprint');
  }
  return `${caseId}.${owner.replaceAll('-', '')}${JOURNAL_EXTENSION}`;
}

export function journalPath(folder: string, caseId: string, owner: string): string {
  return pathInside(folder, journalFileName(caseId, owner));
}
