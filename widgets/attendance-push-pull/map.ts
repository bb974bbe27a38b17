/**
 * The geometry of the balance map, worked out from the value alone so it can be tested
 * without a browser. The widget draws it as SVG.
 *
 * The map is a diverging bar chart under a balance beam: factors that keep the child away
 * (pushing and pulling away) run left from the centre, factors that draw the child back run
 * right, each bar as long as the factor is strong. The beam tips towards the heavier side.
 */
import type { Lane } from './library.ts';
import { balance, laneFactors, type PushPullValue } from './state.ts';

export const mapGeometry = {
  width: 560,
  centre: 280,
  /** Length of a bar per point of strength: a strength 5 bar is 220 units long. */
  unit: 44,
  /** Gap between the centre line and each side's bars. */
  gap: 8,
  /** Where the first row starts, below the headings and the beam. */
  top: 124,
  rowHeight: 44,
  barOffset: 20,
  barHeight: 16,
  /** Room under the rows for the legend. */
  legendHeight: 56,
  /** The most the beam tips either way, in degrees. */
  maxTilt: 12,
  /** Characters of a label drawn on the map; the table and the lanes show it in full. */
  labelChars: 32,
};

export interface MapBar {
  id: string;
  /** The label as drawn: shortened to `labelChars`, its direction isolated from its neighbours'. */
  text: string;
  /** The full label, for the bar's tooltip. */
  label: string;
  lane: Lane;
  side: 'away' | 'back';
  strength: number;
  x: number;
  y: number;
  width: number;
  /** Where the label sits and which way it runs from there. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** Where the strength number sits, just beyond the bar's outer end. */
  valueX: number;
}

export interface MapLayout {
  width: number;
  height: number;
  rows: number;
  bars: MapBar[];
  away: number;
  back: number;
  /** The beam's rotation in degrees, clockwise as SVG turns: negative tips the left (away) side down. */
  tilt: number;
}

/** Shortens text to at most `max` characters (whole characters, so an emoji is never split), with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Wraps text in Unicode direction isolates (FSI … PDI), so a right-to-left label is laid
 * out on its own terms and cannot reorder the text beside it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

export function mapLayout(value: PushPullValue): MapLayout {
  const g = mapGeometry;
  const sides: { side: 'away' | 'back'; factors: ReturnType<typeof laneFactors> }[] = [
    { side: 'away', factors: [...laneFactors(value, 'push'), ...laneFactors(value, 'pull')] },
    { side: 'back', factors: laneFactors(value, 'pull-back') },
  ];
  const bars: MapBar[] = [];
  for (const { side, factors } of sides) {
    factors.forEach((factor, row) => {
      const width = factor.strength * g.unit;
      const rowY = g.top + row * g.rowHeight;
      const away = side === 'away';
      bars.push({
        id: factor.id,
        text: isolate(shorten(factor.label, g.labelChars)),
        label: factor.label,
        lane: factor.lane,
        side,
        strength: factor.strength,
        x: away ? g.centre - g.gap - width : g.centre + g.gap,
        y: rowY + g.barOffset,
        width,
        labelX: away ? g.centre - g.gap : g.centre + g.gap,
        labelY: rowY + 14,
        anchor: away ? 'end' : 'start',
        valueX: away ? g.centre - g.gap - width - 4 : g.centre + g.gap + width + 4,
      });
    });
  }
  const rows = Math.max(1, sides[0]!.factors.length, sides[1]!.factors.length);
  const { away, back } = balance(value);
  const tilt = Math.max(-g.maxTilt, Math.min(g.maxTilt, (back - away) * 2));
  return { width: g.width, height: g.top + rows * g.rowHeight + g.legendHeight, rows, bars, away, back, tilt };
}
