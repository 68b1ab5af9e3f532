/** The scaffolding the leader's and the chair's desks share in main (desk-session.ts). */
export { deskSessionScaffold } from './desk-session';
export type {
  DeskPlace,
  DeskRefusals,
  DeskSession,
  DeskSessionOptions,
  DeskSessionScaffold,
  DeskSessionUnavailable,
} from './desk-session';
