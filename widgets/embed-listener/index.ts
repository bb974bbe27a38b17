/**
 * For the HOST page of an iframe embed: include this script (or paste its few lines) and
 * every Attendance Practice Kit iframe on the page grows to fit its widget. It accepts height
 * messages only from the frame they name, checking the message came from that frame's window.
 */
const messageType = 'attendance-kit:height';

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; frameId?: unknown; height?: unknown } | null;
  if (!data || data.type !== messageType || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (typeof data.frameId === 'string' && frame.id && frame.id !== data.frameId) continue;
    frame.style.height = `${Math.min(Math.max(data.height, 100), 20000)}px`;
  }
});
