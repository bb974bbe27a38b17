/**
 * Presenter mode: the same page with `?present` in its address, for a trainer or supervisor
 * at a projector. site.ts imports this module only then, so no other visit pays for it.
 *
 * It adds a toolbar (a labelled region, first after the skip link) with previous and next,
 * the "Section n of m" counter, full screen, "Reset all tools" (asks first), one button per
 * fictional sample case (asks first when a tool holds work, which it sets aside), "Bring back
 * your own work", and a link out of presenter mode; it makes the type large and the
 * focus ring thick, and pages through the page's sections (the h2 headings of main) and, in
 * place of a checklist, through the checklist's groups, by PageDown/PageUp (what clickers
 * send), arrows, n/p and Home/End. The decisions are in presenter-logic.ts.
 */
import stylesheetHref from '../styles/presenter.css?url';
// Read as text so the list is bundled into this chunk: through widgets/registry.ts it would
// become a chunk shared with the embed-code page, and site.ts, which every page loads, would
// then carry a list of this chunk's dependencies.
import registryText from '../../widgets/registry.json?raw';
import type { LocalNames } from '../../content/schemas/local-names.ts';
import { sitePath } from '../lib/site-path.ts';
import {
  counterText,
  focusKind,
  holdsWork,
  movedIndex,
  pagingMove,
  sampleValueFor,
  setAsideKey,
  widgetLocalNames,
  type PagingMove,
  type SampleCaseData,
} from './presenter-logic.ts';

/** Every fictional sample case in content/sample-cases/, checked against its schema at build time. */
const sampleCases = Object.values(import.meta.glob<SampleCaseData>('../../content/sample-cases/*.json', { eager: true, import: 'default' }));

/** The tags of the kit's widgets (widgets/registry.json). */
const widgetTags = (JSON.parse(registryText) as { widgets: { tag: string }[] }).widgets.map((w) => w.tag);

/** A widget element as presenter mode uses it: the KitWidget contract (widgets/shared/kit-widget.ts). */
interface KitWidgetElement extends HTMLElement {
  value: unknown;
  /** Where the widget keeps its work: `local`, `session` or `none`. */
  storage: string | null;
  storageKey: string | null;
  reset(): void;
  updateComplete?: Promise<unknown>;
  /** Only the checklist: its group headings (attendance-checklist.ts). */
  groupHeadings?: () => HTMLElement[];
}

const main = document.querySelector<HTMLElement>('main');

function make<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/** The widgets on the page, not those inside another widget (which that widget resets and fills). */
function widgetElements(): KitWidgetElement[] {
  return main ? [...main.querySelectorAll<KitWidgetElement>(widgetTags.join(','))] : [];
}

/** The widgets once their scripts have defined them and they have rendered. */
async function readyWidgets(): Promise<KitWidgetElement[]> {
  const all = widgetElements();
  await Promise.all(all.map((w) => customElements.whenDefined(w.localName).then(() => w.updateComplete)));
  return all;
}

/**
 * The stops to page through, in reading order: each visible h2 of main, except those inside
 * a widget (its no-script fallback, hidden once it runs), and a checklist's group headings
 * where the checklist stands. Built afresh on each move, since widgets render after load.
 */
function stops(): HTMLElement[] {
  if (!main) return [];
  const list: HTMLElement[] = [];
  for (const element of main.querySelectorAll<HTMLElement>(['h2', ...widgetTags].join(','))) {
    if (element.localName === 'h2') {
      // A contents list is a way round the sections, not one of them (on a wide screen it
      // stays in view beside the text, so it has no place of its own to scroll to).
      if (!element.parentElement?.closest([...widgetTags, 'nav'].join(',')) && element.checkVisibility()) list.push(element);
    } else {
      const headings = (element as KitWidgetElement).groupHeadings?.();
      if (headings) list.push(...headings);
    }
  }
  return list;
}

/** The element that really has focus, looking inside widgets' shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The host a node sits in at document level (itself, or the widget whose shadow root holds it). */
function documentLevel(node: Node): Node {
  let current = node;
  while (current.getRootNode() instanceof ShadowRoot) current = (current.getRootNode() as ShadowRoot).host;
  return current;
}

/** True when `a` comes before `b` in reading order, or is `b` or holds it. */
function atOrBefore(a: Node, b: Node): boolean {
  if (a === b || a.contains(b)) return true;
  const [hostA, hostB] = [documentLevel(a), documentLevel(b)];
  if (hostA === hostB) {
    // Both inside the same widget: compare inside its shadow root.
    return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }
  if (hostA.contains(hostB) || hostB.contains(hostA)) return hostA.contains(hostB);
  return (hostA.compareDocumentPosition(hostB) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

const toolbar = make('section', { className: 'presenter-bar', id: 'presenter-bar' });
toolbar.setAttribute('aria-label', 'Presenter controls');
const status = make('p', { className: 'visually-hidden', id: 'presenter-status' });
status.setAttribute('role', 'status');
const counter = make('p', { className: 'presenter-counter', id: 'presenter-counter' });
const previousButton = make('button', { type: 'button', id: 'presenter-previous', textContent: 'Previous' });
const nextButton = make('button', { type: 'button', id: 'presenter-next', textContent: 'Next' });
previousButton.setAttribute('aria-describedby', counter.id);
nextButton.setAttribute('aria-describedby', counter.id);
const fullScreenButton = make('button', { type: 'button', id: 'presenter-fullscreen', textContent: 'Full screen' });
fullScreenButton.setAttribute('aria-pressed', 'false');
const resetButton = make('button', { type: 'button', id: 'presenter-reset', textContent: 'Reset all tools' });
const sampleNotice = make('p', { className: 'presenter-fictional', id: 'presenter-fictional', hidden: true });
// From the path alone, read as the server reads it: `//evil.example/?present` must not make this
// link a scheme-relative one to another site.
const leaveLink = make('a', { href: `${sitePath(location.pathname) ?? '/'}${location.hash}`, id: 'presenter-leave', textContent: 'Leave presenter mode' });

/** Says a result once to screen-reader users; clearing first makes a repeat be read again. */
function announce(message: string): void {
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

let current = -1;

function showCounter(list = stops()): void {
  const heading = list[current];
  counter.textContent = counterText(heading ? current : -1, list.length, heading?.textContent ?? '');
  previousButton.disabled = list.length === 0 || current <= 0;
  nextButton.disabled = list.length === 0 || current >= list.length - 1;
}

function page(move: PagingMove): void {
  const list = stops();
  // Focus moved by Tab or a click since the last move: carry on from where it is now. (Moves
  // inside one widget's shadow root send no focusin to the document, so this is checked here.)
  const active = deepActiveElement();
  if (active && active !== list[current] && active !== document.body && !toolbar.contains(active)) current = stopAt(list, active);
  const index = movedIndex(current, list.length, move);
  const heading = index === undefined ? undefined : list[index];
  if (index === undefined || !heading) return;
  current = index;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  // The toolbar stays at the top of the screen, so the heading goes just below it.
  const top = heading.getBoundingClientRect().top + scrollY - toolbar.offsetHeight - 8;
  scrollTo({ top, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  heading.focus({ preventScroll: true });
  showCounter(list);
  announce(counter.textContent ?? '');
}

/** The index of the last stop at or before `element` in reading order; -1 when it comes before them all. */
function stopAt(list: HTMLElement[], element: Element): number {
  let index = -1;
  list.forEach((heading, i) => {
    if (atOrBefore(heading, element)) index = i;
  });
  return index;
}

/** After focus moves by Tab or a click, the counter shows the section that holds it. */
function followFocus(): void {
  const active = deepActiveElement();
  if (!active || toolbar.contains(active)) return;
  const list = stops();
  current = stopAt(list, active);
  showCounter(list);
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || toolbar.querySelector('dialog[open]')) return;
  const target = (event.composedPath()[0] as HTMLElement | undefined) ?? null;
  const kind = focusKind(
    target && {
      tagName: target.tagName ?? '',
      type: (target as HTMLInputElement).type?.toLowerCase(),
      isContentEditable: target.isContentEditable,
      role: target.getAttribute?.('role'),
    },
  );
  const move = pagingMove(event, kind);
  if (!move) return;
  event.preventDefault();
  page(move);
});
document.addEventListener('focusin', followFocus);

previousButton.addEventListener('click', () => page('previous'));
nextButton.addEventListener('click', () => page('next'));

// Full screen: offered only where the browser allows it; Esc leaves it, as the browser does.
fullScreenButton.hidden = !document.fullscreenEnabled;
fullScreenButton.addEventListener('click', () => {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  request.catch(() => announce('The browser did not allow full screen. Try its own full screen key, usually F11.'));
});
document.addEventListener('fullscreenchange', () => {
  const on = document.fullscreenElement !== null;
  fullScreenButton.setAttribute('aria-pressed', String(on));
  announce(on ? 'Full screen. Press Escape to leave it.' : 'Full screen closed.');
});

/**
 * A question in a native modal dialog, for what cannot be undone at a click: Cancel has focus
 * first, Esc or Cancel closes it, and focus goes back to the button that asked either way.
 * `ask` resolves true when the person confirmed.
 */
function confirmDialog(id: string, confirmText: string): { dialog: HTMLDialogElement; ask: (text: string, from: HTMLElement) => Promise<boolean> } {
  const question = make('p', { id: `${id}-question` });
  const confirmButton = make('button', { type: 'button', id: `${id}-yes`, className: 'presenter-warning', textContent: confirmText });
  const cancelButton = make('button', { type: 'button', id: `${id}-cancel`, textContent: 'Cancel' });
  const dialog = make('dialog', { className: 'presenter-dialog', id: `${id}-dialog` }, question, make('div', { className: 'presenter-buttons' }, confirmButton, cancelButton));
  dialog.setAttribute('aria-labelledby', question.id);
  cancelButton.addEventListener('click', () => dialog.close('cancel'));
  confirmButton.addEventListener('click', () => dialog.close('yes'));
  const ask = (text: string, from: HTMLElement) =>
    new Promise<boolean>((resolve) => {
      question.textContent = text;
      dialog.returnValue = '';
      dialog.addEventListener(
        'close',
        () => {
          from.focus();
          resolve(dialog.returnValue === 'yes');
        },
        { once: true },
      );
      dialog.showModal();
      cancelButton.focus();
    });
  return { dialog, ask };
}

const resetConfirm = confirmDialog('presenter-reset', 'Yes, reset all tools');
const sampleConfirm = confirmDialog('presenter-sample', 'Yes, load the case');

resetButton.addEventListener('click', async () => {
  const count = widgetElements().length;
  const text = `Reset all ${count === 1 ? 'the tool' : `${count} tools`} on this page? This clears what is in ${count === 1 ? 'it' : 'them'}, on screen and on this device, ready for the next group.`;
  if (!(await resetConfirm.ask(text, resetButton))) {
    announce('Nothing was reset.');
    return;
  }
  const all = await readyWidgets();
  for (const widget of all) widget.reset();
  sampleNotice.hidden = true;
  announce(`${all.length === 1 ? 'The tool was' : `All ${all.length} tools were`} reset.`);
});

function localNamesOf(widget: HTMLElement): LocalNames {
  const inline = widget.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  return widgetLocalNames(inline, (name) => widget.getAttribute(name));
}

// A widget's own work, set aside while a sample case is on screen: in the storage area the
// widget itself uses (so it lasts as long as the work would have), or for this visit only
// when the widget keeps nothing or the browser refuses.
const keptForVisit = new Map<string, string>();

function asideKey(widget: KitWidgetElement): string {
  const index = widgetElements()
    .filter((w) => w.localName === widget.localName)
    .indexOf(widget);
  return setAsideKey(location.pathname, widget.localName, { storageKey: widget.storageKey, id: widget.id, index });
}

function asideArea(widget: KitWidgetElement): Storage | undefined {
  try {
    return widget.storage === 'local' ? localStorage : widget.storage === 'session' ? sessionStorage : undefined;
  } catch {
    return undefined;
  }
}

function readAside(widget: KitWidgetElement): string | undefined {
  const key = asideKey(widget);
  try {
    return asideArea(widget)?.getItem(key) ?? keptForVisit.get(key);
  } catch {
    return keptForVisit.get(key);
  }
}

function putAside(widget: KitWidgetElement): void {
  const key = asideKey(widget);
  const text = JSON.stringify(widget.value);
  try {
    const area = asideArea(widget);
    if (!area) throw new Error('keeps nothing');
    area.setItem(key, text);
  } catch {
    keptForVisit.set(key, text);
  }
}

function dropAside(widget: KitWidgetElement): void {
  const key = asideKey(widget);
  keptForVisit.delete(key);
  try {
    asideArea(widget)?.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours.
  }
}

const bringBackButton = make('button', { type: 'button', id: 'presenter-bring-back', textContent: 'Bring back your own work', hidden: true });

/** Shows "Bring back your own work" while any widget on the page has work set aside. */
function showBringBack(): void {
  bringBackButton.hidden = !widgetElements().some((w) => readAside(w) !== undefined);
}

/** Puts each widget's own work back, on screen and in its storage (its `value` saves it), and forgets the copy set aside. */
bringBackButton.addEventListener('click', async () => {
  const all = await readyWidgets();
  let restored = 0;
  let refused = 0;
  for (const widget of all) {
    const kept = readAside(widget);
    if (kept === undefined) continue;
    try {
      widget.value = JSON.parse(kept) as unknown;
      dropAside(widget);
      restored += 1;
    } catch {
      // Kept set aside, so nothing is lost; the message below says so.
      refused += 1;
    }
  }
  sampleNotice.hidden = true;
  showBringBack();
  (bringBackButton.hidden ? resetButton : bringBackButton).focus();
  const back = `Your own work is back in ${restored === 1 ? 'the tool' : `${restored} tools`} on this page.`;
  announce(refused === 0 ? back : `${back} ${refused === 1 ? 'One tool' : `${refused} tools`} could not take it back: it is still set aside.`);
});

/**
 * Loads a case into every widget on the page that it has work for, through each widget's
 * `value`. When a widget holds work, it asks first, and sets that work aside (unless some is
 * set aside already: a case on screen is not the person's own work) for "Bring back your own
 * work" to put back.
 */
async function loadSample(sample: SampleCaseData, button: HTMLButtonElement): Promise<void> {
  const all = await readyWidgets();
  const working = all.filter((widget) => holdsWork(widget.localName, widget.value));
  if (working.length > 0) {
    const which = working.length === 1 && all.length === 1 ? 'the tool' : working.length === 1 ? '1 tool' : `${working.length} tools`;
    const text = `Load the fictional case ${sample.title}? The work in ${which} on this page is set aside, not lost: “Bring back your own work” puts it back.`;
    if (!(await sampleConfirm.ask(text, button))) {
      announce('Nothing was changed.');
      return;
    }
    for (const widget of working) if (readAside(widget) === undefined) putAside(widget);
  }
  let loaded = 0;
  for (const widget of all) {
    const checklist = (widget.value as { checklist?: unknown } | undefined)?.checklist;
    const value = sampleValueFor(sample, { tag: widget.localName, checklist: typeof checklist === 'string' ? checklist : undefined, localNames: localNamesOf(widget) });
    if (value === undefined) continue;
    try {
      widget.value = value;
      loaded += 1;
    } catch {
      // A widget refusing the case leaves its own work as it was; the count below says so.
    }
  }
  sampleNotice.textContent = `Fictional case on screen: ${sample.title}. Made up for training; not a real child.`;
  sampleNotice.hidden = loaded === 0;
  showBringBack();
  button.focus();
  announce(
    loaded === 0
      ? `There is no tool on this page that ${sample.title} can fill.`
      : `Loaded the fictional case ${sample.title} into ${loaded === 1 ? 'the tool' : `${loaded} tools`} on this page.`,
  );
}

const controls = make('div', { className: 'presenter-buttons' }, previousButton, counter, nextButton, fullScreenButton);
if (widgetElements().length > 0) {
  controls.append(resetButton);
  for (const sample of sampleCases) {
    const button = make('button', { type: 'button', textContent: `Load sample case: ${sample.title}` });
    button.addEventListener('click', () => void loadSample(sample, button));
    controls.append(button);
  }
  controls.append(bringBackButton);
}
controls.append(leaveLink);
toolbar.append(controls, sampleNotice, status, resetConfirm.dialog, sampleConfirm.dialog);

function start(): void {
  // Following a link to another page of the kit keeps presenter mode (done before the
  // toolbar, whose link leads out of it, is on the page).
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"][href$="/"]')) link.search = 'present';
  document.documentElement.classList.add('presenting');
  const skipLink = document.querySelector('.skip-link');
  if (skipLink) skipLink.after(toolbar);
  else document.body.prepend(toolbar);
  showCounter();
  // Widgets render after this script runs: count the checklist's groups again once they have,
  // and offer back any work set aside on an earlier visit.
  void readyWidgets().then(() => {
    showCounter();
    showBringBack();
  });
}

// The toolbar waits for its stylesheet, so it never flashes up unstyled.
const stylesheet = make('link', { rel: 'stylesheet', href: stylesheetHref });
stylesheet.addEventListener('load', start, { once: true });
stylesheet.addEventListener('error', start, { once: true });
document.head.append(stylesheet);
