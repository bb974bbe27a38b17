/**
 * The map as plain text for the child's plan: the balance, each lane's factors strongest
 * first with the child's words and whether they sit in or out of school, who leads (as the
 * summary table of responsibilities says), the agreed adjustments with their owners and review
 * dates, then the sources. Plain text only, so it pastes cleanly into any case
 * management system. No DOM here.
 */
import { formatMessage } from '../shared/strings.ts';
import { dateInWords, formatDate } from './dates.ts';
import { balanceSentence, strengthText } from './describe.ts';
import { findFactor, lanes, settings, type Citation, type LibraryFactor } from './library.ts';
import { balance, laneFactors, type PushPullValue } from './state.ts';
import { byStrength, findPlaced } from './edits.ts';
import type { SourceInfo } from '../shared/sources.ts';
import { pushPullStrings as strings } from './strings.ts';
import { partStrings as words } from './strings-parts.ts';
import { leadFor } from './who-leads.ts';

export interface TextOptions {
  date: Date;
  library: readonly LibraryFactor[];
  sources: readonly SourceInfo[];
}

/** A label and text that may run over several lines, later lines lined up under the first. */
function block(indent: string, label: string, text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  const pad = ' '.repeat(label.length);
  return lines.map((line, i) => `${indent}${i === 0 ? label : pad}${line}`.trimEnd());
}

/**
 * The sources of what the summary says: who leads on each factor (the summary table), and the
 * library factors on the map. Each section once, in the order first met.
 */
export function mapCitations(value: PushPullValue, library: readonly LibraryFactor[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const placed of value.factors) {
    const factorCitations = placed.from === 'library' ? (findFactor(library, placed.id)?.citations ?? []) : [];
    for (const c of [...leadFor(placed.setting).citations, ...factorCitations]) {
      const key = `${c.source}\n${c.section}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(c);
      }
    }
  }
  return out;
}

export function pushPullText(value: PushPullValue, options: TextOptions): string {
  const out: string[] = [
    strings.title,
    formatMessage(words.textDate, { date: formatDate(options.date) }),
    formatMessage(words.textBalance, { balance: balanceSentence(balance(value)) }),
  ];
  let local = false;

  for (const lane of lanes) {
    out.push('', strings.lanes[lane]);
    const factors = byStrength(laneFactors(value, lane));
    if (factors.length === 0) out.push(words.textNone);
    factors.forEach((placed, index) => {
      const number = String(index + 1);
      const indent = ' '.repeat(number.length + 2);
      const libraryFactor = placed.from === 'library' ? findFactor(options.library, placed.id) : undefined;
      out.push(...block('', '', formatMessage(words.textFactor, { number, label: placed.label, strength: strengthText(placed.strength) })));
      out.push(indent + formatMessage(words.textWhere, { setting: strings.settings[placed.setting] }));
      if (placed.from === 'own') out.push(indent + words.textOwn);
      else if (libraryFactor?.local) out.push(indent + words.textCouncil);
      if (placed.from === 'own' || libraryFactor?.local) local = true;
      if (placed.words.trim()) out.push(...block(indent, words.textWords, placed.words));
    });
  }

  // Who leads, once for each place a factor on the map sits, rather than on every factor.
  const placedSettings = settings.filter((setting) => value.factors.some((f) => f.setting === setting));
  if (placedSettings.length > 0) {
    out.push('', words.leadLabel);
    for (const setting of placedSettings) out.push(...block('', '- ', formatMessage(words.textLead, { setting: strings.settings[setting], lead: leadFor(setting).text })));
  }

  out.push('', strings.adjustmentsHeading);
  if (value.adjustments.length === 0) out.push(words.textNone);
  value.adjustments.forEach((adjustment, index) => {
    const number = String(index + 1);
    const indent = ' '.repeat(number.length + 2);
    out.push(...block('', `${number}. `, adjustment.text.trim() || '…'));
    const factor = adjustment.factor ? findPlaced(value, adjustment.factor) : undefined;
    if (factor) out.push(...block(indent, words.textAdjustmentFor, factor.label));
    out.push(...block(indent, words.textAdjustmentOwner, adjustment.owner.trim() || words.textOwnerMissing));
    out.push(indent + words.textAdjustmentDate + (dateInWords(adjustment.reviewDate) || words.textDateMissing));
  });

  const citations = mapCitations(value, options.library);
  if (citations.length > 0) {
    out.push('', words.textSources);
    const bySource = new Map<string, string[]>();
    for (const c of citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.section]);
    for (const [id, sections] of bySource) {
      const source = options.sources.find((s) => s.id === id);
      const list = sections.map((s) => `“${s}”`).join('; ');
      out.push(
        source
          ? `- ${formatMessage(words.textSource, {
              title: source.title,
              publisher: source.publisher,
              date: source.dateLabel,
              sections: formatMessage(words.textSection, { count: sections.length, list }),
            })}`
          : `- ${id}: ${list}`,
      );
    }
  }
  if (local) out.push('', words.textLocalSource);
  return out.join('\n') + '\n';
}
