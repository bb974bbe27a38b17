/** The /offline/ page: says whether this device holds the offline copy, and from when. */
import { copyRecordPath, formatSavedAt } from '../service-worker/policy';

const status = document.getElementById('offline-status');

async function describeCopy(): Promise<string> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    return 'This browser cannot keep the kit offline. Everything works while you have a connection.';
  }
  const saved = await caches.match(copyRecordPath).catch(() => undefined);
  if (!saved) {
    return 'The offline copy is not saved on this device yet. It is being saved now if you have a connection; come back to this page in a minute to check.';
  }
  const record = (await saved.json().catch(() => ({}))) as { savedAt?: string; files?: number };
  const when = formatSavedAt(record.savedAt ?? null);
  return `This device has the offline copy of the kit${when ? `, saved on ${when}` : ''}${
    record.files ? ` (${record.files} files)` : ''
  }.`;
}

if (status) void describeCopy().then((text) => (status.textContent = text));
