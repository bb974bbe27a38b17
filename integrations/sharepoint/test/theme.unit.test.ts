/**
 * SharePoint's page and section themes → the widgets' --apk-* tokens
 * (integrations/sharepoint/bridge/theme.ts through integrations/shared/host-theme.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/lib/contrast.ts';
import { themeTokens as hostThemeTokens } from '../../shared/host-theme.ts';
import { sharePointColours } from '../bridge/theme.ts';
import type { SharePointTheme } from '../bridge/api.ts';
import { countedAssert, trialCounter } from '../../../test/helpers/trials.ts';

const assertReadable = countedAssert(trialCounter('properties', 'SharePoint themes mapped to widget colours: every pair the widget uses stays readable'));

/** A light site theme (Fluent UI's default colours) and a strong section of a blue site theme. */
const light: SharePointTheme = {
  semanticColors: {
    bodyText: '#323130',
    bodyBackground: '#ffffff',
    bodySubtext: '#605e5c',
    bodyStandoutBackground: '#faf9f8',
    inputBorder: '#8a8886',
    primaryButtonBackground: '#0078d4',
    primaryButtonText: '#ffffff',
    errorText: '#a4262c',
  },
  fonts: { medium: { fontFamily: '"Segoe UI Web (West European)", "Segoe UI", sans-serif' } },
};
const strongSection: SharePointTheme = {
  semanticColors: {
    bodyText: '#ffffff',
    bodyBackground: '#0078d4',
    bodySubtext: '#ffffff',
    bodyStandoutBackground: '#2b88d8',
    inputBorder: '#ffffff',
    primaryButtonBackground: '#ffffff',
    primaryButtonText: '#0078d4',
    errorText: '#ffffff',
  },
};

const themeTokens = (theme: SharePointTheme | undefined) => hostThemeTokens(sharePointColours(theme));
const ratio = (a: string | undefined, b: string | undefined) => contrastRatio(a ?? '', b ?? '') ?? 0;

describe('SharePoint theme → widget tokens', () => {
  it('takes a light site theme’s colours and font', () => {
    expect(themeTokens(light)).toEqual({
      '--apk-color-text': '#323130',
      '--apk-color-background': '#ffffff',
      '--apk-color-surface': '#faf9f8',
      '--apk-color-muted': '#605e5c',
      '--apk-color-border': '#8a8886',
      '--apk-color-accent': '#0078d4',
      '--apk-color-accent-text': '#ffffff',
      '--apk-color-error': '#a4262c',
      '--apk-color-warning': '#323130',
      '--apk-color-warning-surface': '#faf9f8',
      '--apk-font-family': '"Segoe UI Web (West European)", "Segoe UI", sans-serif',
    });
  });

  it('follows a strong (coloured) section, replacing what would not be readable on it', () => {
    const tokens = themeTokens(strongSection);
    expect(tokens['--apk-color-background']).toBe('#0078d4');
    expect(tokens['--apk-color-text']).toBe('#ffffff');
    // White buttons with blue text read well on the blue section.
    expect(tokens['--apk-color-accent']).toBe('#ffffff');
    // White text on the lighter standout blue is 3.7:1, too low, so the section colour is used as the surface.
    expect(tokens['--apk-color-surface']).toBe('#0078d4');
  });

  it('keeps the widget’s own colours when the theme gives none, or text that cannot be read on its background', () => {
    expect(themeTokens(undefined)).toEqual({});
    expect(themeTokens({ semanticColors: { bodyText: '#777777', bodyBackground: '#888888' } })).toEqual({});
    expect(themeTokens({ semanticColors: { bodyText: 'rgba(0,0,0,.9)', bodyBackground: '#ffffff' } })).toEqual({});
  });

  it('does not pass on a font name that could end the CSS declaration', () => {
    expect(themeTokens({ ...light, fonts: { medium: { fontFamily: 'Arial; background: url(x)' } } })['--apk-font-family']).toBeUndefined();
  });

  it('keeps every pair of colours the widget uses readable, whatever the theme', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    const colours = fc.record({
      bodyText: hex,
      bodyBackground: hex,
      bodySubtext: hex,
      bodyStandoutBackground: hex,
      inputBorder: hex,
      primaryButtonBackground: hex,
      primaryButtonText: hex,
      errorText: hex,
    });
    assertReadable(
      fc.property(colours, (semanticColors) => {
        const t = themeTokens({ semanticColors });
        if (Object.keys(t).length === 0) return;
        const bg = t['--apk-color-background'];
        const surface = t['--apk-color-surface'];
        for (const ground of [bg, surface]) {
          expect(ratio(t['--apk-color-text'], ground)).toBeGreaterThanOrEqual(4.5);
          expect(ratio(t['--apk-color-muted'], ground)).toBeGreaterThanOrEqual(4.5);
          expect(ratio(t['--apk-color-error'], ground)).toBeGreaterThanOrEqual(4.5);
          expect(ratio(t['--apk-color-border'], ground)).toBeGreaterThanOrEqual(3);
          expect(ratio(t['--apk-color-accent'], ground)).toBeGreaterThanOrEqual(3);
        }
        expect(ratio(t['--apk-color-accent-text'], t['--apk-color-accent'])).toBeGreaterThanOrEqual(4.5);
        expect(ratio(t['--apk-color-text'], t['--apk-color-warning-surface'])).toBeGreaterThanOrEqual(4.5);
        expect(ratio(t['--apk-color-warning'], t['--apk-color-warning-surface'])).toBeGreaterThanOrEqual(3);
        expect(ratio(t['--apk-color-warning'], bg)).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 500 },
    );
  });
});
