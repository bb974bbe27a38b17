/**
 * Puts one widget into a web part's element and keeps it in step with the property pane and
 * the page's theme. Called on every render: the same element is kept (so work on screen
 * survives a settings change) and only what changed is touched.
 */
import { strings } from './strings.ts';
import { webPartAttributes } from './settings.ts';
import { themeTokenNames, themeTokens } from '../../shared/host-theme.ts';
import { sharePointColours } from './theme.ts';
import type { RenderOptions } from './api.ts';

export function renderWidget(host: HTMLElement, options: RenderOptions): void {
  const { attributes, problems } = webPartAttributes(options.tag, options.properties, options.instanceId);
  let element = host.querySelector<HTMLElement>(`:scope > ${options.tag}`);
  if (!element) {
    host.replaceChildren();
    element = document.createElement(options.tag);
    host.append(element);
  }
  for (const name of element.getAttributeNames()) {
    if (!Object.prototype.hasOwnProperty.call(attributes, name)) element.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(attributes)) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  const tokens = themeTokens(sharePointColours(options.theme));
  for (const name of themeTokenNames) {
    const value = tokens[name];
    if (value) element.style.setProperty(name, value);
    else element.style.removeProperty(name);
  }
  showProblems(host, element, problems);
}

/** Settings that could not be used are named above the widget, as the iframe embed page does. */
function showProblems(host: HTMLElement, element: HTMLElement, problems: string[]): void {
  host.querySelector(':scope > .attendance-kit-problems')?.remove();
  if (problems.length === 0) return;
  const note = document.createElement('div');
  note.className = 'attendance-kit-problems';
  const heading = document.createElement('p');
  heading.textContent = strings.problemsHeading;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  note.append(heading, list);
  host.insertBefore(note, element);
}
