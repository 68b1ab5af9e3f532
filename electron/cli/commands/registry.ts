/** Every qbreview command, in the order --help lists them: the order of the office's work. */
import type { Command } from '../command';
import { bundleInspect } from './bundle-inspect';
import { bundleVerify } from './bundle-verify';
import { caseCreate } from './case-create';
import { caseInfo } from './case-info';
import { caseReissue, caseRestore, caseSeal } from './case-seal';
import { identityCard } from './identity-card';
import { identityCreate } from './identity-create';
import { intake } from './intake';
import { mergeGroupCommand } from './merge-group';
import { mergeCommitteeCommand } from './merge-committee';
import { committeeReReview } from './committee-re-review';
import { followupCommands } from './followup-commands';
import { packageShow } from './package-show';
import { assign, committeeSet, conflictAdd, expertAdd, groupSet, roundInclude } from './panel';
import { registerImport } from './register-import';
import { reportCommand } from './report';
import { roundDefense } from './round-defense';
import { roundUndertakingSet, roundUndertakingShow } from './round-undertaking';
import { roundRuleCommand } from './round-rule';
import { standInClear, standInSet, standInShow } from './stand-in';
import { unitsReset, unitsSet, unitsShow } from './units';

export const commands: readonly Command[] = [
  identityCreate,
  identityCard,
  caseCreate,
  unitsShow,
  unitsSet,
  unitsReset,
  intake,
  registerImport,
  expertAdd,
  groupSet,
  committeeSet,
  roundInclude,
  assign,
  conflictAdd,
  standInShow,
  standInSet,
  standInClear,
  roundUndertakingShow,
  roundUndertakingSet,
  roundRuleCommand,
  caseInfo,
  caseSeal,
  caseReissue,
  roundDefense,
  caseRestore,
  packageShow,
  bundleVerify,
  bundleInspect,
  // Before merge --group: its words (merge --committee) are the longer match.
  mergeCommitteeCommand,
  mergeGroupCommand,
  committeeReReview,
  ...followupCommands,
  reportCommand,
];
