/**
 * What the "Use your work" buttons need of this widget's own: the summary text, the JSON file
 * and its import. The widget loads this module the first time one of them is used, so none of
 * it weighs on the widget's own module.
 */
export { pushPullText } from './export-text.ts';
export { importErrorText, parseImport, toFile } from './transfer.ts';
