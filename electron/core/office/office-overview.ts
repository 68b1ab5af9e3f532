/**
 * What the office sees of its record: the record and every view derived from it by
 * shared/office's rules, computed in one place for the app's screens and the command line.
 */
import { basename } from 'node:path';
import { suggestConflicts } from '../../../shared/office/conflict-suggestions';
import { formalCheckOf, sealingPlanForRound, unitsOf } from '../../../shared/office/office-record';
import type { OfficeRecord } from '../../../shared/office/office-record';
import type { OfficeOverview, OfficeStatus } from '../../../shared/office/office-views';
import { quotaReport } from '../../../shared/office/quota';
import { sealingRecipients } from '../../../shared/office/visibility';
import type { Identity } from '../identity/identity';

/** The open record as the status line names it: the folder's name, never its path. */
export function openStatus(dir: string, office: Identity, year?: number): OfficeStatus {
  return {
    open: true,
    ...(year === undefined ? {} : { year }),
    workspaceName: basename(dir),
    officeName: office.card.organisation,
    officeFingerprint: office.card.fingerprint,
  };
}

export function overviewOf(c: OfficeRecord, status: OfficeStatus): OfficeOverview {
  const units = unitsOf(c).map((unit) => ({ ...unit }));
  return {
    status,
    record: c,
    formalChecks: c.applications.map((a) => formalCheckOf(c, a.id)),
    quota: quotaReport(c.applications, units),
    conflictSuggestions: suggestConflicts({
      experts: c.experts,
      applications: c.applications,
      units,
      recorded: c.conflicts,
    }),
    sealing: c.rounds.map((r) => ({
      roundId: r.round.id,
      problems: [...sealingRecipients(sealingPlanForRound(c, r.round.id)).problems],
    })),
    units,
  };
}
