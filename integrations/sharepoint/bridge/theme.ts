/**
 * SharePoint's page or section theme → the widgets' --apk-* custom properties, so a tool in a
 * dark or coloured section looks like the rest of the page. SPFx hands the web part the
 * section's theme (ThemeProvider, with supportsThemeVariants in the manifest) as Fluent UI
 * semantic colours. A colour is only passed on when it keeps the widget readable (WCAG 2.2
 * AA); otherwise the widget keeps its own, tested colours. Pure: no DOM, no SPFx.
 */
import { contrastRatio } from '../../../src/lib/contrast.ts';
import type { SharePointTheme } from './api.ts';

/** Every custom property the mapping may set, so a re-render can clear the ones it no longer sets. */
export const themeTokenNames = [
  '--apk-color-text',
  '--apk-color-background',
  '--apk-color-muted',
  '--apk-color-surface',
  '--apk-color-border',
  '--apk-color-accent',
  '--apk-color-accent-text',
  '--apk-color-error',
  '--apk-font-family',
] as const;

export type ThemeTokens = Partial<Record<(typeof themeTokenNames)[number], string>>;

/** True when `colour` has at least `minimum` contrast against every one of `against`. */
const readable = (colour: string | undefined, against: (string | undefined)[], minimum: number): colour is string =>
  Boolean(colour) && against.every((other) => Boolean(other) && (contrastRatio(colour!, other!) ?? 0) >= minimum);

/** Font names such as "Segoe UI Web (West European)", "Segoe UI": no characters that could end the declaration. */
const fontFamilyPattern = /^[\w\s"',()-]{1,200}$/;

/**
 * Once text and background are taken from the theme, every other colour is set too, so none
 * of the widget's light-page defaults is left on a dark section. A theme colour that would not
 * be readable is replaced by one derived from the text and background, which always is.
 */
export function themeTokens(theme: SharePointTheme | undefined): ThemeTokens {
  const colours = theme?.semanticColors ?? {};
  const { bodyText: text, bodyBackground: background } = colours;
  // Without readable text on the background nothing else can be judged: keep the widget's own colours.
  if (!readable(text, [background], 4.5)) return {};
  const surface = readable(colours.bodyStandoutBackground, [text], 4.5) ? colours.bodyStandoutBackground : background!;
  const accent = colours.primaryButtonBackground ?? theme?.palette?.themePrimary;
  const accentFits = readable(colours.primaryButtonText, [accent], 4.5) && readable(accent, [background, surface], 3);
  const tokens: ThemeTokens = {
    '--apk-color-text': text,
    '--apk-color-background': background!,
    '--apk-color-surface': surface,
    '--apk-color-muted': readable(colours.bodySubtext, [background, surface], 4.5) ? colours.bodySubtext : text,
    '--apk-color-border': readable(colours.inputBorder, [background, surface], 3) ? colours.inputBorder : text,
    '--apk-color-accent': accentFits ? accent! : text,
    '--apk-color-accent-text': accentFits ? colours.primaryButtonText! : background!,
    '--apk-color-error': readable(colours.errorText, [background, surface], 4.5) ? colours.errorText : text,
  };
  const font = theme?.fonts?.medium?.fontFamily;
  if (font && fontFamilyPattern.test(font)) tokens['--apk-font-family'] = font;
  return tokens;
}
