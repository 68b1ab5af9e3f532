/** The group leader's deliberation in main: import, merge, records, the group bundle's export. */
export { createDeliberationService, mergeDigestOf } from './deliberation-service';
export type {
  DeliberationPlace,
  DeliberationService,
  DeliberationServiceOptions,
} from './deliberation-service';
export { noDeliberationChooser } from './deliberation-chooser';
export type { DeliberationChooser } from './deliberation-chooser';
export { memberBundleStore } from './member-bundle-store';
export type { MemberBundleStore } from './member-bundle-store';
