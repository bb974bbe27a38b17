/** WCAG 2.2 contrast between two colours written as #rgb or #rrggbb. */
export function parseHexColour(value: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio, 1 to 21; undefined when a colour cannot be read. */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseHexColour(a);
  const cb = parseHexColour(b);
  if (!ca || !cb) return undefined;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ThemeColours {
  text: string;
  background: string;
  accent: string;
  accentText: string;
}

/** The pairs a theme must keep readable, with the WCAG 2.2 AA minimum for each. */
export function themeWarnings(theme: ThemeColours): string[] {
  const checks: [string, string, string, number][] = [
    ['Text on the background', theme.text, theme.background, 4.5],
    ['Button text on the accent colour', theme.accentText, theme.accent, 4.5],
    ['The accent colour against the background (borders, focus of controls)', theme.accent, theme.background, 3],
  ];
  const warnings: string[] = [];
  for (const [label, fg, bg, minimum] of checks) {
    const ratio = contrastRatio(fg, bg);
    if (ratio === undefined) warnings.push(`${label}: a colour is not a hex colour such as #1d70b8.`);
    else if (ratio < minimum) warnings.push(`${label}: contrast ${ratio.toFixed(2)}:1 is below the ${minimum}:1 that WCAG 2.2 AA needs. Choose darker or lighter colours.`);
  }
  return warnings;
}
