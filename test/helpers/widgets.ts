/**
 * Helpers for the widgets' component tests, written once. Each waits for what it expects (a
 * widget's `updateComplete`, which resolves once the widget has drawn with every part it was
 * loading and every announcement: README "Readiness"), never for a fixed time.
 */
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from './browser.ts';

/** What every widget offers a test. */
export type Widget = HTMLElement & { value: unknown; updateComplete: Promise<boolean> };

/** The first element in a widget's shadow root matching `selector`. */
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);

/** Every element in a widget's shadow root matching `selector`. */
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];

/** The text of the first element matching `selector`, with white space folded; empty when there is none. */
export const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What the widget's live region says now. */
export const live = (el: Element) => text(el, '[role="status"]');

/** The id of the element that has focus, looking inside shadow roots; empty when it has none. */
export const focusedId = () => (deepActiveElement() as HTMLElement | null)?.id ?? '';

/** Waits until the widget has drawn its current state with every part and announcement (the readiness contract). */
export async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
}

/** Presses Tab (or Shift+Tab) until focus, looking inside shadow roots, is on the element with this id. */
export async function tabTo(id: string, backwards = false, limit = 400): Promise<void> {
  if (backwards) await sendKeys({ down: 'Shift' });
  try {
    for (let i = 0; i < limit; i += 1) {
      if (focusedId() === id) return;
      await sendKeys({ press: 'Tab' });
    }
  } finally {
    if (backwards) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`could not reach #${id} with the ${backwards ? 'Shift+Tab' : 'Tab'} key`);
}

/** Presses a key, `times` times. */
export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: key });
}

/** Puts a file in a file control (`#import` unless named) as a person picking it would, and waits until the widget has dealt with it. */
export async function importFile(el: Widget, content: BlobPart, name = 'work.json', selector = '#import'): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await settle(el);
}

/** Types into a field as a person does: each character one `input` event, each drawn before the next. */
export async function typeInto(el: Widget, field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const start = field.value;
  for (const [index] of [...value].entries()) {
    field.value = start + value.slice(0, index + 1);
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
  }
}

/** Sets a field's whole value at once (as pasting does), then commits it as leaving the field does. */
export async function enter(el: Widget, field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

/** Records every message a widget's live region reads out, from now on. */
export function liveMessages(el: Element): string[] {
  const heard: string[] = [];
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  new MutationObserver(() => {
    const said = region.textContent!.trim();
    if (said) heard.push(said);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return heard;
}

/**
 * Fake timers for the window's setTimeout and clearTimeout, from now until `restore()`: nothing
 * runs until `tick(ms)` moves the clock on, so a test of a delay (the checklist reads its
 * progress out once a run of changes settles) neither sleeps nor races the real clock.
 */
export function fakeTimers() {
  const real = { set: window.setTimeout, clear: window.clearTimeout };
  const due = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let next = 1;
  window.setTimeout = ((run: TimerHandler, ms = 0, ...args: unknown[]) => {
    const id = next++;
    due.set(id, { at: now + Number(ms), run: () => (typeof run === 'function' ? run(...args) : undefined) });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => void due.delete(id ?? 0)) as typeof window.clearTimeout;
  return {
    /** Moves the clock on by `ms`, running every timer that falls due, in order. */
    tick(ms: number): void {
      now += ms;
      for (const [id, timer] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > now) break;
        due.delete(id);
        timer.run();
      }
    },
    restore(): void {
      window.setTimeout = real.set;
      window.clearTimeout = real.clear;
    },
  };
}
