/**
 * The manifest's roster and review readers checked against each other and against the rest of
 * the manifest, so that whoever parses a manifest (the desk, a review bundle) may rely on them:
 * every reader is the office or a person of the roster with the same fingerprint, every
 * application has exactly one reader list, the office first.
 */
import { schemaRule } from '../errors/schema-rules';

interface Problem {
  readonly message: string;
  readonly path: readonly (string | number)[];
}

interface Checked {
  readonly office: { readonly fingerprint: string };
  readonly recipient: { readonly expertId: string; readonly fingerprint: string };
  readonly applications: readonly { readonly id: string }[];
  readonly roster: readonly { readonly expertId: string; readonly fingerprint: string }[];
  readonly reviewReaders: readonly {
    readonly applicationId: string;
    readonly readers: readonly {
      readonly fingerprint: string;
      readonly expertId?: string | undefined;
      readonly roles: readonly string[];
    }[];
  }[];
}

function rosterProblems(m: Checked): Problem[] {
  const problems: Problem[] = [];
  const roster = schemaRule('manifest-roster-inconsistent');
  const ids = new Set<string>();
  const fingerprints = new Set<string>([m.office.fingerprint]);
  m.roster.forEach((person, i) => {
    if (ids.has(person.expertId) || fingerprints.has(person.fingerprint)) {
      problems.push({ message: roster, path: ['roster', i] });
    }
    ids.add(person.expertId);
    fingerprints.add(person.fingerprint);
  });
  const me = m.roster.find((p) => p.expertId === m.recipient.expertId);
  if (me === undefined || me.fingerprint !== m.recipient.fingerprint) {
    problems.push({ message: roster, path: ['recipient'] });
  }
  return problems;
}

function readerProblems(m: Checked): Problem[] {
  const problems: Problem[] = [];
  const words = schemaRule('manifest-readers-inconsistent');
  const roster = new Map(m.roster.map((p) => [p.expertId, p.fingerprint]));
  if (m.reviewReaders.length !== m.applications.length) {
    problems.push({ message: words, path: ['reviewReaders'] });
  }
  m.reviewReaders.forEach((entry, i) => {
    if (m.applications[i]?.id !== entry.applicationId) {
      problems.push({ message: words, path: ['reviewReaders', i, 'applicationId'] });
    }
    const seen = new Set<string>();
    entry.readers.forEach((reader, j) => {
      const path = ['reviewReaders', i, 'readers', j];
      const isOffice = j === 0;
      const fits = isOffice
        ? reader.expertId === undefined &&
          reader.fingerprint === m.office.fingerprint &&
          reader.roles.length === 1 &&
          reader.roles[0] === 'office'
        : reader.expertId !== undefined &&
          roster.get(reader.expertId) === reader.fingerprint &&
          !reader.roles.includes('office') &&
          new Set(reader.roles).size === reader.roles.length;
      if (!fits || seen.has(reader.fingerprint)) problems.push({ message: words, path });
      seen.add(reader.fingerprint);
    });
  });
  return problems;
}

/** What does not agree in a manifest's roster and review readers; empty when all is well. */
export function caseManifestRosterProblems(m: Checked): Problem[] {
  return [...rosterProblems(m), ...readerProblems(m)];
}
