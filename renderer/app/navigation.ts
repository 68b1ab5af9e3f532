/** What each role sees in the sidebar; the order is the order of the work. */
import type { MessageKey } from './i18n/messages-zh-cn';

export type Role = 'office' | 'expert' | 'leader' | 'chair';

export type ScreenId =
  | 'intake'
  | 'formalCheck'
  | 'units'
  | 'expertsGroups'
  | 'rubricRounds'
  | 'sealing'
  | 'objections'
  | 'unlock'
  | 'applications'
  | 'reader'
  | 'scoring'
  | 'deliberation'
  | 'summary'
  | 'lists'
  | 'objectionReview'
  | 'export';

export const roles: readonly Role[] = ['office', 'expert', 'leader', 'chair'];

export const roleLabel: Record<Role, MessageKey> = {
  office: 'role.office',
  expert: 'role.expert',
  leader: 'role.leader',
  chair: 'role.chair',
};

export const navigationByRole: Record<Role, readonly ScreenId[]> = {
  office: [
    'intake',
    'formalCheck',
    'units',
    'expertsGroups',
    'rubricRounds',
    'sealing',
    'objections',
  ],
  expert: ['unlock', 'applications', 'reader', 'scoring', 'export'],
  leader: ['unlock', 'applications', 'reader', 'scoring', 'deliberation', 'export'],
  chair: ['unlock', 'summary', 'lists', 'objectionReview', 'export'],
};

export const screenLabel: Record<ScreenId, MessageKey> = {
  intake: 'nav.intake',
  formalCheck: 'nav.formalCheck',
  units: 'nav.units',
  expertsGroups: 'nav.expertsGroups',
  rubricRounds: 'nav.rubricRounds',
  sealing: 'nav.sealing',
  objections: 'nav.objections',
  unlock: 'nav.unlock',
  applications: 'nav.applications',
  reader: 'nav.reader',
  scoring: 'nav.scoring',
  deliberation: 'nav.deliberation',
  summary: 'nav.summary',
  lists: 'nav.lists',
  objectionReview: 'nav.objectionReview',
  export: 'nav.export',
};
