/**
 * Helpers for component tests in Chromium: axe-core with the WCAG 2.2 A and AA rules, and a
 * watch on every request the page makes.
 */
interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe?: { run: (context: Element, options: unknown) => Promise<AxeResults> };
  }
}

let axeLoading: Promise<void> | undefined;

function loadAxe(): Promise<void> {
  axeLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('could not load axe-core'));
    document.head.append(script);
  });
  return axeLoading;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe over an element (shadow DOM included); resolves with readable violations. */
export async function axeViolations(element: Element): Promise<string[]> {
  await loadAxe();
  const results = await window.axe!.run(element, { runOnly: { type: 'tag', values: wcagTags } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** Every resource the page has requested so far that is not from the test server itself. */
export function offHostRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin !== location.origin);
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Captures what a widget copies, as if the clipboard accepted it (or refused it). */
export function stubClipboard(accept = true) {
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (value: string) => {
        if (!accept) throw new DOMException('denied', 'NotAllowedError');
        copied.push(value);
      },
    },
  });
  return { copied, restore: () => delete (navigator as unknown as Record<string, unknown>).clipboard };
}

/** Captures files offered for download, without starting a download. */
export function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return original.call(URL, blob);
  };
  const stop = (e: Event) => {
    const target = e.target as HTMLAnchorElement;
    if (target.matches?.('a[download]')) {
      names.push(target.download);
      e.preventDefault();
    }
  };
  document.addEventListener('click', stop, true);
  return {
    blobs,
    names,
    restore: () => {
      URL.createObjectURL = original;
      document.removeEventListener('click', stop, true);
    },
  };
}
