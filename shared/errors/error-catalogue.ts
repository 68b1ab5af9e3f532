/**
 * The catalogue: every code's kind and its words in Chinese and English. TypeScript holds it
 * complete: a code without an entry, or an entry for no code, does not compile.
 */
import type { CatalogueEntry, CatalogueOf } from './catalogue-entry';
import { adapterCatalogue } from './catalogue/adapter';
import { bundleCatalogue } from './catalogue/bundle';
import { cryptoCatalogue } from './catalogue/crypto';
import { deliberationCatalogue } from './catalogue/deliberation';
import { deskCatalogue } from './catalogue/desk';
import { expertDeskCatalogue } from './catalogue/expert-desk';
import { fileSystemCatalogue } from './catalogue/file-system';
import { identityCatalogue } from './catalogue/identity';
import { invalidValueCatalogue } from './catalogue/invalid-value';
import { journalCatalogue } from './catalogue/journal';
import { mergeCatalogue } from './catalogue/merge';
import { mergeKeysCatalogue } from './catalogue/merge-keys';
import { committeeCatalogue } from './catalogue/committee';
import { committeeDeskCatalogue } from './catalogue/committee-desk';
import { roundRuleCatalogue } from './catalogue/round-rule';
import { caseJournalCatalogue } from './catalogue/case-journal';
import { officeDeskCatalogue } from './catalogue/office-desk';
import { officeRecordCatalogue } from './catalogue/office-record';
import { packageRosterCatalogue } from './catalogue/package-roster';
import { registerFileCatalogue } from './catalogue/register-file';
import { registrationCatalogue } from './catalogue/registration';
import { reviewCatalogue } from './catalogue/review';
import { reviewReadersCatalogue } from './catalogue/review-readers';
import { roundCatalogue } from './catalogue/rounds';
import { scoringCatalogue } from './catalogue/scoring';
import { sealingCatalogue } from './catalogue/sealing';
import { unitCatalogue } from './catalogue/units';
import { workspaceCatalogue } from './catalogue/workspace';
import { officeFollowUpCatalogue } from './catalogue/office-followup';
import { committeeSignersCatalogue } from './catalogue/committee-signers';
import type { ErrorCode, ErrorParams, ErrorParamsByCode } from './error-code';

const catalogue: CatalogueOf<ErrorParamsByCode> = {
  ...adapterCatalogue,
  ...fileSystemCatalogue,
  ...cryptoCatalogue,
  ...workspaceCatalogue,
  ...officeDeskCatalogue,
  ...sealingCatalogue,
  ...registrationCatalogue,
  ...registerFileCatalogue,
  ...invalidValueCatalogue,
  ...officeRecordCatalogue,
  ...roundCatalogue,
  ...reviewReadersCatalogue,
  ...unitCatalogue,
  ...scoringCatalogue,
  ...deliberationCatalogue,
  ...deskCatalogue,
  ...packageRosterCatalogue,
  ...expertDeskCatalogue,
  ...identityCatalogue,
  ...journalCatalogue,
  ...caseJournalCatalogue,
  ...bundleCatalogue,
  ...reviewCatalogue,
  ...mergeCatalogue,
  ...mergeKeysCatalogue,
  ...committeeCatalogue,
  ...committeeDeskCatalogue,
  ...roundRuleCatalogue,
  ...officeFollowUpCatalogue,
  ...committeeSignersCatalogue,
};

/** The entry of one code. */
export function catalogueEntry<C extends ErrorCode>(code: C): CatalogueEntry<ErrorParams<C>> {
  return catalogue[code] as CatalogueEntry<ErrorParams<C>>;
}

/** True for a string that is one of the codes (for data that crossed a boundary). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(catalogue, code);
}

/** Every code, for tests and documentation. */
export const errorCodes = Object.keys(catalogue) as readonly ErrorCode[];
