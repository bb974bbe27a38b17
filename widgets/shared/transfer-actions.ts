/**
 * What the transfer controller's buttons do (copy, download, import), loaded the first time one
 * is used, with the helpers that touch files and the clipboard (export.ts). See transfer.ts.
 */
import { copyText, downloadJson, exportFileName, readFileText, selectForCopy } from './export.ts';
import type { PartHost } from './part-host.ts';
import type { TransferController, TransferWork } from './transfer.ts';

/** Copies the widget's text, or shows it selected for copying by hand when the clipboard refuses. */
export async function copy<T>(controller: TransferController<T>, host: PartHost<T>, work: TransferWork<T>): Promise<void> {
  const text = await work.text();
  controller.error = '';
  if ((await copyText(text)) === 'copied') {
    controller.fallback = '';
    return controller.say(work.strings.copied);
  }
  controller.fallback = text;
  controller.say(work.strings.copyRefused);
  await host.refresh();
  const area = host.root.querySelector<HTMLTextAreaElement>('#copy-text');
  if (area) selectForCopy(area);
}

/** Offers the widget's file for download, named with today's date. */
export async function download<T>(controller: TransferController<T>, work: TransferWork<T>): Promise<void> {
  const now = new Date();
  const file = await work.file(now).catch(() => controller.say(work.strings.actionFailed));
  if (!file) return;
  downloadJson(exportFileName(file.name, now), file.data, file.spaces);
  controller.error = '';
  controller.say(work.strings.downloaded);
}

/** Reads the file picked in `input`; a wrong one changes nothing and says why. */
export async function importFile<T>(controller: TransferController<T>, work: TransferWork<T>, input: HTMLInputElement): Promise<void> {
  const picked = input.files?.[0];
  if (!picked) return;
  const read = await readFileText(picked, work.maxBytes);
  // Cleared so that picking the same file again (after fixing it) is seen as a change.
  input.value = '';
  const result = await work.read(read).catch(() => ({ ok: false, message: work.strings.actionFailed }) as const);
  if (!result.ok) return controller.refuse(result.message);
  controller.error = controller.fallback = '';
  await work.apply(result.value);
  controller.say(work.strings.imported);
}
