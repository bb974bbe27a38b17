/**
 * The sources that widgets cite (content/sources.json), loaded when a widget first has
 * something to cite rather than with the widget: the file goes into a chunk of its own beside
 * the widget, so the widget module stays small. The file's other fields (sections, notes)
 * come in that chunk too, unread.
 */

/** What a widget says about a source: its title in a citation; all four in an export. */
export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  dateLabel: string;
}

let loading: Promise<readonly SourceInfo[]> | undefined;

/** Loads the sources once per page, however many widgets ask; a later call tries again after a failed fetch. */
export function loadSources(): Promise<readonly SourceInfo[]> {
  if (!loading) {
    loading = import('../../content/sources.json', { with: { type: 'json' } }).then((module) => module.default);
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** The title of the source with this id, or the id itself if it is not in the list. */
export function sourceTitleIn(sources: readonly SourceInfo[], id: string): string {
  return sources.find((s) => s.id === id)?.title ?? id;
}
