/**
 * The channel names alone, without their schemas: the preload and the harness's init script need
 * only these, and importing the schemas would bundle zod into the preload for nothing.
 * `test/shared/ipc/channel-names.test.ts` keeps this list equal to the keys of `channels`.
 */
export const channelNameList = [
  'app:getInfo',
  'office:status',
  'office:open',
  'office:close',
  'office:overview',
  'office:intake',
  'office:importRegister',
  'office:updateApplication',
  'office:setMaterialKind',
  'office:setFormalCheckItem',
  'office:setDeadline',
  'office:setUnits',
  'office:resetUnits',
  'office:previewCard',
  'office:registerExpert',
  'office:setGroup',
  'office:setCommittee',
  'office:assign',
  'office:addConflict',
  'office:removeConflict',
  'office:setRoundApplications',
  'office:addDefenseRound',
  'office:setRubric',
  'office:setStandIn',
  'office:clearStandIn',
  'office:setUndertaking',
  'office:seal',
  'office:reissue',
  'office:writeSlips',
  'followup:record',
  'followup:importResult',
  'followup:defenseFromResult',
  'followup:importReReview',
  'identity:list',
  'identity:create',
  'identity:unlock',
  'identity:lock',
  'identity:exportCard',
  'identity:copyFingerprint',
  'identity:backup',
  'identity:restore',
  'desk:status',
  'desk:open',
  'desk:close',
  'desk:view',
  'desk:readMaterial',
  'journal:status',
  'journal:append',
  'journal:exportBackup',
  'journal:restoreBackup',
  'lock:status',
  'lock:now',
  'lock:resume',
  'lock:setIdleMinutes',
  'review:context',
  'review:signUndertaking',
  'review:declareConflict',
  'review:submit',
  'review:reopen',
  'review:exportOpinionForm',
  'deliberation:state',
  'deliberation:importBundles',
  'deliberation:append',
  'deliberation:exportGroupBundle',
] as const;

export type ChannelName = (typeof channelNameList)[number];

const known: ReadonlySet<string> = new Set(channelNameList);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && known.has(name);
}
