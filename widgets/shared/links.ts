import { html, type TemplateResult } from 'lit';
import { sharedStrings } from './messages.ts';

/**
 * A link a widget shows (guidance, the responsibilities table). Inside a frame, as on the
 * iframe embed pages (/embed/), following it would take the frame away from the tool, to a
 * page that may refuse to be framed, and Back would bring the tool back empty: there it opens
 * in a new tab instead, and says so to screen-reader users.
 */
export function kitLink(href: string, content: unknown): TemplateResult {
  return window.top === window
    ? html`<a href=${href}>${content}</a>`
    : html`<a href=${href} target="_blank" rel="noopener">${content}<span class="visually-hidden">${sharedStrings.newTab}</span></a>`;
}
