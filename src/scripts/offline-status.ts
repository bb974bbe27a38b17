/**
 * The /offline/ page: says what this device keeps and when it was saved, shows the size of the
 * whole kit, and saves everything when asked, with a progress bar and a few words to screen
 * readers as it goes. The saving itself is the service worker's (src/service-worker/sw.ts): it
 * goes on if this page is closed.
 */
import { formatSavedAt, type CopyRecord, type OfflineMessage, type OfflineReply, type Size } from '../service-worker/policy';

const status = document.getElementById('offline-status')!;
const section = document.getElementById('save-everything')!;
const sizeText = document.getElementById('save-everything-size')!;
const start = document.getElementById('save-everything-start') as HTMLButtonElement;
const progressBox = document.getElementById('save-everything-progress-box')!;
const bar = document.getElementById('save-everything-progress') as HTMLProgressElement;
const announce = document.getElementById('save-everything-announce')!;

const count = (n: number) => n.toLocaleString('en-GB');
const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

function describe(record: CopyRecord | undefined): string {
  if (!record) {
    return 'The offline copy is not saved on this device yet. It is being saved now if you have a connection; come back to this page in a minute to check.';
  }
  const when = formatSavedAt(record.savedAt);
  const what = record.everything ? 'everything in the kit' : 'the kit’s core and the pages you have read';
  return `This device keeps ${what} (${count(record.files)} files, ${megabytes(record.bytes)})${when ? `, saved on ${when}` : ''}.`;
}

function describeSize(everything: Size, record: CopyRecord | undefined): string {
  const size = `The whole kit is ${count(everything.files)} files: about ${megabytes(everything.gzipBytes)} to download, ${megabytes(everything.bytes)} on this device.`;
  return record?.everything
    ? `${size} Everything is saved already; saving again fetches only what is missing.`
    : `${size} Save everything to keep every page and the whole search for a visit with no signal at all.`;
}

/** The last tenth of the way announced, so screen readers hear "40%" once, not every file. */
let announcedTenth = -1;

function hear(event: MessageEvent<OfflineReply>): void {
  const message = event.data;
  if (message.type === 'offline-status') {
    status.textContent = describe(message.record);
    sizeText.textContent = describeSize(message.everything, message.record);
    section.hidden = false;
  } else if (message.type === 'save-progress') {
    progressBox.hidden = false;
    start.disabled = true;
    bar.max = message.totalBytes;
    bar.value = message.bytes;
    const tenth = Math.floor((message.bytes * 10) / message.totalBytes);
    if (tenth !== announcedTenth && message.done < message.total) {
      announcedTenth = tenth;
      announce.textContent = `Saving: ${tenth * 10}% (${count(message.done)} of ${count(message.total)} files).`;
    }
  } else if (message.type === 'save-done') {
    start.disabled = false;
    if (message.ok) {
      bar.value = bar.max;
      status.textContent = describe(message.record);
      announce.textContent = `Everything is saved on this device: ${count(message.record?.files ?? 0)} files.`;
    } else {
      announce.textContent = `Saving stopped: ${message.message} What was saved is kept; try again with a connection.`;
    }
  }
}

async function connect(): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = 'This browser cannot keep the kit offline. Everything works while you have a connection.';
    return;
  }
  status.textContent = describe(undefined);
  navigator.serviceWorker.addEventListener('message', hear);
  const registration = await navigator.serviceWorker.ready;
  const tell = (message: OfflineMessage) => (navigator.serviceWorker.controller ?? registration.active)?.postMessage(message);
  start.addEventListener('click', () => {
    start.disabled = true;
    announcedTenth = -1;
    bar.value = 0;
    progressBox.hidden = false;
    announce.textContent = 'Saving everything…';
    tell({ type: 'save-everything' });
  });
  tell({ type: 'offline-status' });
}

void connect();
