/**
 * What the "Use your work" buttons need: the summary text, the JSON file and its import,
 * and the shared copy and download helpers. The widget loads this module the first time one
 * of them is used, so none of it weighs on the widget's own module.
 */
export { pushPullText } from './export-text.ts';
export { importErrorText, maxImportBytes, parseImport, toFile } from './transfer.ts';
export { copyText, downloadJson, exportFileName, readFileText, selectForCopy } from '../shared/export.ts';
