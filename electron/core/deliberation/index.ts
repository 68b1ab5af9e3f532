/** The group leader's deliberation in main: import, merge, records, the group bundle's export. */
export { createDeliberationService } from './deliberation-service';
export { mergeDigestOf } from './deliberation-facts';
export type {
  DeliberationPlace,
  DeliberationService,
  DeliberationServiceOptions,
} from './deliberation-service';
export { noDeliberationChooser } from './deliberation-chooser';
export type { DeliberationChooser } from './deliberation-chooser';
export { memberBundleStore } from './member-bundle-store';
export type { MemberBundleStore } from './member-bundle-store';
