/** The sources the checklists cite, from content/sources.json, as the widget names them. */
import sources from '../../content/sources.json' with { type: 'json' };
import type { SourceInfo } from './export-text.ts';

export const sourceInfo: readonly SourceInfo[] = sources.map(({ id, title, publisher, dateLabel }) => ({ id, title, publisher, dateLabel }));

export function sourceTitle(id: string): string {
  return sourceInfo.find((s) => s.id === id)?.title ?? id;
}
