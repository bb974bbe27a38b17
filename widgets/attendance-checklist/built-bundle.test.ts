/// <reference types="mocha" />
/**
 * The built widget, as a council hosts it: public/widgets/v1/attendance-checklist.js and its
 * chunks, written by `npm run build` (which `npm test` runs before these tests). The other
 * component tests run the source; this one checks what the build made of it. Its own file, so
 * that the page has loaded nothing of the widget before it starts.
 */
import { expect } from '@open-wc/testing';
import { offHostRequests } from '../../test/helpers/browser.ts';

const folder = '/public/widgets/v1/';
const requestedPaths = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
/** "pupil-voice" for /public/widgets/v1/chunks/pupil-voice-AB12CD34.js: the build names each chunk after its source. */
const chunkName = (path: string) => path.slice(`${folder}chunks/`.length).replace(/-[A-Z0-9]+\.js$/, '');

describe('the built attendance-checklist.js', () => {
  it('on a page with checklist="pupil-voice", fetches files from its own folder only, and never the assessment data chunk', async () => {
    const before = new Set(requestedPaths());
    const url = `${folder}attendance-checklist.js`;
    try {
      await import(url);
    } catch (error) {
      throw new Error(`could not load ${url}: run \`npm run build\` first (npm test does). ${String(error)}`, { cause: error });
    }
    const el = document.createElement('attendance-checklist') as HTMLElement & { updateComplete: Promise<boolean> };
    el.setAttribute('checklist', 'pupil-voice');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#title')!.textContent).to.equal('Pupil voice');

      const fetched = requestedPaths().filter((path) => !before.has(path));
      expect(fetched).to.include(url);
      expect(fetched.filter((path) => !path.startsWith(folder))).to.deep.equal([]);
      const chunks = fetched.filter((path) => path.startsWith(`${folder}chunks/`)).map(chunkName);
      expect(chunks).to.include.members(['pupil-voice', 'sources']);
      for (const unwanted of ['assessment', 'seven-questions', 'support-and-monitoring', 'calculator-part']) {
        expect(chunks, unwanted).not.to.include(unwanted);
      }
      expect(offHostRequests()).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
