/**
 * Teams' three themes → host colours for the widgets' tokens (integrations/shared/host-theme.ts).
 * The colours are those of Fluent UI's Teams themes (light, dark, high contrast), so a tool
 * in a tab sits on the same background as Teams around it. Pure: no DOM.
 */
import type { HostColours } from '../shared/host-theme.ts';

const themes: Record<string, HostColours> = {
  // Teams' light theme: the widgets' own colours already suit it, apart from the accent.
  default: {
    text: '#242424',
    background: '#ffffff',
    surface: '#f5f5f5',
    muted: '#616161',
    border: '#616161',
    accent: '#5b5fc7',
    accentText: '#ffffff',
    error: '#b10e1c',
    warning: '#835b00',
    warningSurface: '#fbf6d9',
  },
  dark: {
    text: '#ffffff',
    background: '#292929',
    surface: '#1f1f1f',
    muted: '#d6d6d6',
    border: '#adadad',
    accent: '#7f85f5',
    accentText: '#000000',
    error: '#f1707b',
    warning: '#f9e2ae',
    warningSurface: '#463100',
  },
  contrast: {
    text: '#ffffff',
    background: '#000000',
    surface: '#000000',
    muted: '#ffffff',
    border: '#ffffff',
    accent: '#ffff00',
    accentText: '#000000',
    error: '#ffffff',
    warning: '#ffff00',
    warningSurface: '#000000',
  },
};

/** Colours for a Teams theme name ("default", "dark", "contrast"); undefined for anything else. */
export function teamsColours(theme: string | null | undefined): HostColours | undefined {
  return theme && Object.prototype.hasOwnProperty.call(themes, theme) ? themes[theme] : undefined;
}

/** The theme name Teams put in a tab's address (the {theme} placeholder, in the fragment). */
export function themeFromFragment(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('theme') ?? undefined;
}
