/** The core services behind the IPC contract, created once per process (main, CLI or harness). */
import type { JsonStore } from './storage/json-store';
import { createUnitDirectoryService } from './units/unit-directory';
import type { UnitDirectoryService } from './units/unit-directory';

export type Host = 'electron' | 'test-harness';

export interface CoreServicesOptions {
  readonly store: JsonStore;
  readonly host: Host;
  readonly appVersion: string;
  readonly platform: string;
}

export interface CoreServices {
  readonly app: {
    readonly name: string;
    readonly version: string;
    readonly platform: string;
    readonly host: Host;
  };
  readonly units: UnitDirectoryService;
}

export const APP_NAME = '质量标杆评审';

export function createCoreServices(options: CoreServicesOptions): CoreServices {
  return {
    app: {
      name: APP_NAME,
      version: options.appVersion,
      platform: options.platform,
      host: options.host,
    },
    units: createUnitDirectoryService(options.store),
  };
}
