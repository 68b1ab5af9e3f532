/**
 * 办公室后续工作记录 (Articles 19–22, after the experts submit): every act of the office, kept in
 * the order it was recorded, each with who recorded it and when. The state the screens show
 * (followup-state.ts) is folded from these acts; nothing is ever rewritten: a correction is a
 * later act of the same kind, and both stay on record.
 */
import { z } from 'zod';
import { CalendarYearSchema } from './working-days';

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
const Text = (max: number) => z.string().trim().max(max);
const IsoDateSchema = z.iso.date();

/** Who recorded an act: the office identity's fingerprint and the staff member (经办人) at it. */
export const FollowUpActorSchema = z
  .object({
    fingerprint: z.string().min(1).max(128),
    handler: z.string().trim().min(1).max(50),
  })
  .strict();
export type FollowUpActor = z.infer<typeof FollowUpActorSchema>;

const stamp = {
  /** 1, 2, 3… in the order recorded. */
  seq: z.number().int().min(1),
  /** When it was recorded (the laptop's clock: it dates, it never orders; seq orders). */
  at: z.iso.datetime({ offset: true }),
  by: FollowUpActorSchema,
};

/** 报工信部科技司征求意见 (Article 20): sent, and the reply once it came. */
export const Consultation = z
  .object({
    ...stamp,
    kind: z.literal('consultation'),
    sentOn: IsoDateSchema,
    repliedOn: IsoDateSchema.nullable(),
    notes: Text(5000),
  })
  .strict();

/** 现场核查 (notice 一.(三)): an application checked on site. */
export const OnSiteCheck = z
  .object({
    ...stamp,
    kind: z.literal('on-site-check'),
    applicationId: Id,
    from: IsoDateSchema,
    to: IsoDateSchema,
    inspectors: Text(500),
    notes: Text(5000),
  })
  .strict();

/** 公示 (Article 21): the list published, without scores, and its period as computed then. */
export const NoticePublished = z
  .object({
    ...stamp,
    kind: z.literal('notice-published'),
    applicationIds: z.array(Id).min(1).max(10_000),
    start: IsoDateSchema,
    firstDayCounts: z.boolean(),
    lastDay: IsoDateSchema,
    /** 中国质量协会网站、工信部科技司网站、全国质量标杆微信公众号… */
    channels: Text(500),
  })
  .strict();

export const ObjectorSchema = z
  .object({
    /** 异议人: a person or an organisation; an anonymous objection is taken in as such. */
    name: Text(100).min(1),
    organisation: Text(200),
    contact: Text(200),
  })
  .strict();

/** 异议 taken in within the notice period. */
export const ObjectionReceived = z
  .object({
    ...stamp,
    kind: z.literal('objection-received'),
    objectionId: Id,
    applicationId: Id,
    objector: ObjectorSchema,
    content: Text(5000).min(1),
    /** What evidence came with it, one line each (the documents stay wherever they were sent). */
    evidence: z.array(Text(500).min(1)).max(100),
    receivedOn: IsoDateSchema,
    /** 书面、邮件、电话… */
    via: Text(100),
  })
  .strict();

/** 调查核实. */
export const ObjectionInvestigated = z
  .object({
    ...stamp,
    kind: z.literal('objection-investigated'),
    objectionId: Id,
    on: IsoDateSchema,
    findings: Text(20_000).min(1),
  })
  .strict();

/** 报评审委员会审议. */
export const ObjectionReferred = z
  .object({
    ...stamp,
    kind: z.literal('objection-referred'),
    objectionId: Id,
    on: IsoDateSchema,
  })
  .strict();

export const ReReviewOutcomeSchema = z.enum(['upheld', 'dismissed']);
export type ReReviewOutcome = z.infer<typeof ReReviewOutcomeSchema>;

/** The committee's re-review, as the office records it (the chair's or vice-chair's act). */
export const ObjectionReReviewed = z
  .object({
    ...stamp,
    kind: z.literal('objection-re-reviewed'),
    objectionId: Id,
    outcome: ReReviewOutcomeSchema,
    decidedOn: IsoDateSchema,
    /** The chair or vice-chair who signed the re-review. */
    committeeMemberId: Id,
    notes: Text(5000),
    /** The committee's signed act, when it came as a file the office verified. */
    signedAct: z
      .object({
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        signerFingerprint: z.string().max(128),
      })
      .strict()
      .optional(),
  })
  .strict();

/** 经中国质量协会批准 (Article 22). */
export const Approval = z
  .object({
    ...stamp,
    kind: z.literal('approval'),
    approvedOn: IsoDateSchema,
    /** 批准文件文号, if any. */
    reference: Text(100),
    notes: Text(5000),
  })
  .strict();

/** 结果公告 (Article 22). */
export const FinalList = z
  .object({
    ...stamp,
    kind: z.literal('final-list'),
    applicationIds: z.array(Id).min(1).max(10_000),
    publishedOn: IsoDateSchema,
    channels: Text(500),
  })
  .strict();

/** The office's table of a year's holidays and adjusted working days (a correction or a new year). */
export const CalendarYearSet = z
  .object({ ...stamp, kind: z.literal('calendar-year'), table: CalendarYearSchema })
  .strict();

/** 答辩顺序 of a defense round (a later act replaces the order). */
export const DefenseOrder = z
  .object({
    ...stamp,
    kind: z.literal('defense-order'),
    roundId: Id,
    applicationIds: z.array(Id).min(1).max(10_000),
  })
  .strict();

/** An applicant absent from its defense (缺席答辩), with the reason. */
export const DefenseAbsence = z
  .object({
    ...stamp,
    kind: z.literal('defense-absence'),
    roundId: Id,
    applicationId: Id,
    reason: Text(1000).min(1),
  })
  .strict();

/**
 * The chair's result bundle of a round, verified against the office's roster and opened by the
 * office (electron/core/office/result-import.ts): its SHA-256, who signed it, and its list.
 */
export const ResultImported = z
  .object({
    ...stamp,
    kind: z.literal('result-imported'),
    roundId: Id,
    resultDigest: z.string().regex(/^[0-9a-f]{64}$/),
    signer: z
      .object({
        expertId: Id,
        fingerprint: z.string().min(1).max(128),
        role: z.enum(['chair', 'vice-chair-acting']),
      })
      .strict(),
    /** 入围答辩名单 (a material round's) or 初评名单 (a defense round's). */
    listKind: z.enum(['defense-shortlist', 'preliminary']),
    /** The list, in its order. */
    applicationIds: z.array(Id).max(10_000),
    /**
     * The bundle's own sequence (its signer's counter of result bundles for the round): an older
     * one than the signer's already imported is refused (result-import-standing.ts). Absent
     * from acts recorded before it was kept.
     */
    sequence: z.number().int().min(1).optional(),
  })
  .strict();

/** Which of the office's reports (docs/reports.md): 公示名单, 异议处理记录. */
export const OfficeReportKindSchema = z.enum(['public-notice', 'objection-record']);
export type OfficeReportKind = z.infer<typeof OfficeReportKindSchema>;

/**
 * The office's reports written to a folder it chose, a deliberate plaintext export: which, of
 * which round, the folder made inside the chosen one (its name only, never a path), and every
 * file as written with its SHA-256. Recorded by main once the files are on disk, as the chair's
 * export is in its journal (committee-reports-exported).
 */
export const ReportsExported = z
  .object({
    ...stamp,
    kind: z.literal('reports-exported'),
    roundId: Id,
    reports: z.array(OfficeReportKindSchema).min(1).max(2),
    folderName: Text(255).min(1),
    files: z
      .array(
        z.object({ name: Text(255).min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();

export const FollowUpActSchema = z.discriminatedUnion('kind', [
  ResultImported,
  ReportsExported,
  Consultation,
  OnSiteCheck,
  NoticePublished,
  ObjectionReceived,
  ObjectionInvestigated,
  ObjectionReferred,
  ObjectionReReviewed,
  Approval,
  FinalList,
  CalendarYearSet,
  DefenseOrder,
  DefenseAbsence,
]);
export type FollowUpAct = z.infer<typeof FollowUpActSchema>;
export type FollowUpActKind = FollowUpAct['kind'];

/** The section of the office record: the acts, in order. */
export const FollowUpSchema = z.object({ acts: z.array(FollowUpActSchema).max(100_000) }).strict();
export type FollowUp = z.infer<typeof FollowUpSchema>;
