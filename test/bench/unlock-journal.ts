/**
 * The full journal of the unlock_and_hydrate_25 row, as entries the renderer appends: for every
 * application of the package every rubric part scored, every criterion and every part commented,
 * the three fields of the overall comment, a recommendation; and 200 annotations spread over the
 * applications' .docx materials, each quoting a passage that is in it. Pure: the bench appends
 * them through the real core (journal:append), after the undertaking is signed in main.
 */
import type { Rubric } from '../../shared/domain/rubric';
import type { JournalAppendEntry } from '../../shared/journal';
import { PARAGRAPHS, paragraphText } from './unlock-round';

export const ANNOTATIONS = 200;

export interface JournalApplication {
  readonly id: string;
  /** 1-based, as the round numbers its applications (基准申报单位n). */
  readonly n: number;
  /** The application's .docx material id. */
  readonly docxMaterialId: string;
}

const COMMENTS = [
  '该做法与质量管理基本原理相符，过程方法运用得当，数据来源清楚，论证较为充分。',
  '创新点明确，在行业内具有一定的先进性，但推广应用的范围和成效证据仍需补充。',
  '指标体系完整，近三年关键质量指标持续改善，与行业标杆的对比分析较为清楚。',
  '实施路径清晰，组织保障有力，全员参与的机制值得借鉴，建议进一步提炼可复制的方法。',
];

const OVERALL = {
  strengths: '体系完整，数据翔实，质量改进成效显著，对同行业企业具有较强的示范作用。',
  weaknesses: '对标数据不足，部分成效缺少第三方证明，经验的可推广性论述偏少。',
  suggestions: '补充与国内外行业标杆的对比数据，提炼方法论，形成可复制推广的操作指南。',
} as const;

/** Every score and comment of one application, scored just under each part's maximum. */
function reviewOf(rubric: Rubric, roundId: string, app: JournalApplication): JournalAppendEntry[] {
  const place = { roundId, applicationId: app.id };
  const entries: JournalAppendEntry[] = [];
  rubric.criteria.forEach((criterion, c) => {
    for (const part of criterion.parts) {
      const score = Math.max(0, part.maxPoints - ((app.n + c) % 4) * 0.5);
      entries.push({ kind: 'review-score', ...place, partId: part.id, score });
      entries.push({
        kind: 'review-comment',
        ...place,
        targetId: part.id,
        text: `${part.id}：${COMMENTS[(app.n + c) % COMMENTS.length]!}`,
      });
    }
    entries.push({
      kind: 'review-comment',
      ...place,
      targetId: criterion.id,
      text: COMMENTS[(app.n + c + 1) % COMMENTS.length]!,
    });
  });
  for (const field of ['strengths', 'weaknesses', 'suggestions'] as const) {
    entries.push({ kind: 'review-overall', ...place, field, text: OVERALL[field] });
  }
  entries.push({
    kind: 'review-recommendation',
    ...place,
    recommendation: app.n % 5 === 0 ? 'not-recommend' : 'recommend',
  });
  return entries;
}

/** Annotation `k` (0-based) on the application it falls to: a passage of one of its paragraphs. */
function annotationOf(k: number, app: JournalApplication): JournalAppendEntry {
  const paragraph = (k % PARAGRAPHS) + 1;
  const text = paragraphText(app.n, paragraph);
  const exact = text.slice(5, 25);
  return {
    kind: 'annotation',
    annotationId: `bench-note-${String(k).padStart(4, '0')}`,
    applicationId: app.id,
    target: {
      source: app.docxMaterialId,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: text.slice(0, 5), suffix: text.slice(25, 40) },
      ],
    },
    body: {
      type: 'TextualBody',
      value: `批注${k + 1}：此处数据需核实，建议对照经营业绩证明与第三方测评报告，确认指标口径一致。`,
    },
  };
}

/** The whole journal, application by application, then the annotations spread over them all. */
export function fullJournal(
  rubric: Rubric,
  roundId: string,
  applications: readonly JournalApplication[],
): JournalAppendEntry[] {
  const entries = applications.flatMap((app) => reviewOf(rubric, roundId, app));
  for (let k = 0; k < ANNOTATIONS; k += 1) {
    entries.push(annotationOf(k, applications[k % applications.length]!));
  }
  return entries;
}
