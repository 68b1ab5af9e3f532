/**
 * One permission table, deny by default (SECURITY.md item 5). The keys are every permission
 * Electron's typings name, so an Electron upgrade that adds one fails the type-check here until
 * someone decides about it. Nothing in the app needs any of them.
 */
import type { Session } from 'electron';

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;

/** Every permission name Electron passes to the request or the check handler. */
export type PermissionName = Parameters<RequestHandler>[1] | Parameters<CheckHandler>[1];

export interface PermissionRule {
  readonly allowed: boolean;
  /** Why; shown in docs/security.md and in review, never to the user. */
  readonly reason: string;
}

const OFFLINE = 'the app is offline: no network-facing feature';
const NO_DEVICES = 'review needs no hardware access';
const NO_CAPTURE = 'confidential material must not be captured or shared';
const NO_STORAGE = 'nothing persists outside the encrypted journal';
const SINGLE_WINDOW = 'one fixed window; the app manages its own layout';

export const PERMISSION_TABLE: Readonly<Record<PermissionName, PermissionRule>> = {
  ar: { allowed: false, reason: NO_DEVICES },
  'automatic-fullscreen': { allowed: false, reason: SINGLE_WINDOW },
  'background-fetch': { allowed: false, reason: OFFLINE },
  'background-sync': { allowed: false, reason: OFFLINE },
  'captured-surface-control': { allowed: false, reason: NO_CAPTURE },
  'clipboard-read': { allowed: false, reason: 'the page never reads the clipboard' },
  'clipboard-sanitized-write': {
    allowed: false,
    reason: "the page never writes the clipboard by script; copying is the user's own shortcut",
  },
  'deprecated-sync-clipboard-read': {
    allowed: false,
    reason: 'the page never reads the clipboard',
  },
  'display-capture': { allowed: false, reason: NO_CAPTURE },
  fileSystem: { allowed: false, reason: 'files are opened by main through its own dialogs' },
  fullscreen: { allowed: false, reason: SINGLE_WINDOW },
  geolocation: { allowed: false, reason: OFFLINE },
  'geolocation-approximate': { allowed: false, reason: OFFLINE },
  'hand-tracking': { allowed: false, reason: NO_DEVICES },
  hid: { allowed: false, reason: NO_DEVICES },
  'idle-detection': { allowed: false, reason: 'auto-lock is decided by main, not the page' },
  keyboardLock: { allowed: false, reason: SINGLE_WINDOW },
  'local-fonts': { allowed: false, reason: 'fonts are bundled' },
  'local-network': { allowed: false, reason: OFFLINE },
  'local-network-access': { allowed: false, reason: OFFLINE },
  'loopback-network': { allowed: false, reason: OFFLINE },
  media: { allowed: false, reason: NO_CAPTURE },
  mediaKeySystem: { allowed: false, reason: 'no protected media' },
  midi: { allowed: false, reason: NO_DEVICES },
  midiSysex: { allowed: false, reason: NO_DEVICES },
  nfc: { allowed: false, reason: NO_DEVICES },
  notifications: { allowed: false, reason: 'notifications may show confidential text' },
  openExternal: { allowed: false, reason: 'no document URL is ever handed to the OS' },
  'payment-handler': { allowed: false, reason: OFFLINE },
  'periodic-background-sync': { allowed: false, reason: OFFLINE },
  'persistent-storage': { allowed: false, reason: NO_STORAGE },
  pointerLock: { allowed: false, reason: SINGLE_WINDOW },
  'screen-wake-lock': { allowed: false, reason: 'the screen must lock when the user leaves' },
  sensors: { allowed: false, reason: NO_DEVICES },
  serial: { allowed: false, reason: NO_DEVICES },
  'smart-card': { allowed: false, reason: NO_DEVICES },
  'speaker-selection': { allowed: false, reason: NO_DEVICES },
  'storage-access': { allowed: false, reason: NO_STORAGE },
  'system-wake-lock': { allowed: false, reason: 'the machine must sleep and lock as configured' },
  'top-level-storage-access': { allowed: false, reason: NO_STORAGE },
  usb: { allowed: false, reason: NO_DEVICES },
  vr: { allowed: false, reason: NO_DEVICES },
  'web-app-installation': { allowed: false, reason: 'the app is installed by its own installer' },
  'web-printing': { allowed: false, reason: 'reports are exported as Word files by main' },
  'window-management': { allowed: false, reason: SINGLE_WINDOW },
  unknown: { allowed: false, reason: 'a permission nobody has reviewed' },
};

/** The decision for a permission request or check: the table's answer, false for any other name. */
export function decidePermission(name: string): boolean {
  if (!Object.hasOwn(PERMISSION_TABLE, name)) return false;
  return PERMISSION_TABLE[name as PermissionName].allowed === true;
}
