/**
 * Every field the 合议 forms write into takes autocomplete="off" (Chromium keeps a form's text in
 * its session files otherwise), every kind of record has its form, and the kinds are said in
 * both languages.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../renderer/app/i18n/locale';
import { LocaleContext } from '../../../renderer/app/i18n/locale-context';
import { GoOnForm } from '../../../renderer/features/deliberation/MembersPanel';
import { RecordForm } from '../../../renderer/features/deliberation/RecordForm';
import type { RecordKind } from '../../../renderer/features/deliberation/RecordForm';
import { matrixRows } from '../../../renderer/features/deliberation/score-matrix-view';
import { NAMES, merge, rubric, stateWith } from './deliberation-state-fixture';

const KINDS: readonly RecordKind[] = [
  'discussion-note',
  'score-change',
  'deviation-explanation',
  'absence',
  'ballot',
  'dissent',
  'consensus',
  'decision',
  'skip-discussion',
];

function form(kind: RecordKind, locale: Locale = 'zh-CN'): string {
  const state = stateWith([]);
  const application = merge.applications[0]!;
  return renderToStaticMarkup(
    createElement(
      LocaleContext,
      { value: locale },
      createElement(RecordForm, {
        rubric,
        roundKind: 'material',
        merge: application,
        deliberation: state.deliberation[0]!,
        rows: matrixRows(rubric, application, state.deliberation[0]!),
        memberIds: state.members.map((m) => m.expertId),
        rule: state.rule,
        nameOf: (id) => NAMES[id] ?? id,
        busy: false,
        onSave: () => Promise.resolve(true),
        kind,
        onKind: () => undefined,
        deviationPreset: null,
      }),
    ),
  );
}

/** Every text input and text area of the markup, each as its opening tag. */
function textFields(markup: string): string[] {
  return [...markup.matchAll(/<(?:textarea|input)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/type="(?:radio|checkbox)"/.test(tag));
}

describe('the record forms', () => {
  it('turn autocomplete off on every field one writes into', () => {
    let fields = 0;
    for (const kind of KINDS) {
      for (const tag of textFields(form(kind))) {
        fields += 1;
        expect(tag, `${kind}: ${tag}`).toContain('autoComplete="off"');
      }
    }
    // Notes, score change, explanation, absence, three counts of a secret ballot are not
    // rendered at once; at least these forms' fields were seen.
    expect(fields).toBeGreaterThanOrEqual(7);
  });

  it('turns it off in the form for going on without a member as well', () => {
    const markup = renderToStaticMarkup(
      createElement(GoOnForm, {
        state: stateWith([]),
        missing: ['e05'],
        nameOf: (id) => id,
        busy: false,
        onSave: () => Promise.resolve(true),
        onDone: () => undefined,
      }),
    );
    const fields = textFields(markup);
    expect(fields).toHaveLength(1);
    expect(fields[0]).toContain('autoComplete="off"');
  });

  it('names every kind in both languages, with no English in Chinese', () => {
    const zh = form('ballot');
    const en = form('ballot', 'en');
    for (const kind of KINDS) {
      expect(zh).toContain(`data-testid="kind-${kind}"`);
      expect(en).toContain(`data-testid="kind-${kind}"`);
    }
    const text = (markup: string) => markup.replace(/<[^>]*>/g, ' ');
    expect(text(zh).match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
    expect(text(en)).toContain('Open');
    expect(text(en)).not.toMatch(/表决|赞成|记名/);
  });
});
