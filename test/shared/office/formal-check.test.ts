import { describe, expect, it } from 'vitest';
import {
  emptyFormalCheck,
  evaluateFormalCheck,
  withFormalCheckItem,
  type FormalCheck,
} from '../../../shared/office/formal-check';
import { formalCheckItems } from '../../../shared/office/formal-check-items';
import { combineFormalCheckStates } from '../../../shared/office/formal-check-state';
import {
  completedAt,
  suggestFormalCheckItem,
  type FormalCheckEvidence,
} from '../../../shared/office/formal-check-suggestions';
import { material } from './office-fixtures';

const deadline = '2021-06-25T23:59:59.999+08:00';
const complete = [
  material('a1', { kind: 'application-text', fileName: '申报材料.docx' }),
  material('a1', { kind: 'recommendation-form', fileName: '推荐表.pdf' }),
  material('a1', { kind: 'commitment-letter', fileName: '承诺书.jpg' }),
];
const article9 = [
  'legal-person',
  'profitable-three-years',
  'no-violations',
  'method-mature',
  'willing-to-share',
] as const;

function allArticle9Pass(): FormalCheck {
  return article9.reduce(
    (check, id) => withFormalCheckItem(check, id, { state: 'pass' }),
    emptyFormalCheck('a1'),
  );
}

describe('formalCheckItems', () => {
  it('lists the nine items with labels and the article', () => {
    expect(formalCheckItems.map((i) => i.id)).toEqual([
      ...article9,
      'recommendation-form-scan',
      'commitment-letter-scan',
      'application-text-word',
      'received-before-deadline',
    ]);
    expect(formalCheckItems[0]).toMatchObject({ zh: '具有独立法人资格', article: '第九条（一）' });
    expect(formalCheckItems[4]?.article).toBe('第九条（三）');
    for (const item of formalCheckItems) expect(item.en).not.toBe('');
  });
});

describe('evaluateFormalCheck', () => {
  it('is pending with nothing decided and nothing received, failing the missing scans', () => {
    const result = evaluateFormalCheck(emptyFormalCheck('a1'), { materials: [], deadline: null });
    const states = Object.fromEntries(result.items.map((i) => [i.item.id, i.state]));
    expect(states).toEqual({
      'legal-person': 'pending',
      'profitable-three-years': 'pending',
      'no-violations': 'pending',
      'method-mature': 'pending',
      'willing-to-share': 'pending',
      'recommendation-form-scan': 'fail',
      'commitment-letter-scan': 'fail',
      'application-text-word': 'fail',
      'received-before-deadline': 'pending',
    });
    expect(result.overall).toBe('fail');
  });

  it('passes when the office passes Article 9 and complete materials arrived in time', () => {
    const result = evaluateFormalCheck(allArticle9Pass(), { materials: complete, deadline });
    expect(result.items.every((i) => i.state === 'pass')).toBe(true);
    expect(result.overall).toBe('pass');
    expect(result.items.find((i) => i.item.id === 'recommendation-form-scan')?.suggestion).toEqual({
      state: 'pass',
      reason: '已收到推荐表：推荐表.pdf',
    });
  });

  it('stays pending while one Article 9 item is undecided', () => {
    const check = withFormalCheckItem(allArticle9Pass(), 'willing-to-share', { state: null });
    expect(evaluateFormalCheck(check, { materials: complete, deadline }).overall).toBe('pending');
  });

  it("lets the office override a suggestion, keeping the suggestion and the office's note", () => {
    const late = complete.map((m) => ({ ...m, receivedAt: '2021-06-28T09:00:00+08:00' }));
    const check = withFormalCheckItem(allArticle9Pass(), 'received-before-deadline', {
      state: 'pass',
      note: '经批准延期至6月30日',
    });
    const result = evaluateFormalCheck(check, { materials: late, deadline });
    const item = result.items.find((i) => i.item.id === 'received-before-deadline');
    expect(item).toMatchObject({
      state: 'pass',
      decidedByOffice: true,
      note: '经批准延期至6月30日',
    });
    expect(item?.suggestion?.state).toBe('fail');
    expect(result.overall).toBe('pass');
  });

  it('fails overall when any item fails, whatever else passes', () => {
    const check = withFormalCheckItem(allArticle9Pass(), 'profitable-three-years', {
      state: 'fail',
      note: '2019年亏损',
    });
    expect(evaluateFormalCheck(check, { materials: complete, deadline }).overall).toBe('fail');
  });
});

describe('withFormalCheckItem', () => {
  it('changes only what is given and hands the item back with null', () => {
    const noted = withFormalCheckItem(emptyFormalCheck('a1'), 'legal-person', {
      note: '见营业执照',
    });
    expect(noted.items['legal-person']).toEqual({ state: null, note: '见营业执照' });
    const passed = withFormalCheckItem(noted, 'legal-person', { state: 'pass' });
    expect(passed.items['legal-person']).toEqual({ state: 'pass', note: '见营业执照' });
    const back = withFormalCheckItem(passed, 'legal-person', { state: null });
    expect(back.items['legal-person']).toEqual({ state: null, note: '见营业执照' });
  });

  it('throws a clear error for an over-long note', () => {
    expect(() =>
      withFormalCheckItem(emptyFormalCheck('a1'), 'legal-person', { note: 'x'.repeat(1001) }),
    ).toThrow(/形式审查项无效/);
  });
});

describe('suggestFormalCheckItem', () => {
  const evidence = (materials: FormalCheckEvidence['materials']): FormalCheckEvidence => ({
    materials,
    deadline,
  });

  it('has no suggestion for the items only the office judges', () => {
    for (const id of article9) expect(suggestFormalCheckItem(id, evidence(complete))).toBeNull();
  });

  it('asks the office to look when a form is in Word instead of a scan', () => {
    const form = material('a1', { kind: 'recommendation-form', fileName: '推荐表.docx' });
    expect(suggestFormalCheckItem('recommendation-form-scan', evidence([form]))).toEqual({
      state: 'pending',
      reason: '推荐表不是扫描件（PDF 或图片）：推荐表.docx',
    });
  });

  it('asks the office to look when the application text is only a PDF', () => {
    const text = material('a1', { kind: 'application-text', fileName: '申报材料.pdf' });
    expect(suggestFormalCheckItem('application-text-word', evidence([text]))?.state).toBe(
      'pending',
    );
  });

  it('asks the office to look when the only candidate has problems', () => {
    const text = material('a1', { kind: 'application-text', problems: ['文件已损坏'] });
    expect(suggestFormalCheckItem('application-text-word', evidence([text]))).toEqual({
      state: 'pending',
      reason: '申报材料文件有问题，请人工核对：申报材料.docx：文件已损坏',
    });
  });

  it('does not fail a missing letter while an unrecognised file may be it', () => {
    const unknown = material('a1', { kind: 'unknown', fileName: 'scan001.pdf' });
    expect(suggestFormalCheckItem('commitment-letter-scan', evidence([unknown]))?.state).toBe(
      'pending',
    );
    expect(suggestFormalCheckItem('commitment-letter-scan', evidence([]))?.state).toBe('fail');
  });

  it('judges the deadline by the instant, offsets included', () => {
    // 16:30 UTC on 25 June is 00:30 on 26 June in Beijing: late.
    const late = complete.map((m) => ({ ...m, receivedAt: '2021-06-25T16:30:00Z' }));
    const onTime = complete.map((m) => ({ ...m, receivedAt: '2021-06-25T15:59:59Z' }));
    expect(suggestFormalCheckItem('received-before-deadline', evidence(late))?.state).toBe('fail');
    expect(suggestFormalCheckItem('received-before-deadline', evidence(onTime))?.state).toBe(
      'pass',
    );
  });

  it('is pending without a deadline or without materials', () => {
    expect(
      suggestFormalCheckItem('received-before-deadline', { materials: complete, deadline: null }),
    ).toEqual({ state: 'pending', reason: '尚未设置申报截止时间' });
    expect(suggestFormalCheckItem('received-before-deadline', evidence([]))?.reason).toBe(
      '尚未收到材料',
    );
  });
});

describe('completedAt', () => {
  it('is when the last required kind first arrived', () => {
    const materials = [
      material('a1', { kind: 'application-text', receivedAt: '2021-06-20T10:00:00+08:00' }),
      material('a1', { kind: 'recommendation-form', receivedAt: '2021-06-24T10:00:00+08:00' }),
      // A second copy of the form sent later does not make the application late.
      material('a1', { kind: 'recommendation-form', receivedAt: '2021-06-29T10:00:00+08:00' }),
      material('a1', { kind: 'commitment-letter', receivedAt: '2021-06-25T20:00:00+08:00' }),
      material('a1', { kind: 'evidence', receivedAt: '2021-07-01T10:00:00+08:00' }),
    ];
    expect(completedAt(materials)).toBe('2021-06-25T20:00:00+08:00');
  });

  it('falls back to the earliest file when no required kind arrived', () => {
    const materials = [
      material('a1', { kind: 'evidence', receivedAt: '2021-06-22T10:00:00+08:00' }),
      material('a1', { kind: 'unknown', receivedAt: '2021-06-21T10:00:00+08:00' }),
    ];
    expect(completedAt(materials)).toBe('2021-06-21T10:00:00+08:00');
    expect(completedAt([])).toBeNull();
  });
});

describe('combineFormalCheckStates', () => {
  it('fails on any fail, passes on all pass, else is pending', () => {
    expect(combineFormalCheckStates(['pass', 'pending', 'fail'])).toBe('fail');
    expect(combineFormalCheckStates(['pass', 'pass'])).toBe('pass');
    expect(combineFormalCheckStates(['pass', 'pending'])).toBe('pending');
    expect(combineFormalCheckStates([])).toBe('pending');
  });
});
