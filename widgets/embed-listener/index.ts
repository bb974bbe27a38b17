/**
 * For the HOST page of an iframe embed: include this script with a plain script tag and every
 * Attendance Practice Kit iframe on the page grows to fit its widget.
 *
 * Only the kit's own frames are resized. A height message is taken only from the origin the
 * kit is served from (the origin of this script's own address, or the one its
 * `data-kit-origin` attribute names, for a copy served from elsewhere), and only for the frame
 * whose window sent it: another page's frame cannot resize anything. A frame sandboxed without
 * `allow-same-origin` sends from the origin "null"; its message is taken only when the frame's
 * own address is on the kit's origin (the kit's pages open their links in a new tab, so such
 * a frame never shows another site's page).
 */
const messageType = 'attendance-kit:height';

/** The kit's origin, or undefined when it cannot be told (then nothing is resized). */
function kitOrigin(script: HTMLScriptElement | null): string | undefined {
  try {
    return new URL(script?.dataset.kitOrigin || script?.src || '').origin;
  } catch {
    console.warn('embed-listener: add data-kit-origin="https://your-kit-host" to its script tag, so that it knows which frames are the kit’s.');
    return undefined;
  }
}

// Read now: `document.currentScript` is set only while this script first runs.
const kit = kitOrigin(document.currentScript as HTMLScriptElement | null);

/** True when the frame is on the kit's origin, by its own address (for a sandboxed frame, whose messages come from "null"). */
function addressedToKit(frame: HTMLIFrameElement): boolean {
  try {
    return new URL(frame.src).origin === kit;
  } catch {
    return false;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; frameId?: unknown; height?: unknown } | null;
  if (!kit || (event.origin !== kit && event.origin !== 'null')) return;
  if (!data || data.type !== messageType || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source || (event.origin === 'null' && !addressedToKit(frame))) continue;
    if (typeof data.frameId === 'string' && frame.id && frame.id !== data.frameId) continue;
    frame.style.height = `${Math.min(Math.max(data.height, 100), 20000)}px`;
  }
});
