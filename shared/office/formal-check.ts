import { z } from 'zod';
import {
  FormalCheckItemIdSchema,
  formalCheckItems,
  type FormalCheckItemId,
  type FormalCheckItemInfo,
} from './formal-check-items';
import {
  suggestFormalCheckItem,
  type FormalCheckEvidence,
  type FormalCheckSuggestion,
} from './formal-check-suggestions';
import {
  combineFormalCheckStates,
  FormalCheckStateSchema,
  type FormalCheckState,
} from './formal-check-state';
import { OfficeIdSchema } from './office-id';
import { parseOrThrow } from '../errors';

/**
 * 审查记录: the office's own decision on one item. `state` null means "not decided": the item then
 * takes the state its evidence suggests, or 'pending' when it has none.
 */
export const FormalCheckEntrySchema = z.object({
  state: FormalCheckStateSchema.nullable(),
  note: z.string().max(1000),
});
export type FormalCheckEntry = z.infer<typeof FormalCheckEntrySchema>;

/** 形式审查 (Articles 9 and 18): the office's checklist for one application. */
export const FormalCheckSchema = z.object({
  applicationId: OfficeIdSchema,
  items: z.partialRecord(FormalCheckItemIdSchema, FormalCheckEntrySchema),
});
export type FormalCheck = z.infer<typeof FormalCheckSchema>;

/** One item as the office sees it: the state in force, the suggestion and who decided. */
export interface FormalCheckItemResult {
  readonly item: FormalCheckItemInfo;
  readonly state: FormalCheckState;
  /** What the data suggests; null for items only the office can judge. */
  readonly suggestion: FormalCheckSuggestion | null;
  /** True when the office's own state is in force (it may differ from the suggestion). */
  readonly decidedByOffice: boolean;
  readonly note: string;
}

/** The checklist of one application with its overall state. */
export interface FormalCheckResult {
  readonly applicationId: string;
  readonly items: readonly FormalCheckItemResult[];
  readonly overall: FormalCheckState;
}

/** A check with no decisions yet. */
export function emptyFormalCheck(applicationId: string): FormalCheck {
  return { applicationId, items: {} };
}

/** Evaluates every item: the office's state where set, else the suggestion, else 'pending'. */
export function evaluateFormalCheck(
  check: FormalCheck,
  evidence: FormalCheckEvidence,
): FormalCheckResult {
  const items = formalCheckItems.map((item): FormalCheckItemResult => {
    const entry = check.items[item.id];
    const suggestion = suggestFormalCheckItem(item.id, evidence);
    const officeState = entry?.state ?? null;
    return {
      item,
      state: officeState ?? suggestion?.state ?? 'pending',
      suggestion,
      decidedByOffice: officeState !== null,
      note: entry?.note ?? '',
    };
  });
  return {
    applicationId: check.applicationId,
    items,
    overall: combineFormalCheckStates(items.map((i) => i.state)),
  };
}

/** The change one call makes to an item: a state (null hands it back to the suggestion), a note. */
export interface FormalCheckItemChange {
  readonly state?: FormalCheckState | null;
  readonly note?: string;
}

/** The check with one item changed; what the change leaves out stays as it was. */
export function withFormalCheckItem(
  check: FormalCheck,
  id: FormalCheckItemId,
  change: FormalCheckItemChange,
): FormalCheck {
  const current = check.items[id] ?? { state: null, note: '' };
  const entry = parseOrThrow(
    FormalCheckEntrySchema,
    {
      state: change.state === undefined ? current.state : change.state,
      note: change.note ?? current.note,
    },
    'formal-check-item',
  );
  return { ...check, items: { ...check.items, [id]: entry } };
}
