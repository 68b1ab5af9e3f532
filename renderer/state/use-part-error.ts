import { useEffect } from 'react';
import { clearOfficeError } from './office-actions';
import { selectError, useOfficeStore } from './office-store';
import type { OfficeErrorSlot } from './office-store';

/**
 * The error kept for one part of a screen (a form, a box), put away when that part leaves the
 * screen: coming back, the clerk sees the part as new, not the refusal of an earlier visit.
 */
export function usePartError(slot: Exclude<OfficeErrorSlot, 'screen'>) {
  const error = useOfficeStore(selectError(slot));
  useEffect(() => () => clearOfficeError(slot), [slot]);
  return error;
}
