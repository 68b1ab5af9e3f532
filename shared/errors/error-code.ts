/**
 * Every error code the app can report, each with the type of its parameters: the one list a
 * thrower, the wire and the renderer share. Codes are stable strings; a code keeps its meaning.
 */
import type { AdapterErrorParams } from './catalogue/adapter';
import type { BundleErrorParams } from './catalogue/bundle';
import type { CryptoErrorParams } from './catalogue/crypto';
import type { DeliberationErrorParams } from './catalogue/deliberation';
import type { DeskErrorParams } from './catalogue/desk';
import type { ExpertDeskErrorParams } from './catalogue/expert-desk';
import type { FileSystemErrorParams } from './catalogue/file-system';
import type { IdentityErrorParams } from './catalogue/identity';
import type { InvalidValueErrorParams } from './catalogue/invalid-value';
import type { JournalErrorParams } from './catalogue/journal';
import type { MergeErrorParams } from './catalogue/merge';
import type { MergeKeysErrorParams } from './catalogue/merge-keys';
import type { CommitteeErrorParams } from './catalogue/committee';
import type { CommitteeDeskErrorParams } from './catalogue/committee-desk';
import type { RoundRuleErrorParams } from './catalogue/round-rule';
import type { CaseJournalErrorParams } from './catalogue/case-journal';
import type { OfficeDeskErrorParams } from './catalogue/office-desk';
import type { OfficeRecordErrorParams } from './catalogue/office-record';
import type { PackageRosterErrorParams } from './catalogue/package-roster';
import type { RegisterFileErrorParams } from './catalogue/register-file';
import type { RegistrationErrorParams } from './catalogue/registration';
import type { ReviewErrorParams } from './catalogue/review';
import type { ReviewReadersErrorParams } from './catalogue/review-readers';
import type { RoundErrorParams } from './catalogue/rounds';
import type { ScoringErrorParams } from './catalogue/scoring';
import type { SealingErrorParams } from './catalogue/sealing';
import type { UnitErrorParams } from './catalogue/units';
import type { WorkspaceErrorParams } from './catalogue/workspace';
import type { OfficeFollowUpErrorParams } from './catalogue/office-followup';
import type { CommitteeSignersErrorParams } from './catalogue/committee-signers';

export interface ErrorParamsByCode
  extends
    AdapterErrorParams,
    FileSystemErrorParams,
    CryptoErrorParams,
    WorkspaceErrorParams,
    OfficeDeskErrorParams,
    SealingErrorParams,
    RegistrationErrorParams,
    RegisterFileErrorParams,
    InvalidValueErrorParams,
    OfficeRecordErrorParams,
    RoundErrorParams,
    ReviewReadersErrorParams,
    UnitErrorParams,
    ScoringErrorParams,
    DeliberationErrorParams,
    DeskErrorParams,
    PackageRosterErrorParams,
    ExpertDeskErrorParams,
    IdentityErrorParams,
    CaseJournalErrorParams,
    JournalErrorParams,
    BundleErrorParams,
    ReviewErrorParams,
    MergeErrorParams,
    MergeKeysErrorParams,
    CommitteeErrorParams,
    CommitteeDeskErrorParams,
    RoundRuleErrorParams,
    OfficeFollowUpErrorParams,
    CommitteeSignersErrorParams {}

export type ErrorCode = keyof ErrorParamsByCode;

export type ErrorParams<C extends ErrorCode> = ErrorParamsByCode[C];

/**
 * An error as data: its code and parameters, nothing else. This is what crosses the IPC bridge
 * and a worker's message port, and what a message is rendered from.
 */
export type AppErrorData<C extends ErrorCode = ErrorCode> = {
  [K in C]: { readonly code: K; readonly params: ErrorParams<K> };
}[C];
