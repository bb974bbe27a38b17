/**
 * Which tools and checklists a council edition lists (council.json hiddenTools and
 * hiddenChecklists). A hidden one is left out of the lists and "next steps"; its page is still
 * built, so a link to it in the national text never breaks.
 */
import { edition } from './edition.ts';
import type { Edition } from './settings.ts';

export function checklistShown(id: string, council: Edition | undefined = edition): boolean {
  return !council?.hiddenChecklists.includes(id);
}

/** A tool from content/tools.json; a checklist's entry is hidden with its checklist. */
export function toolShown(tool: { id: string; href: string }, council: Edition | undefined = edition): boolean {
  const checklist = /^\/checklists\/([a-z0-9-]+)\/$/.exec(tool.href)?.[1];
  return !council?.hiddenTools.includes(tool.id) && (checklist === undefined || checklistShown(checklist, council));
}
