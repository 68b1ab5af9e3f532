/**
 * An open office workspace: the OfficeRecord state in its encrypted, signed workspace, changed only
 * through pure updates that are validated whole before anything is written.
 */
import { AppError } from '../../../shared/errors';
import { ownWordsOnly, validationIssuesOf } from '../../../shared/errors/validation-issue';
import {
  OfficeRecordSchema,
  emptyOfficeRecord,
  addMaterialRound,
} from '../../../shared/office/office-record';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { importedResultDigests } from '../../../shared/office/followup/result-import-standing';
import type { Identity } from '../identity/identity';
import type { GenerationMemory } from './generation-memory';
import { createOfficeWorkspace, openOfficeWorkspace } from './office-workspace';
import type { OfficeWorkspace } from './office-workspace';

export interface OfficeSession {
  readonly workspace: OfficeWorkspace;
  read(): Promise<OfficeRecord>;
  /** Applies a pure change, validates the whole case, and writes it atomically. */
  update(change: (current: OfficeRecord) => OfficeRecord): Promise<OfficeRecord>;
}

/** The whole record checked; AppError 'office-record-invalid' with where and why when it fails. */
function validate(state: unknown): OfficeRecord {
  const parsed = OfficeRecordSchema.safeParse(state, ownWordsOnly);
  if (!parsed.success) {
    throw new AppError('office-record-invalid', { issues: validationIssuesOf(parsed.error) });
  }
  return parsed.data;
}

function sessionOver(workspace: OfficeWorkspace): OfficeSession {
  // Updates run one after another, so two quick changes never overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    workspace,
    async read() {
      return validate(await workspace.readState());
    },
    update(change) {
      const run = queue.then(async () => {
        const next = validate(change(validate(await workspace.readState())));
        await workspace.writeState(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

export interface CreateOfficeRecordOptions {
  readonly office: Identity;
  readonly year: number;
  readonly memory: GenerationMemory;
  readonly passphrase?: string;
  readonly now?: Date;
  readonly scryptLogN?: number;
}

/** A new case for the year, with its material round (资料评审) opened as a draft. */
export async function createOfficeRecord(
  dir: string,
  options: CreateOfficeRecordOptions,
): Promise<OfficeSession> {
  if (options.office.card.role !== 'office') {
    throw new RangeError('只有办公室身份可以创建案卷。/ Only an office identity creates a case.');
  }
  const initial = addMaterialRound(emptyOfficeRecord(options.year), {
    id: 'material',
    createdAt: (options.now ?? new Date()).toISOString(),
  });
  const workspace = await createOfficeWorkspace(dir, {
    office: options.office,
    initialState: initial,
    memory: options.memory,
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    ...(options.scryptLogN === undefined ? {} : { scryptLogN: options.scryptLogN }),
  });
  return sessionOver(workspace);
}

export interface OpenOfficeRecordOptions {
  readonly memory: GenerationMemory;
  /**
   * Accept this older state generation: a restore from backup, an explicit act of the office,
   * logged on this machine and in the case itself.
   */
  readonly restoreGeneration?: number;
  readonly now?: Date;
}

/**
 * Opens a case as the office identity that made it: the header and every state checked against
 * its key, a rolled-back state refused; then sweeps what an interrupted write left behind.
 */
export async function openOfficeRecordAs(
  dir: string,
  office: Identity,
  options: OpenOfficeRecordOptions,
): Promise<OfficeSession> {
  const workspace = await openOfficeWorkspace(dir, {
    office: office.card,
    signer: office,
    unlock: { identity: office.ageIdentity },
    memory: options.memory,
    ...(options.restoreGeneration === undefined
      ? {}
      : { restoreGeneration: options.restoreGeneration }),
  });
  const session = sessionOver(workspace);
  const c = await session.read();
  // The result bundles the follow-up names are kept beside the materials (office-service.ts).
  await workspace.sweep([
    ...c.materials.map((m) => m.sha256),
    ...importedResultDigests(followUpState(c.followUp)),
  ]);
  const { restored } = workspace;
  if (restored !== null) {
    // Written again at once, above the highest generation seen, with the restore on record.
    await session.update((current) => ({
      ...current,
      log: [
        ...current.log,
        {
          kind: 'restored',
          at: (options.now ?? new Date()).toISOString(),
          acceptedGeneration: restored.accepted,
          previousHighest: restored.previousHighest,
        },
      ],
    }));
  }
  return session;
}
