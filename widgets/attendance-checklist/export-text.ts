/**
 * The checklist as plain text for a case record: heading, date, progress, each item with its
 * status and note (and the calculator's sentence), then the sources. Plain text only, so it
 * pastes cleanly into any case management system. No DOM here.
 */
import { formatMessage } from '../shared/strings.ts';
import type { ChecklistView, ViewEntry } from './model.ts';
import { viewCitations } from './model.ts';
import { entryState, progress, unshownWork, type AttendanceMaths, type ChecklistValue, type ItemState, type Progress } from './state.ts';
import { checklistStrings as strings } from './strings.ts';
import type { SourceInfo } from '../shared/sources.ts';

/** What the export says about each source. */
export type { SourceInfo } from '../shared/sources.ts';

export function progressText(view: ChecklistView, counts: Progress): string {
  const params = { done: counts.done, total: counts.total, doneLabel: view.doneLabel, count: counts.concerns };
  return counts.concerns > 0 ? formatMessage(strings.progressConcerns, params) : formatMessage(strings.progress, params);
}

/** "27 November 2026", the same on every machine. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** The band and sentence for the calculator's figures, worked out now; empty while incomplete (or without the maths). */
export function attendanceLine(state: ItemState['attendance'], maths: AttendanceMaths | undefined): string {
  const words = state && maths?.describe(state.value);
  return words ? formatMessage(strings.textAttendance, words) : '';
}

/** A label and text that may run over several lines, later lines lined up under the first. */
function block(indent: string, label: string, text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').trimEnd().split('\n');
  const pad = ' '.repeat(label.length);
  return lines.map((line, i) => `${indent}${i === 0 ? label : pad}${line}`.trimEnd());
}

function entryLines(view: ChecklistView, value: ChecklistValue, entry: ViewEntry, indent: string, numberSuffix: string, maths: AttendanceMaths | undefined): string[] {
  const state = entryState(view, value, entry.id);
  const detail = indent + ' '.repeat(entry.number.length + numberSuffix.length + 1);
  const lines = [`${indent}${entry.number}${numberSuffix} ${entry.text}${entry.local ? ` ${strings.textLocal}` : ''}`];
  if (entry.dated) lines.push(...block(detail, '', entry.dated));
  lines.push(detail + formatMessage(strings.textStatus, { status: state.status.label }));
  const attendance = attendanceLine(state.attendance, maths);
  if (attendance) lines.push(...block(detail, '', attendance));
  if (state.note.trim()) lines.push(...block(detail, strings.textNote, state.note));
  return lines;
}

export interface TextOptions {
  date: Date;
  sources: readonly SourceInfo[];
  /** The calculator's maths, for the attendance lines; the widget has it whenever the work holds figures. */
  maths: AttendanceMaths | undefined;
}

export function checklistText(view: ChecklistView, value: ChecklistValue, options: TextOptions): string {
  const out: string[] = [
    view.title,
    formatMessage(strings.textDate, { date: formatDate(options.date) }),
    formatMessage(strings.textProgress, { progress: progressText(view, progress(view, value)) }),
  ];
  for (const group of view.groups) {
    out.push('', group.title);
    for (const item of group.items) {
      out.push('', ...entryLines(view, value, item, '', '.', options.maths));
      const subIndent = ' '.repeat(item.number.length + 2);
      for (const sub of item.subItems) out.push(...entryLines(view, value, sub, subIndent, '.', options.maths));
    }
  }

  const unshown = unshownWork(view, value);
  if (unshown.length > 0) {
    out.push('', strings.textUnshown);
    for (const [id, state] of unshown) {
      out.push('', `- ${id}`, `  ${formatMessage(strings.textStatus, { status: view.statuses.find((s) => s.id === state.status)?.label ?? state.status })}`);
      const attendance = attendanceLine(state.attendance, options.maths);
      if (attendance) out.push(`  ${attendance}`);
      if (state.note.trim()) out.push(...block('  ', strings.textNote, state.note));
    }
  }

  out.push('', strings.textSources);
  const bySource = new Map<string, string[]>();
  for (const c of viewCitations(view)) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.section]);
  for (const [id, sections] of bySource) {
    const source = options.sources.find((s) => s.id === id);
    const list = sections.map((s) => `“${s}”`).join('; ');
    out.push(
      source
        ? `- ${formatMessage(strings.textSource, {
            title: source.title,
            publisher: source.publisher,
            date: source.dateLabel,
            sections: formatMessage(strings.textSection, { count: sections.length, list }),
          })}`
        : `- ${id}: ${list}`,
    );
  }
  if (view.groups.some((g) => g.items.some((i) => i.local))) out.push('', strings.textLocalSource);
  return out.join('\n') + '\n';
}
