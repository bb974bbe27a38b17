/**
 * The edition's stylesheet (/edition/edition.css): the council's colours as the site's own
 * custom properties, then the styles of the edition's components. A file, not a style
 * attribute, because the pages' Content Security Policy allows no inline styles; and only in
 * a council build, so the national edition's CSS is unchanged.
 */
import componentStyles from './edition.css?raw';
import { kitIconColours, type IconColours } from '../lib/app-icon.ts';
import type { Edition } from './settings.ts';

export function editionStylesheet(council: Edition): string {
  const brand = council.brand;
  // html:root outranks site.css's :root rules (light and dark) whichever file loads first.
  const colours = brand
    ? `html:root {\n  --brand: ${brand.accent};\n  --brand-text: ${brand.accentText};\n  --council-accent: ${brand.accent};\n  --council-accent-text: ${brand.accentText};\n}\n`
    : '';
  return colours + componentStyles;
}

/** The app icons' colours: a council's accent with its text colour, else the kit's own. */
export function iconColours(council: Edition | undefined): IconColours {
  return council?.brand ? { background: council.brand.accent, foreground: council.brand.accentText } : kitIconColours;
}
