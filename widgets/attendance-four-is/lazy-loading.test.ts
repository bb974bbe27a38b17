/// <reference types="mocha" />
/**
 * How the planner loads its steps (issue 17 item 4): an empty planner loads only the first
 * step, Identify, after its first paint; the code that reads a cohort loads when one comes in,
 * the CSV exports when one is asked for, and the later steps, with the roles and the levels of
 * the summary table of responsibilities, when one of their tabs opens (when they cannot:
 * widgets/shared/work-kept.test.ts). When the cohort reader or the exports cannot load, the
 * step says so, nothing changes, and the next try loads them afresh. Its own file, so that the
 * page starts with nothing loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './index.ts';
import { captureDownloads } from '../../test/helpers/browser.ts';
import { fixedPlan } from './fixtures/plan.ts';
import { strings } from './strings.ts';
import { $, settle, text, type Widget } from '../../test/helpers/widgets.ts';
import { shellStrings } from './shell-strings.ts';

const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
/** The later steps' code and content. */
const later = (paths: string[]) =>
  paths.filter((path) => /later-steps|intelligence-step|intervention-step|impact-step|report\.ts|plan-data|responsibilities|four-is-roles/.test(path));
/** The code that reads a cohort and writes CSV files. */
const cohortCode = (paths: string[]) => paths.filter((path) => /identify-import|cohort\.ts|mapping\.ts|csv\.ts|exports\.ts|shared\/export\.ts/.test(path));

describe('attendance-four-is loading its steps', () => {
  // First in the file: nothing has loaded any step on this page yet.
  it('loads only the Identify step for an empty planner, and the later steps when their tab opens', async () => {
    const el = await fixture<Widget>(html`<attendance-four-is storage="none"></attendance-four-is>`);
    await settle(el);
    expect(!!$(el, '#file'), 'the Identify step').to.equal(true);
    expect(requested()).to.include('/widgets/attendance-four-is/lazy.ts');
    expect(later(requested())).to.deep.equal([]);
    expect(cohortCode(requested())).to.deep.equal([]);

    $<HTMLButtonElement>(el, '#tab-intervention')!.click();
    await settle(el);
    expect(requested()).to.include('/widgets/attendance-four-is/later-steps.ts');
    expect(requested()).to.include('/content/responsibilities.json');
    expect(text(el, '#panel-intervention')).not.to.contain(shellStrings.loading);
  });

  it('says so when the cohort reader cannot load, changes nothing, and loads it afresh on the next try', async () => {
    await executeServerCommand('fail-next-request', { path: '/widgets/attendance-four-is/identify-import.ts' });
    const el = await fixture<Widget>(html`<attendance-four-is storage="none"></attendance-four-is>`);
    await settle(el);
    const before = structuredClone(el.value);
    $<HTMLTextAreaElement>(el, '#paste')!.value = 'Pupil reference,Possible sessions,Sessions attended\nP1,380,300\n';
    $<HTMLButtonElement>(el, '#read-paste')!.click();
    await settle(el);
    expect(text(el, '#import-error')).to.equal(strings.importPartFailed);
    expect($(el, '#preview')).to.equal(null);
    expect(el.value).to.deep.equal(before);
    $<HTMLButtonElement>(el, '#read-paste')!.click();
    await settle(el);
    expect($(el, '#import-error')).to.equal(null);
    expect($(el, '#preview')).not.to.equal(null);
  });

  it('says so when the CSV exports cannot load, and downloads on the next try', async () => {
    await executeServerCommand('fail-next-request', { path: '/widgets/attendance-four-is/exports.ts' });
    const downloads = captureDownloads();
    try {
      const el = await fixture<Widget>(html`<attendance-four-is storage="none"></attendance-four-is>`);
      el.value = fixedPlan();
      await settle(el);
      $<HTMLButtonElement>(el, '#download-ranked')!.click();
      await settle(el);
      expect(downloads.names).to.deep.equal([]);
      expect(text(el, '#panel-identify .notice')).to.contain(strings.csvPartFailed);
      $<HTMLButtonElement>(el, '#download-ranked')!.click();
      await settle(el);
      expect(downloads.names).to.have.length(1);
    } finally {
      downloads.restore();
    }
  });
});
