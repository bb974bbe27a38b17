import { describe, expect, it } from 'vitest';
import { contrastRatio, themeWarnings } from '../../src/lib/contrast.ts';

describe('theme contrast check', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('accepts the default theme', () => {
    expect(themeWarnings({ text: '#0b0c0c', background: '#ffffff', accent: '#1d70b8', accentText: '#ffffff' })).toEqual([]);
  });
  it('warns about a brand colour too light for white button text', () => {
    const warnings = themeWarnings({ text: '#0b0c0c', background: '#ffffff', accent: '#f9c74f', accentText: '#ffffff' });
    expect(warnings.join(' ')).toContain('Button text on the accent colour');
    expect(warnings.join(' ')).toContain('below the 4.5:1');
  });
  it('says when a colour cannot be read', () => {
    expect(themeWarnings({ text: 'red', background: '#fff', accent: '#000', accentText: '#fff' })[0]).toContain('not a hex colour');
  });
});
