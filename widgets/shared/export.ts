/**
 * Getting work out of a widget and back in, written once for every widget. All of it stays
 * in the browser: copying goes to the clipboard, downloads are made from a Blob in memory,
 * and imports are read from a file the person picks. Nothing is sent anywhere.
 */

export type CopyResult = 'copied' | 'refused';

/**
 * Copies text with the Clipboard API. It is refused in insecure contexts, in frames without
 * clipboard permission and by some intranet policies; the caller then shows the text in a
 * textarea and calls `selectForCopy`, so the person can copy it with their own keys.
 */
export async function copyText(text: string): Promise<CopyResult> {
  try {
    if (!navigator.clipboard?.writeText) return 'refused';
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'refused';
  }
}

/** Focuses a textarea and selects all of it, ready for Ctrl+C or Cmd+C. */
export function selectForCopy(textarea: HTMLTextAreaElement): void {
  textarea.focus();
  textarea.select();
}

/**
 * Offers a Blob made in memory as a file to save. The link is made from an object URL (no
 * request leaves the page) and is released straight after the click.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: Chromium starts the download from the click, asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers data as a JSON file to save, indented by `spaces` for a person opening it (0 for none). */
export function downloadJson(filename: string, data: unknown, spaces = 2): void {
  downloadBlob(filename, new Blob([JSON.stringify(data, null, spaces) + '\n'], { type: 'application/json' }));
}

/** How a file's bytes were read: anything but UTF-8 is worth telling the person. */
export type TextEncodingUsed = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ReadFileResult = { ok: true; text: string; encoding: TextEncodingUsed } | { ok: false; error: 'too-large' | 'unreadable' };

/**
 * Turns a file's bytes into text. Spreadsheets save CSV as UTF-8, as UTF-16 with a byte order
 * mark ("Unicode text") or in the Windows code page; reading the last as UTF-8 would silently
 * turn every accented letter into U+FFFD, so bytes that are not valid UTF-8 are read as
 * Windows-1252 (a superset of Latin-1) and the caller says so.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingUsed } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Reads a file the person picked as text, refusing one larger than `maxBytes` before reading it. */
export async function readFileText(file: Blob, maxBytes: number): Promise<ReadFileResult> {
  if (file.size > maxBytes) return { ok: false, error: 'too-large' };
  try {
    return { ok: true, ...decodeText(new Uint8Array(await file.arrayBuffer())) };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

/** A file name safe on every system: the widget's name, what it holds and the date. */
export function exportFileName(parts: string[], date: Date): string {
  const day = date.toISOString().slice(0, 10);
  return (
    [...parts, day]
      .map((p) =>
        p
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
      )
      .join('-') + '.json'
  );
}
