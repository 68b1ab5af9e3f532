export { createPackageDesk } from './package-desk';
export type { PackageDesk, PackageDeskOptions } from './package-desk';
export { openPackage } from './open-package';
export type { OpenPackageCredentials, OpenPackageOptions, OpenedPackage } from './open-package';
export type {
  PackageApplicationView,
  PackageMaterialView,
  PackageSeatView,
  PackageView,
} from './package-view';
export { createPinStore, sameOfficeKey } from './pin-store';
export type { OfficeKey, PinStore } from './pin-store';
export { createSequenceMemory } from './sequence-memory';
export type {
  PackageSlot,
  SequenceMemory,
  SequenceOutcome,
  SequenceRecord,
} from './sequence-memory';
export { createExpertDesk } from './expert-desk';
export type { ExpertDesk, ExpertDeskOpenRequest, ExpertDeskOptions } from './expert-desk';
export { noPackageChooser } from './package-chooser';
export type { PackageChooser } from './package-chooser';
