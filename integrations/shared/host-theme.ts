/**
 * A host platform's colours (a SharePoint section theme, a Teams theme) → the widgets' --apk-*
 * custom properties, so a tool looks like the page around it. Once text and background come
 * from the host, every other colour is set too, so none of the widget's light-page defaults
 * is left on a dark host; a host colour that would not be readable (WCAG 2.2 AA) is replaced
 * by one derived from the text and background, which always is. Pure: no DOM.
 */
import { contrastRatio } from '../../src/lib/contrast.ts';

/** Colours as the host names them; only text and background are needed. Hex (#rgb or #rrggbb) only. */
export interface HostColours {
  text?: string;
  background?: string;
  /** Panels and cards a shade off the background. */
  surface?: string;
  /** Secondary text. */
  muted?: string;
  /** Borders of fields and panels. */
  border?: string;
  /** Buttons, and the text on them. */
  accent?: string;
  accentText?: string;
  error?: string;
  /** Notices that something is dated or needs care, and the background they sit on. */
  warning?: string;
  warningSurface?: string;
  fontFamily?: string;
}

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
  '--apk-color-warning',
  '--apk-color-warning-surface',
  '--apk-font-family',
] as const;

export type ThemeTokens = Partial<Record<(typeof themeTokenNames)[number], string>>;

/** True when `colour` has at least `minimum` contrast against every one of `against`. */
const readable = (colour: string | undefined, against: (string | undefined)[], minimum: number): colour is string =>
  Boolean(colour) && against.every((other) => Boolean(other) && (contrastRatio(colour!, other!) ?? 0) >= minimum);

/** Font names such as "Segoe UI Web (West European)", "Segoe UI": no characters that could end the declaration. */
const fontFamilyPattern = /^[\w\s"',()-]{1,200}$/;

export function themeTokens(host: HostColours | undefined): ThemeTokens {
  const { text, background } = host ?? {};
  // Without readable text on the background nothing else can be judged: keep the widget's own colours.
  if (!host || !readable(text, [background], 4.5)) return {};
  const surface = readable(host.surface, [text], 4.5) ? host.surface : background!;
  const accentFits = readable(host.accentText, [host.accent], 4.5) && readable(host.accent, [background, surface], 3);
  const warningSurface = readable(host.warningSurface, [text], 4.5) ? host.warningSurface : surface;
  const tokens: ThemeTokens = {
    '--apk-color-text': text,
    '--apk-color-background': background!,
    '--apk-color-surface': surface,
    '--apk-color-muted': readable(host.muted, [background, surface], 4.5) ? host.muted : text,
    '--apk-color-border': readable(host.border, [background, surface], 3) ? host.border : text,
    '--apk-color-accent': accentFits ? host.accent! : text,
    '--apk-color-accent-text': accentFits ? host.accentText! : background!,
    '--apk-color-error': readable(host.error, [background, surface], 4.5) ? host.error : text,
    // A border and the push/pull map's "away" bars: a graphic, so 3:1.
    '--apk-color-warning': readable(host.warning, [background, warningSurface], 3) ? host.warning : text,
    '--apk-color-warning-surface': warningSurface,
  };
  if (host.fontFamily && fontFamilyPattern.test(host.fontFamily)) tokens['--apk-font-family'] = host.fontFamily;
  return tokens;
}
