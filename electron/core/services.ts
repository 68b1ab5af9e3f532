/** The core services behind the IPC contract, created once per process (main, CLI or harness). */
import { createGenerationMemory } from './office/generation-memory';
import { createOfficeDesk } from './office/office-desk';
import type { OfficeDesk } from './office/office-desk';
import type { FileChooser } from './office/file-chooser';
import type { FollowUpExportChooser } from './office/followup-export-chooser';
import { createIdentityStore } from './identity/identity-store';
import type { IdentityStore, IdentityStoreOptions } from './identity/identity-store';
import { createExpertDesk, createPackageDesk, createPinStore, createSequenceMemory } from './desk';
import { noPackageChooser } from './desk/package-chooser';
import type { ExpertDesk, PackageChooser } from './desk';
import { createCaseJournalService } from './journal/case-journal-service';
import type { CaseJournalService } from './journal/case-journal-service';
import { createAppLock } from './lock/app-lock';
import type { AppLock } from './lock/app-lock';
import { noJournalBackupChooser } from './journal/journal-backup-chooser';
import type { JournalBackupChooser } from './journal/journal-backup-chooser';
import {
  deskFollowedByJournal,
  identitiesFollowedByJournal,
  reconcilingAll,
} from './journal/journal-follows';
import { createJournalMemory } from './journal/journal-memory';
import type { ParsingIsolation } from './intake/isolated/parsing-isolation';
import { createReviewService, deskClosedByConflicts, journalGuardedByReview } from './review';
import type { ReviewService } from './review';
import type { ReviewExportChooser } from './review/review-export-chooser';
import { createDeliberationService } from './deliberation';
import type { DeliberationChooser, DeliberationService } from './deliberation';
import type { JsonStore } from './storage/json-store';
import { createCommitteeDeskService } from './committee-desk';
import type { CommitteeDeskChooser, CommitteeDeskService } from './committee-desk';

export type Host = 'electron' | 'test-harness';

export interface CoreServicesOptions {
  readonly store: JsonStore;
  readonly host: Host;
  readonly appVersion: string;
  readonly platform: string;
  /** The operating system's file dialogs (Electron's dialog; a prepared answer in tests). */
  readonly fileChooser: FileChooser;
  /** The save dialog of the office's follow-up record (plaintext); nothing chosen when absent. */
  readonly followUpChooser?: FollowUpExportChooser;
  /**
   * How archives and registers are parsed out of this process; the safe default (every one in
   * the forked worker from its source) when left out. Electron main passes its utility process.
   */
  readonly isolation?: ParsingIsolation;
  /**
   * The identities on this machine: their folder in the app's data directory (userData), the
   * dialogs and the clipboard their screens use.
   */
  readonly identities: IdentityStoreOptions;
  /**
   * The dialog that chooses a case package for the expert's desk (Electron's dialog; a prepared
   * answer in tests). Left out, nothing is ever chosen.
   */
  readonly packageChooser?: PackageChooser;
  /**
   * The expert's journals: their folder in the app's data directory (userData/journals) and the
   * dialogs of a backup. Left out, no journal is kept (journal-unavailable).
   */
  readonly journals?: { readonly folder: string; readonly chooser?: JournalBackupChooser };
  /**
   * The folders the review's exports go to: the signed review bundle, the 评审意见表 (Word).
   * Left out, the dialogs are cancelled.
   */
  readonly reviewChooser?: ReviewExportChooser;
  /**
   * The group leader's deliberation: where imported member bundles are kept (userData/
   * member-bundles) and its dialogs. Left out, no bundle is kept and the dialogs are cancelled.
   */
  readonly deliberation?: { readonly folder: string; readonly chooser?: DeliberationChooser };
  /**
   * The chair's committee work: where imported group bundles are kept (userData/group-bundles)
   * and its dialogs. Left out, no bundle is kept and the dialogs are cancelled.
   */
  readonly committee?: { readonly folder: string; readonly chooser?: CommitteeDeskChooser };
}

export interface CoreServices {
  readonly app: {
    readonly name: string;
    readonly version: string;
    readonly platform: string;
    readonly host: Host;
  };
  readonly office: OfficeDesk;
  readonly identities: IdentityStore;
  readonly desk: ExpertDesk;
  readonly journal: CaseJournalService;
  readonly review: ReviewService;
  readonly deliberation: DeliberationService;
  readonly committee: CommitteeDeskService;
  readonly lock: AppLock;
}

export const APP_NAME = '质量标杆评审';

export function createCoreServices(options: CoreServicesOptions): CoreServices {
  const identities = createIdentityStore(options.identities);
  // The pinned office keys and the package sequences: documents of the same store as the
  // settings (userData/settings: office-pins.json, package-sequences.json), outside every case.
  const packageDesk = createPackageDesk({
    pins: createPinStore(options.store),
    sequences: createSequenceMemory(options.store),
  });
  const desk = createExpertDesk({
    desk: packageDesk,
    chooser: options.packageChooser ?? noPackageChooser,
    unlockedIdentity: () => identities.unlocked(),
  });
  // The unlocked person's journal of the open package's case; the highest record numbers in the
  // same store (journal-record-numbers.json). It closes when the identity locks or the package
  // closes: the identities and the desk below tell it of every such change.
  const journal = createCaseJournalService({
    folder: options.journals?.folder ?? null,
    memory: createJournalMemory(options.store),
    unlockedIdentity: () => identities.unlocked(),
    openCase: () => {
      const opened = desk.status().opened;
      return opened && { caseId: opened.caseId, recipient: opened.recipient.fingerprint };
    },
    chooser: options.journals?.chooser ?? noJournalBackupChooser,
  });
  // The expert's review: signs the undertaking and declared conflicts into the journal, and
  // closes a conflicted application's materials and records in main, not only on screen.
  const review = createReviewService({
    openPackage: () => (desk.status().opened === null ? null : packageDesk.current()),
    unlockedIdentity: () => identities.unlocked(),
    journal,
    ...(options.reviewChooser === undefined ? {} : { chooser: options.reviewChooser }),
  });
  // The group leader's deliberation: member bundles imported, records checked against the
  // merge before the journal takes them, the signed group bundle.
  const deliberation = createDeliberationService({
    openPackage: () => (desk.status().opened === null ? null : packageDesk.current()),
    unlockedIdentity: () => identities.unlocked(),
    journal,
    bundleFolder: options.deliberation?.folder ?? null,
    ...(options.deliberation?.chooser === undefined
      ? {}
      : { chooser: options.deliberation.chooser }),
  });
  // The chair's committee work: group bundles imported, the merge, the signed result bundle.
  const committee = createCommitteeDeskService({
    openPackage: () => (desk.status().opened === null ? null : packageDesk.current()),
    unlockedIdentity: () => identities.unlocked(),
    journal,
    bundleFolder: options.committee?.folder ?? null,
    ...(options.committee?.chooser === undefined ? {} : { chooser: options.committee.chooser }),
  });
  // Whatever holds keys or opened sections is told after every lock, close or switch.
  const followers = reconcilingAll(journal, deliberation, committee);
  const followedIdentities = identitiesFollowedByJournal(identities, followers);
  const followedDesk = deskFollowedByJournal(deskClosedByConflicts(desk, review), followers);
  return {
    app: {
      name: APP_NAME,
      version: options.appVersion,
      platform: options.platform,
      host: options.host,
    },
    office: createOfficeDesk({
      chooser: options.fileChooser,
      ...(options.followUpChooser ? { followUpChooser: options.followUpChooser } : {}),
      // Beside the app's settings: outside every workspace folder, on this machine only.
      memory: createGenerationMemory(options.store),
      ...(options.isolation ? { isolation: options.isolation } : {}),
    }),
    identities: followedIdentities,
    desk: followedDesk,
    journal: journalGuardedByReview(journal, review),
    review,
    deliberation,
    committee,
    // Locking goes through the same followed services, so the journal closes with them.
    lock: createAppLock({
      identities: followedIdentities,
      desk: followedDesk,
      store: options.store,
    }),
  };
}
