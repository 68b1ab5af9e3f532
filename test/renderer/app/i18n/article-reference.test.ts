import { describe, expect, it } from 'vitest';
import { chineseNumeral, formatArticles } from '../../../../renderer/app/i18n/article-reference';
import { messagesEn } from '../../../../renderer/app/i18n/messages-en';
import { messagesZhCn } from '../../../../renderer/app/i18n/messages-zh-cn';
import { translator } from '../../../../renderer/app/i18n/locale';

describe('article references', () => {
  it.each([
    [1, '一'],
    [8, '八'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [21, '二十一'],
  ])('writes %i as %s', (n, numeral) => {
    expect(chineseNumeral(n)).toBe(numeral);
  });

  it('joins articles as each language writes them', () => {
    expect(formatArticles('zh-CN', [15, 19])).toBe('第十五条、第十九条');
    expect(formatArticles('en', [15, 19])).toBe('Art. 15, 19');
  });
});

describe('catalogues', () => {
  it('have the same keys and no empty message', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesZhCn).sort());
    for (const value of [...Object.values(messagesEn), ...Object.values(messagesZhCn)]) {
      expect(value.trim()).not.toBe('');
    }
  });

  it('formats numbers in placeholders the way each locale writes them', () => {
    expect(translator('zh-CN')('units.count', { count: 1245 })).toBe('共 1,245 家推荐单位');
    expect(translator('en')('units.count', { count: 49 })).toBe('49 recommending units');
  });
});
