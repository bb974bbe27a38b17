/**
 * A keyboard-only journey through a widget on its built page, under one set of conditions
 * (320 px wide, 200% text, forced colours or reduced motion). Every key press goes through
 * `Journey`, which then checks what a person relying on that condition would notice: focus
 * somewhere (never the page's body), no sideways scrolling at 320 px, a visible focus
 * indicator in forced colours. `checkState` runs the heavier checks (axe-core, clipped text,
 * motion) at each main state of the task.
 */
import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, type Site } from '../harness.ts';
import { registry } from '../../../widgets/registry.ts';

export interface Condition {
  id: string;
  /** What a reader of a failing test name needs to know. */
  label: string;
  viewport: { width: number; height: number };
  /** The browser's standard font size in px (16 by default); 32 is the text-size setting at 200%. */
  fontSize?: number;
  forcedColors?: boolean;
  reducedMotion?: boolean;
}

export const conditions: readonly Condition[] = [
  { id: '320px', label: '320 px wide', viewport: { width: 320, height: 640 } },
  // The browser's own text-size setting (chrome://settings/fonts), which scales rem and em
  // sizes and leaves px alone: what WCAG 1.4.4 asks of text, unlike page zoom, which also
  // narrows the layout (the 320 px run covers that reflow).
  { id: 'text-200', label: '200% text size', viewport: { width: 1024, height: 768 }, fontSize: 32 },
  { id: 'forced-colours', label: 'forced colours', viewport: { width: 1024, height: 768 }, forcedColors: true },
  { id: 'reduced-motion', label: 'reduced motion', viewport: { width: 1024, height: 768 }, reducedMotion: true },
];

/** What the probe sees after each action. */
interface Probe {
  /** The focused element, with the shadow hosts it is inside: "attendance-checklist > button#copy". */
  path: string;
  onBody: boolean;
  /** How far the page scrolls sideways, in px. */
  sideways: number;
  outlineStyle: string;
  outlineWidth: number;
  /**
   * Focus is on a button the browser draws inside a control (a date input's calendar button):
   * the browser gives it its own focus ring, which the page can neither style nor measure.
   */
  inBrowserPart: boolean;
}

/**
 * Runs in the page. Walks into shadow roots to the element that really has focus, and
 * measures the page's sideways scroll and that element's outline.
 */
function probe(): Probe {
  let active: Element | null = document.activeElement;
  const hosts: string[] = [];
  while (active?.shadowRoot?.activeElement) {
    hosts.push(active.localName);
    active = active.shadowRoot.activeElement;
  }
  const el = active ?? document.body;
  const describe = (e: Element) => `${e.localName}${e.id ? `#${e.id}` : ''}`;
  const style = getComputedStyle(el);
  const root = document.scrollingElement ?? document.documentElement;
  return {
    path: [...hosts, describe(el)].join(' > '),
    onBody: el === document.body || el === document.documentElement,
    sideways: root.scrollWidth - root.clientWidth,
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    inBrowserPart: el instanceof HTMLInputElement && !el.matches(':focus'),
  };
}

/**
 * Runs in the page: problems in the widget's layout that the eye would see. Content wider
 * than its own box (spilling over its neighbours), cut off by `overflow: hidden` (sideways or
 * below), or sticking out past the widget's edge; a box that scrolls but cannot be reached by
 * keyboard.
 */
function layoutProblems(hostSelector: string): string[] {
  const host = document.querySelector(hostSelector);
  if (!host?.shadowRoot) return [`${hostSelector} has not rendered`];
  const edge = host.getBoundingClientRect().right;
  const problems: string[] = [];
  const name = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  const walk = (root: ParentNode, scrolled: boolean, path: string) => {
    for (const el of root.children) {
      if (el.localName === 'script' || el.localName === 'style') continue;
      const style = getComputedStyle(el);
      // Text kept for screen readers only (the visually-hidden pattern: a 1 px clipped box) is not on screen to be cut off.
      if (style.overflowX !== 'visible' && el.clientWidth <= 1 && el.clientHeight <= 1) continue;
      const rendered = el.getClientRects().length > 0;
      const where = `${path}${name(el)}`;
      let scrolls = scrolled;
      if (rendered && !(el instanceof SVGElement) && style.display !== 'inline' && !['input', 'textarea', 'select', 'option'].includes(el.localName)) {
        const over = el.scrollWidth - el.clientWidth;
        if (['auto', 'scroll'].includes(style.overflowX)) {
          scrolls = true;
          if (over > 1 && (el as HTMLElement).tabIndex < 0) problems.push(`${where} scrolls sideways but cannot be reached by keyboard`);
        } else if (over > 1 && !scrolled) {
          problems.push(`${where} ${style.overflowX === 'visible' ? 'spills' : 'cuts off'} ${over}px of its content`);
        }
        const below = el.scrollHeight - el.clientHeight;
        if (['hidden', 'clip'].includes(style.overflowY) && below > 1 && !scrolled) problems.push(`${where} cuts off ${below}px of its content below`);
      }
      // Anything drawn, a picture (svg) or a form control included, stays within the widget.
      if (rendered && !scrolled && !(el instanceof SVGElement && !(el instanceof SVGSVGElement)) && el.getBoundingClientRect().right > edge + 1) {
        problems.push(`${where} sticks out ${Math.round(el.getBoundingClientRect().right - edge)}px past the widget`);
      }
      if (el instanceof SVGElement) continue;
      if (el.shadowRoot) walk(el.shadowRoot, scrolls, `${where} > `);
      walk(el, scrolls, path);
    }
  };
  walk(host.shadowRoot, false, `${hostSelector} > `);
  return problems;
}

/** Runs in the page: animations and transitions longer than a few ms on the widget's elements. */
function motionProblems(hostSelector: string): string[] {
  const host = document.querySelector(hostSelector);
  if (!host?.shadowRoot) return [`${hostSelector} has not rendered`];
  const problems: string[] = [];
  const seconds = (list: string) => Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t)) || 0));
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      const transition = seconds(style.transitionDuration);
      const animation = style.animationName === 'none' ? 0 : seconds(style.animationDuration);
      if (transition > 0.01 || animation > 0.01) problems.push(`${el.localName}${el.id ? `#${el.id}` : ''}: transition ${transition}s, animation ${animation}s`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot);
  for (const animation of document.getAnimations()) {
    const duration = Number(animation.effect?.getComputedTiming().duration) || 0;
    if (duration > 10) problems.push(`a running animation of ${duration}ms`);
  }
  return problems;
}

/** Opens a fresh context under the condition: its own storage, so journeys never see each other's work. */
export async function openUnder(site: Site, condition: Condition): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await site.browser.newContext({
    viewport: condition.viewport,
    forcedColors: condition.forcedColors ? 'active' : 'none',
    reducedMotion: condition.reducedMotion ? 'reduce' : 'no-preference',
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const page = await context.newPage();
  if (condition.fontSize) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: condition.fontSize, fixed: Math.round(condition.fontSize * 0.8125) } });
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export class Journey {
  /** Keyboard actions taken and checked. */
  actions = 0;
  /** Main states checked with axe-core and the layout checks. */
  states = 0;
  readonly #page: Page;
  readonly #condition: Condition;
  readonly #host: string;

  constructor(page: Page, condition: Condition, hostSelector: string) {
    this.#page = page;
    this.#condition = condition;
    this.#host = hostSelector;
  }

  /**
   * Where focus is once the action has settled. A widget may move focus a moment after a key
   * (once it has redrawn, or loaded a part), so the widgets on the page are waited for until
   * they are ready (README "Readiness": a part the key asked for has loaded and been drawn), and
   * focus on the body is waited out for up to a second before it counts as lost.
   */
  async #settled(label: string): Promise<Probe> {
    await this.#page.evaluate(
      (tags) => Promise.all([...document.querySelectorAll(tags.join())].map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)),
      registry.widgets.map((widget) => widget.tag),
    );
    let seen = await this.#page.evaluate(probe);
    for (let tries = 0; seen.onBody && tries < 20; tries++) {
      await this.#page.waitForTimeout(50);
      seen = await this.#page.evaluate(probe);
    }
    expect(seen.onBody, `focus lost to the page's body after ${label}`).toBe(false);
    if (this.#condition.viewport.width <= 320) expect(seen.sideways, `the page scrolls sideways after ${label} (focus on ${seen.path})`).toBeLessThanOrEqual(0);
    if (this.#condition.forcedColors && !seen.inBrowserPart) {
      expect(seen.outlineStyle, `no focus outline in forced colours on ${seen.path} after ${label}`).not.toBe('none');
      expect(seen.outlineWidth, `no focus outline in forced colours on ${seen.path} after ${label}`).toBeGreaterThan(0);
    }
    return seen;
  }

  /** Fails unless the browser is really under the condition (so a run can never pass by not applying it). */
  async expectCondition(): Promise<void> {
    const seen = await this.#page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      fontSize: getComputedStyle(document.documentElement).fontSize,
      forced: matchMedia('(forced-colors: active)').matches,
      reduced: matchMedia('(prefers-reduced-motion: reduce)').matches,
    }));
    expect(seen).toEqual({
      width: this.#condition.viewport.width,
      fontSize: `${this.#condition.fontSize ?? 16}px`,
      forced: this.#condition.forcedColors === true,
      reduced: this.#condition.reducedMotion === true,
    });
  }

  /** Presses one key (or chord, "Shift+Tab") and checks where focus went. */
  async press(key: string, label = key): Promise<string> {
    await this.#page.keyboard.press(key);
    this.actions++;
    return (await this.#settled(label)).path;
  }

  /** Types text where focus is, as keystrokes, and checks focus after. */
  async type(text: string): Promise<string> {
    await this.#page.keyboard.type(text);
    this.actions++;
    return (await this.#settled(`typing "${text.slice(0, 30)}"`)).path;
  }

  /** Where focus is now. */
  async focused(): Promise<string> {
    return (await this.#page.evaluate(probe)).path;
  }

  /**
   * Unless focus is there already, presses Tab (or Shift+Tab) until the focused element's path ends with `target` (or matches it), as a
   * person tabbing through the page would; fails after `limit` presses.
   */
  async tabTo(target: string | RegExp, { back = false, limit = 400 } = {}): Promise<number> {
    const reached = (path: string) => (typeof target === 'string' ? path.endsWith(target) : target.test(path));
    if (reached(await this.focused())) return 0;
    for (let presses = 1; presses <= limit; presses++) {
      const path = await this.press(back ? 'Shift+Tab' : 'Tab', `${back ? 'Shift+Tab' : 'Tab'} towards ${String(target)}`);
      if (reached(path)) return presses;
    }
    throw new Error(`${target} not reached in ${limit} presses of ${back ? 'Shift+Tab' : 'Tab'} (focus on ${await this.focused()})`);
  }

  /** Expects focus on an element whose path ends with `target` (or matches it). */
  async expectFocus(target: string | RegExp, why: string): Promise<void> {
    const path = await this.focused();
    if (typeof target === 'string') expect(path.endsWith(target), `${why} (focus on ${path})`).toBe(true);
    else expect(path, why).toMatch(target);
  }

  /** The text of the widget's polite live region (or a nested widget's, by host path). */
  async announcement(): Promise<string> {
    return this.#page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '', this.#host);
  }

  /** Waits until the live region says something containing `text`. */
  async expectAnnounced(text: string | RegExp): Promise<void> {
    await expect.poll(() => this.announcement(), { timeout: 3000, message: `live region should announce ${String(text)}` }).toMatch(text);
  }

  /** The checks for a main state of the task: axe-core, and the condition's own. */
  async checkState(name: string): Promise<void> {
    this.states++;
    const where = `${name} (${this.#condition.label})`;
    expect(await axeViolations(this.#page), `axe-core at ${where}`).toEqual([]);
    if (this.#condition.fontSize || this.#condition.viewport.width <= 320) {
      expect(await this.#page.evaluate(layoutProblems, this.#host), `text cut off or spilling at ${where}`).toEqual([]);
    }
    if (this.#condition.reducedMotion) expect(await this.#page.evaluate(motionProblems, this.#host), `motion at ${where}`).toEqual([]);
  }
}
