import { intakeProblemLabels, intakeProblemLabelsEn } from './problem-category';
import type { IntakeProblemCategory, IntakeProblemEffect } from './problem-category';

/** One problem intake found, worded for the office. */
export interface IntakeProblem {
  readonly category: IntakeProblemCategory;
  /** Chinese label of the category. */
  readonly label: string;
  /** The label in English. */
  readonly labelEn: string;
  readonly effect: IntakeProblemEffect;
  /** The archive's (or folder's) file name, as received. */
  readonly archiveName: string;
  /** Path of the entry inside the archive ('inner.zip/a.pdf' inside a nested one), if any. */
  readonly entryPath: string | null;
  /** What is wrong, in Chinese, with the decoder's own words in brackets where useful. */
  readonly detail: string;
  /** The same in English, where intake words it in English too. */
  readonly detailEn?: string;
  /**
   * Label, archive, entry and detail in one line, fit to show: Chinese first, then " / " and
   * the English (the label, and the detail where there is an English one).
   */
  readonly message: string;
}

/** A problem before intake knows which input it belongs to. */
export interface ProblemFinding {
  readonly category: IntakeProblemCategory;
  readonly effect: IntakeProblemEffect;
  readonly entryPath: string | null;
  readonly detail: string;
  readonly detailEn?: string;
}

/**
 * Thrown by readers to refuse a whole archive. Carries a category chosen at the throw site, so
 * the orchestrator never has to guess what a failure means.
 */
export class IntakeRefusal extends Error {
  constructor(
    readonly category: IntakeProblemCategory,
    readonly detail: string,
    readonly entryPath: string | null = null,
    /** The detail in English, for the English half of the message. */
    readonly detailEn?: string,
  ) {
    super(`${category}: ${detail}`);
    this.name = 'IntakeRefusal';
  }
}

/** Turns a finding into the problem the office sees. */
export function describeProblem(finding: ProblemFinding, archiveName: string): IntakeProblem {
  const label = intakeProblemLabels[finding.category];
  const labelEn = intakeProblemLabelsEn[finding.category];
  const where =
    finding.entryPath === null ? archiveName : `${archiveName} 中的 ${finding.entryPath}`;
  const whereEn =
    finding.entryPath === null ? archiveName : `${finding.entryPath} in ${archiveName}`;
  const english = finding.detailEn === undefined ? '' : `: ${finding.detailEn}`;
  return {
    ...finding,
    label,
    labelEn,
    archiveName,
    message: `${label}：${where}：${finding.detail} / ${labelEn}: ${whereEn}${english}`,
  };
}

/** The finding for a whole-archive refusal. */
export function refusalFinding(refusal: IntakeRefusal): ProblemFinding {
  return {
    category: refusal.category,
    effect: 'refused',
    entryPath: refusal.entryPath,
    detail: refusal.detail,
    ...(refusal.detailEn === undefined ? {} : { detailEn: refusal.detailEn }),
  };
}
