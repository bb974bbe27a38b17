/**
 * The all-in-one file, widgets/v1/attendance-kit.js: a small loader that defines each widget
 * the first time its tag is in the document, whether the page had it when the loader ran or
 * added it later (a MutationObserver watches the document, as Shoelace's autoloader does).
 * Each widget's code, and one Lit for all of them (so one Trusted Types policy), comes from
 * chunks beside this file, pinned like every other file (pins.json); a widget the page never
 * shows is never fetched. A widget that cannot be fetched stays undefined, its fallback content
 * showing, is reported in the console, and is fetched afresh (never a kept failure) when its tag
 * is next added.
 *
 * Bundlers use the npm package's `.` export instead (widgets/index.ts), which defines all four
 * at once: a bundler splits and loads code its own way.
 */
const widgets: Record<string, () => Promise<unknown>> = {
  'attendance-calculator': () => import('./attendance-calculator/index.ts'),
  'attendance-checklist': () => import('./attendance-checklist/index.ts'),
  'attendance-push-pull': () => import('./attendance-push-pull/index.ts'),
  'attendance-four-is': () => import('./attendance-four-is/index.ts'),
};
/** The tags whose code is loading or loaded. */
const requested = new Set<string>();

function define(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  widgets[tag]!().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`${tag} could not be loaded; it is fetched again when the page next adds one.`, error);
  });
}

/**
 * Defines every widget whose tag is `root` or inside it. The loader runs it on the document, and
 * on everything added to it later; a host that puts widgets in a shadow root of its own calls it
 * on that root.
 */
export function discover(root: ParentNode): void {
  if (root instanceof Element && root.localName in widgets) define(root.localName);
  for (const element of root.querySelectorAll(Object.keys(widgets).join())) define(element.localName);
}

discover(document);
new MutationObserver((changes) => {
  for (const change of changes) for (const node of change.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
