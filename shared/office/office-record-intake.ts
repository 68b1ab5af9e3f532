import { z } from 'zod';
import { ApplicationSchema, type Application } from '../domain/application';
import type { FormalCheckItemId } from './formal-check-items';
import { FormalCheckItemIdSchema } from './formal-check-items';
import { emptyFormalCheck, withFormalCheckItem, type FormalCheckItemChange } from './formal-check';
import type { OfficeRecord } from './office-record-fields';
import { applicationNoKey } from './office-id';
import { OfficeMaterialSchema, type OfficeMaterial } from './office-material';
import { AppError, parseOrThrow } from '../errors';

/** An application as entered or imported; without an id, a new one gets the next free 'aNNN'. */
export type ApplicationInput = Omit<Application, 'id'> & { readonly id?: string };

/**
 * Adds an application, or replaces the one with the same 申报编号 (compared after NFKC and trim)
 * keeping its id, so importing the register again duplicates nothing. Throws for an invalid
 * application or an id that belongs to another 申报编号.
 */
export function upsertApplication(c: OfficeRecord, input: ApplicationInput): OfficeRecord {
  const applicationNo = applicationNoKey(input.applicationNo);
  const existing = c.applications.find((a) => applicationNoKey(a.applicationNo) === applicationNo);
  if (existing && input.id !== undefined && input.id !== existing.id) {
    throw new AppError('application-no-registered', {
      applicationNo,
      applicationId: existing.id,
      requestedId: input.id,
    });
  }
  const id = existing?.id ?? input.id ?? nextApplicationId(c);
  if (!existing && c.applications.some((a) => a.id === id)) {
    throw new AppError('application-id-taken', { applicationId: id });
  }
  const application = parseOrThrow(
    ApplicationSchema,
    { ...input, id, applicationNo },
    'application',
    applicationNo,
  );
  return {
    ...c,
    applications: existing
      ? c.applications.map((a) => (a.id === id ? application : a))
      : [...c.applications, application],
  };
}

/** 'a001', 'a002'…: the first free one from the count of applications upwards. */
export function nextApplicationId(c: Pick<OfficeRecord, 'applications'>): string {
  const used = new Set(c.applications.map((a) => a.id));
  for (let n = c.applications.length + 1; ; n++) {
    const id = `a${String(n).padStart(3, '0')}`;
    if (!used.has(id)) return id;
  }
}

/**
 * Records a received file. The same content (sha256) arriving again for the same application
 * changes nothing. The file joins every draft round its application is in; rounds already
 * sealed keep their materials. Throws for an unknown application or an id in use.
 */
export function addMaterial(c: OfficeRecord, input: OfficeMaterial): OfficeRecord {
  const material = parseOrThrow(OfficeMaterialSchema, input, 'material');
  if (!c.applications.some((a) => a.id === material.applicationId)) {
    throw new AppError('material-application-not-found', {
      applicationId: material.applicationId,
    });
  }
  const sameContent = c.materials.some(
    (m) => m.applicationId === material.applicationId && m.sha256 === material.sha256,
  );
  if (sameContent) return c;
  if (c.materials.some((m) => m.id === material.id))
    throw new AppError('material-id-taken', { materialId: material.id });
  return {
    ...c,
    materials: [...c.materials, material],
    rounds: c.rounds.map((r) =>
      r.round.status === 'draft' && r.applicationIds.includes(material.applicationId)
        ? { ...r, materialIds: [...r.materialIds, material.id] }
        : r,
    ),
  };
}

/** Sets one formal-check item of an application (state null hands it back to the suggestion). */
export function setFormalCheckItem(
  c: OfficeRecord,
  applicationId: string,
  itemId: FormalCheckItemId,
  change: FormalCheckItemChange,
): OfficeRecord {
  if (!c.applications.some((a) => a.id === applicationId)) {
    throw new AppError('application-not-found', { applicationId });
  }
  const item = parseOrThrow(FormalCheckItemIdSchema, itemId, 'formal-check-item');
  const current = c.formalChecks.find((f) => f.applicationId === applicationId);
  const updated = withFormalCheckItem(current ?? emptyFormalCheck(applicationId), item, change);
  return {
    ...c,
    formalChecks: current
      ? c.formalChecks.map((f) => (f.applicationId === applicationId ? updated : f))
      : [...c.formalChecks, updated],
  };
}

/** Sets 申报截止时间 (an ISO date-time with offset), or clears it with null. */
export function setDeadline(c: OfficeRecord, deadline: string | null): OfficeRecord {
  const parsed = parseOrThrow(z.iso.datetime({ offset: true }).nullable(), deadline, 'deadline');
  return { ...c, deadline: parsed };
}

/** The end of a calendar day in Beijing time: '2021-06-25' → '2021-06-25T23:59:59.999+08:00'. */
export function endOfDayInBeijing(date: string): string {
  const day = parseOrThrow(z.iso.date(), date, 'date');
  return `${day}T23:59:59.999+08:00`;
}
