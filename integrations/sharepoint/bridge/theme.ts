/**
 * SharePoint's page or section theme → host colours for the widgets' tokens
 * (integrations/shared/host-theme.ts). SPFx hands the web part the section's theme through
 * ThemeProvider (supportsThemeVariants in the manifest) as Fluent UI semantic colours.
 */
import type { HostColours } from '../../shared/host-theme.ts';
import type { SharePointTheme } from './api.ts';

export function sharePointColours(theme: SharePointTheme | undefined): HostColours | undefined {
  const colours = theme?.semanticColors;
  if (!colours) return undefined;
  return {
    text: colours.bodyText,
    background: colours.bodyBackground,
    surface: colours.bodyStandoutBackground,
    muted: colours.bodySubtext,
    border: colours.inputBorder,
    accent: colours.primaryButtonBackground ?? theme?.palette?.themePrimary,
    accentText: colours.primaryButtonText,
    error: colours.errorText,
    warning: colours.warningHighlight,
    warningSurface: colours.warningBackground,
    fontFamily: theme?.fonts?.medium?.fontFamily,
  };
}
