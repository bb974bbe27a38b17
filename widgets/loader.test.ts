/// <reference types="mocha" />
/**
 * The all-in-one file's loader (loader.ts): each widget is fetched and defined only once its tag
 * is in the document, whether there when the loader runs or added later; a widget that cannot
 * be fetched is reported, stays undefined, and is fetched afresh when the page next adds one.
 * Its own file, so that the page starts with no widget loaded.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** The widget folders the page has fetched code from. */
const fetchedWidgets = () =>
  new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/'))
      .filter(([, top, folder]) => top === 'widgets' && folder!.startsWith('attendance-'))
      .map(([, , folder]) => folder),
  );

const add = (tag: string, parent: Element = document.body) => parent.appendChild(document.createElement(tag));

after(() => document.body.replaceChildren());

describe('the all-in-one loader', () => {
  it('defines the widgets on the page when it runs, and fetches no other widget', async () => {
    add('attendance-calculator');
    await import('./loader.ts');
    await customElements.whenDefined('attendance-calculator');
    expect([...fetchedWidgets()]).to.deep.equal(['attendance-calculator']);
    expect(customElements.get('attendance-push-pull')).to.equal(undefined);
  });

  it('defines a widget added later, inside another element', async () => {
    const box = document.createElement('div');
    add('attendance-push-pull', box);
    document.body.append(box);
    await customElements.whenDefined('attendance-push-pull');
    expect(fetchedWidgets().has('attendance-checklist')).to.equal(false);
  });

  it('reports a widget that cannot be fetched, leaves it undefined, and fetches it afresh when the page next adds one', async () => {
    await executeServerCommand('fail-next-request', { path: '/widgets/attendance-four-is/index.ts' });
    const original = console.error;
    const reported = new Promise<string>((resolve) => {
      console.error = (message: string) => resolve(message);
    });
    try {
      add('attendance-four-is');
      expect(await reported).to.contain('attendance-four-is could not be loaded');
    } finally {
      console.error = original;
    }
    expect(customElements.get('attendance-four-is')).to.equal(undefined);
    add('attendance-four-is');
    await customElements.whenDefined('attendance-four-is');
    expect(document.querySelectorAll('attendance-four-is')).to.have.length(2);
  });
});
