/**
 * The checklists this widget ships, straight from content/checklists/ (the site validates
 * them with content/schemas/checklist.ts at build time; a unit test checks citations and
 * pages too). Each file is loaded only when a checklist asks for it: the build puts each one
 * in its own chunk beside the widget, so a page that runs one checklist never downloads the
 * others, and never fetches anything from anywhere else.
 */

export interface Citation {
  source: string;
  section: string;
}

/** The shape of a checklist file, as the schema's input (defaults not yet applied). */
export interface ChecklistSource {
  title: string;
  summary: string;
  statuses?: { id: string; label: string; kind?: string }[];
  doneLabel?: string;
  groups: { id: string; title: string; items: SourceItem[] }[];
  citations: Citation[];
}

export interface SourceItem {
  id: string;
  text: string;
  why?: string;
  askFor?: string;
  dated?: string;
  subItems?: { id: string; text: string; dated?: string }[];
  embed?: string;
  page: string;
  citation: Citation;
}

type ChecklistLoader = () => Promise<{ default: ChecklistSource }>;

// `satisfies` keeps the check the static imports had: `npm run typecheck` fails if a file
// stops matching ChecklistSource. Literal paths, so that the bundler can split each one out.
const loaders = {
  assessment: () => import('../../content/checklists/assessment.json', { with: { type: 'json' } }),
  'seven-questions': () => import('../../content/checklists/seven-questions.json', { with: { type: 'json' } }),
  'pupil-voice': () => import('../../content/checklists/pupil-voice.json', { with: { type: 'json' } }),
  'support-and-monitoring': () => import('../../content/checklists/support-and-monitoring.json', { with: { type: 'json' } }),
  supervision: () => import('../../content/checklists/supervision.json', { with: { type: 'json' } }),
} satisfies Record<string, ChecklistLoader>;

/** Every shipped checklist's id (its file name), in the order a chooser would list them. */
export const checklistIds: readonly string[] = Object.keys(loaders);

/** The checklist shown when none, or an unknown one, is asked for. */
export const defaultChecklistId = 'assessment';

/** True for the id of a shipped checklist (own keys only: "constructor" is not a checklist). */
export function isChecklistId(id: string): id is keyof typeof loaders {
  return Object.prototype.hasOwnProperty.call(loaders, id);
}

const loading = new Map<string, Promise<ChecklistSource>>();

/**
 * Loads a shipped checklist once per page, however many widgets ask for it. Rejects for an
 * unknown id, or when the file cannot be fetched; a later call tries the fetch again.
 */
export function loadChecklist(id: string): Promise<ChecklistSource> {
  if (!isChecklistId(id)) return Promise.reject(new RangeError(`"${id}" is not a checklist`));
  let promise = loading.get(id);
  if (!promise) {
    promise = loaders[id]().then((module) => module.default);
    loading.set(id, promise);
    promise.catch(() => loading.delete(id));
  }
  return promise;
}
