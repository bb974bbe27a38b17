/**
 * Sentences about the map, shared by the screen (the map's caption, the announcements) and
 * the summary for the plan, so they always say the same. No DOM here.
 */
import { formatMessage } from '../shared/strings.ts';
import type { Balance } from './state.ts';
import { pushPullStrings as strings } from './strings.ts';

/** "Away from school: total strength 9 from 3 factors. Back to school: ... The pull away from school is stronger." */
export function balanceSentence(b: Balance): string {
  if (b.awayCount + b.backCount === 0) return strings.balanceEmpty;
  const away = formatMessage(strings.balanceSide, { label: strings.mapAway, total: b.away, count: b.awayCount });
  const back = formatMessage(strings.balanceSide, { label: strings.mapBack, total: b.back, count: b.backCount });
  const verdict = b.away > b.back ? strings.balanceAway : b.back > b.away ? strings.balanceBack : strings.balanceEven;
  return `${away} ${back} ${verdict}`;
}

export const strengthText = (strength: number): string => formatMessage(strings.strengthOf, { strength });
