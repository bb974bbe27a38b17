/**
 * The checklists this widget ships, straight from content/checklists/ (the site validates
 * them with content/schemas/checklist.ts at build time; a unit test checks citations and
 * pages too). esbuild bundles the JSON, so the widget needs no request to read them.
 */
import assessment from '../../content/checklists/assessment.json' with { type: 'json' };
import sevenQuestions from '../../content/checklists/seven-questions.json' with { type: 'json' };
import pupilVoice from '../../content/checklists/pupil-voice.json' with { type: 'json' };
import supportAndMonitoring from '../../content/checklists/support-and-monitoring.json' with { type: 'json' };

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

// Typed assignments: `npm run typecheck` fails if a file stops matching ChecklistSource.
const assessmentList: ChecklistSource = assessment;
const sevenQuestionsList: ChecklistSource = sevenQuestions;
const pupilVoiceList: ChecklistSource = pupilVoice;
const supportAndMonitoringList: ChecklistSource = supportAndMonitoring;

/** Every shipped checklist by id (the file name), in the order a chooser would list them. */
export const checklists: Readonly<Record<string, ChecklistSource>> = Object.freeze({
  assessment: assessmentList,
  'seven-questions': sevenQuestionsList,
  'pupil-voice': pupilVoiceList,
  'support-and-monitoring': supportAndMonitoringList,
});

export const checklistIds = Object.keys(checklists);

/** The checklist shown when none, or an unknown one, is asked for. */
export const defaultChecklistId = 'assessment';

/** The checklist with this id, if there is one (own properties only: "constructor" is not a checklist). */
export function findChecklist(id: string): ChecklistSource | undefined {
  return Object.prototype.hasOwnProperty.call(checklists, id) ? checklists[id] : undefined;
}
