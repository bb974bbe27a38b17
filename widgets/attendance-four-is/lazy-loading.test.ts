/// <reference types="mocha" />
/**
 * How the planner loads its steps (issue 17 item 4): an empty planner loads only the first
 * step, Identify, after its first paint; the later steps, with the roles and the levels of the
 * summary table of responsibilities, load when one of their tabs opens (when they cannot:
 * widgets/shared/work-kept.test.ts). Its own file, so that the page starts with nothing loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './index.ts';
import { $, settle, text, type Widget } from '../../test/helpers/widgets.ts';
import { shellStrings } from './shell-strings.ts';

const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
/** The later steps' code and content. */
const later = (paths: string[]) =>
  paths.filter((path) => /later-steps|intelligence-step|intervention-step|impact-step|report\.ts|plan-data|responsibilities|four-is-roles/.test(path));

describe('attendance-four-is loading its steps', () => {
  // First in the file: nothing has loaded any step on this page yet.
  it('loads only the Identify step for an empty planner, and the later steps when their tab opens', async () => {
    const el = await fixture<Widget>(html`<attendance-four-is storage="none"></attendance-four-is>`);
    await settle(el);
    expect(!!$(el, '#file'), 'the Identify step').to.equal(true);
    expect(requested()).to.include('/widgets/attendance-four-is/lazy.ts');
    expect(later(requested())).to.deep.equal([]);

    $<HTMLButtonElement>(el, '#tab-intervention')!.click();
    await settle(el);
    expect(requested()).to.include('/widgets/attendance-four-is/later-steps.ts');
    expect(requested()).to.include('/content/responsibilities.json');
    expect(text(el, '#panel-intervention')).not.to.contain(shellStrings.loading);
  });
});
