/**
 * The journal saver between the expert's edits and main: edits keyed by subject, the last value
 * written once the subject is quiet, a record shown before its edit is said to be saved, 已保存
 * never before main answered, and a refused write kept as failed and written again.
 */
import { describe, expect, it } from 'vitest';
import { createJournalSaver } from '../../../renderer/state/journal-saver';
import type { JournalAppendEntry, JournalRecord, SaveState } from '../../../shared/journal';

const CASE = '0123456789abcdef0123456789abcdef';
const AUTHOR = 'AAAA-BBBB-CCCC-DDDD';
const TARGET = { caseId: CASE, owner: AUTHOR };

function note(annotationId: string, value: string): JournalAppendEntry {
  return {
    kind: 'annotation',
    annotationId,
    applicationId: 'a001',
    target: { source: 'm1', selector: [{ type: 'TextQuoteSelector', exact: '质量' }] },
    body: { type: 'TextualBody', value },
  };
}

/** Timers the test fires, and appends whose answer it gives. */
function harness() {
  const timers = new Map<number, () => void>();
  let next = 0;
  const appends: { entry: JournalAppendEntry; answer: (ok: boolean) => void }[] = [];
  const shown: JournalRecord[] = [];
  const states: [string, SaveState, unknown][] = [];
  let number = 0;
  const saver = createJournalSaver({
    append: (entry, target) =>
      new Promise((resolve, reject) => {
        expect(target).toEqual(TARGET);
        appends.push({
          entry,
          answer: (ok) =>
            ok
              ? resolve({
                  ...entry,
                  caseId: CASE,
                  recordNumber: ++number,
                  at: '2026-11-29T08:00:00.000Z',
                  author: AUTHOR,
                } as JournalRecord)
              : reject(new Error('disk full')),
        });
      }),
    timers: {
      set: (callback) => {
        timers.set(++next, callback);
        return next;
      },
      clear: (handle) => void timers.delete(handle as number),
    },
    onRecord: (record) => shown.push(record),
    onState: (subject, state, error) => states.push([subject, state, error]),
  });
  const fire = () => {
    const due = [...timers.values()];
    timers.clear();
    due.forEach((callback) => callback());
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { saver, timers, appends, shown, states, fire, settle };
}

describe('the journal saver', () => {
  it('writes the last value of a note once typing pauses, and says saved only after main', async () => {
    const { saver, appends, shown, states, fire, settle } = harness();
    saver.edit(note('n1', '质'), TARGET);
    saver.edit(note('n1', '质量好'), TARGET);
    expect(saver.stateOf(note('n1', ''))).toBe('pending');
    expect(appends).toHaveLength(0);
    fire();
    await settle();
    expect(appends.map((a) => a.entry)).toEqual([note('n1', '质量好')]);
    expect(saver.stateOf(note('n1', ''))).toBe('saving');
    expect(shown).toHaveLength(0);
    appends[0]!.answer(true);
    await settle();
    expect(shown.map((r) => r.recordNumber)).toEqual([1]);
    expect(states.map(([subject, state]) => `${subject} ${state}`)).toEqual([
      'annotation:n1 pending',
      'annotation:n1 pending',
      'annotation:n1 saving',
      'annotation:n1 saved',
    ]);
  });

  it('keeps subjects apart: a reading position does not replace a note', async () => {
    const { saver, appends, fire, settle } = harness();
    saver.edit(note('n1', '甲'), TARGET);
    saver.edit(
      {
        kind: 'reading-position',
        applicationId: 'a001',
        materialId: 'm1',
        fraction: 0.4,
      },
      TARGET,
    );
    fire();
    await settle();
    expect(appends.map((a) => a.entry.kind).sort()).toEqual(['annotation', 'reading-position']);
  });

  it('saves at once when asked, and a refused write stays failed until written again', async () => {
    const { saver, appends, states, settle } = harness();
    const saving = saver.save(note('n2', '乙'), TARGET);
    await settle();
    appends[0]!.answer(false);
    await saving;
    expect(saver.stateOf(note('n2', ''))).toBe('failed');
    expect(saver.hasUnsaved()).toBe(true);
    expect(states.at(-1)?.[2]).toBeInstanceOf(Error);
    const again = saver.flush();
    await settle();
    expect(appends[1]!.entry).toEqual(note('n2', '乙'));
    appends[1]!.answer(true);
    await again;
    expect(saver.stateOf(note('n2', ''))).toBe('saved');
    expect(states.at(-1)).toEqual(['annotation:n2', 'saved', undefined]);
  });
});
