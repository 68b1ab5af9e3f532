/**
 * An open office case: the OfficeCase state in its encrypted workspace, changed only through
 * pure updates that are validated whole before anything is written.
 */
import {
  OfficeCaseSchema,
  emptyOfficeCase,
  addMaterialRound,
} from '../../../shared/office/office-case';
import type { OfficeCase } from '../../../shared/office/office-case';
import type { Identity } from '../identity/identity';
import { createOfficeWorkspace, openOfficeWorkspace, WorkspaceError } from './office-workspace';
import type { OfficeWorkspace } from './office-workspace';

export interface OfficeSession {
  readonly workspace: OfficeWorkspace;
  read(): Promise<OfficeCase>;
  /** Applies a pure change, validates the whole case, and writes it atomically. */
  update(change: (current: OfficeCase) => OfficeCase): Promise<OfficeCase>;
}

export class OfficeStateError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`办公室案卷数据无效：${issues.slice(0, 5).join('；')}`);
    this.name = 'OfficeStateError';
  }
}

function validate(state: unknown): OfficeCase {
  const parsed = OfficeCaseSchema.safeParse(state);
  if (!parsed.success) {
    throw new OfficeStateError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
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

export interface CreateOfficeCaseOptions {
  readonly office: Identity;
  readonly year: number;
  readonly passphrase?: string;
  readonly now?: Date;
  readonly scryptLogN?: number;
}

/** A new case for the year, with its material round (资料评审) opened as a draft. */
export async function createOfficeCase(
  dir: string,
  options: CreateOfficeCaseOptions,
): Promise<OfficeSession> {
  if (options.office.card.role !== 'office') {
    throw new RangeError('只有办公室身份可以创建案卷。/ Only an office identity creates a case.');
  }
  const initial = addMaterialRound(emptyOfficeCase(options.year), {
    id: 'material',
    createdAt: (options.now ?? new Date()).toISOString(),
  });
  const workspace = await createOfficeWorkspace(dir, {
    officeFingerprint: options.office.card.fingerprint,
    officeRecipient: options.office.card.ageRecipient,
    initialState: initial,
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    ...(options.scryptLogN === undefined ? {} : { scryptLogN: options.scryptLogN }),
  });
  return sessionOver(workspace);
}

export async function openOfficeCase(
  dir: string,
  credentials: { identity?: string; passphrase?: string },
): Promise<OfficeSession> {
  return sessionOver(await openOfficeWorkspace(dir, credentials));
}

/** Opens a case as the office identity that made it: its key, and its fingerprint checked. */
export async function openOfficeCaseAs(dir: string, office: Identity): Promise<OfficeSession> {
  const session = await openOfficeCase(dir, { identity: office.ageIdentity });
  if (session.workspace.officeFingerprint !== office.card.fingerprint) {
    throw new WorkspaceError('not-this-office', '此案卷不属于该办公室身份。');
  }
  return session;
}
