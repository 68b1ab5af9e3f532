/**
 * `desk:` channels: each maps its validated request to one call of the expert's desk. The
 * package comes from main's dialog or a drop; a material's bytes leave main only through readMaterial.
 */
import type { ExpertDesk } from '../core/desk';
import type { AreaHandlers } from './handler-map';

export function deskHandlers(desk: ExpertDesk): AreaHandlers<'desk'> {
  return {
    'desk:status': () => desk.status(),
    'desk:open': ({ officeFingerprint, passphrase, source, droppedPath }) =>
      desk.open({
        ...(officeFingerprint === undefined ? {} : { officeFingerprint }),
        ...(passphrase === undefined ? {} : { passphrase }),
        ...(source === undefined ? {} : { source }),
        ...(droppedPath === undefined ? {} : { droppedPath }),
      }),
    'desk:close': () => desk.close(),
    'desk:view': () => desk.view(),
    'desk:readMaterial': ({ materialId }) => desk.readMaterial(materialId),
  };
}
