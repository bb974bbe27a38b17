/**
 * The script of the Teams tab pages (/teams/…). It starts TeamsJS only inside a frame (so a
 * tab page opened on its own, or any other page of the site, never loads it) and dresses the
 * page in the Teams theme: first from the {theme} Teams put in the address, then from TeamsJS
 * as the person switches theme. The tool itself comes from the same embed script as the
 * iframe embed pages.
 */
import { themeTokenNames, themeTokens } from '../shared/host-theme.ts';
import { teamsColours, themeFromFragment } from './theme.ts';

/** Sets the tokens on the page's root: the widget inherits them through its shadow root, the page's CSS reads them too. */
function applyTheme(theme: string | undefined): void {
  const tokens = themeTokens(teamsColours(theme));
  const root = document.documentElement;
  for (const name of themeTokenNames) {
    const value = tokens[name];
    if (value) root.style.setProperty(name, value);
    else root.style.removeProperty(name);
  }
  if (tokens['--apk-color-text']) root.dataset.teamsTheme = theme;
  else delete root.dataset.teamsTheme;
}

applyTheme(themeFromFragment(location.hash));

if (window.parent !== window) {
  void import('@microsoft/teams-js')
    .then(async ({ app }) => {
      await app.initialize();
      app.registerOnThemeChangeHandler((theme) => applyTheme(theme));
      const context = await app.getContext();
      applyTheme(context.app.theme);
    })
    .catch(() => {
      // Framed by something that is not Teams (frame-ancestors allows only Teams' hosts, so a
      // test page): the tool works without TeamsJS, in the theme from the address.
    });
}
