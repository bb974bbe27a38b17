import { describe, expect, it } from 'vitest';
import { formatMessage, formatNumber } from './strings.ts';

describe('message formatting', () => {
  it('fills placeholders', () => {
    expect(formatMessage('%{a} of %{b}', { a: 6, b: 14 })).toBe('6 of 14');
  });
  it('picks the plural form from the count', () => {
    const m = { one: '%{count} day', other: '%{count} days' };
    expect(formatMessage(m, { count: 1 })).toBe('1 day');
    expect(formatMessage(m, { count: 2 })).toBe('2 days');
    expect(formatMessage(m, { count: 0 })).toBe('0 days');
  });
  it('leaves an unknown placeholder visible', () => {
    expect(formatMessage('Hello %{name}')).toBe('Hello %{name}');
  });
  it('does not read placeholders from the prototype', () => {
    expect(formatMessage('%{toString}', {})).toBe('%{toString}');
  });
  it('formats numbers the British way', () => {
    expect(formatNumber(1234.56, 1)).toBe('1,234.6');
    expect(formatNumber(19, 1)).toBe('19');
  });
});
