import { describe, expect, it } from 'vitest';
import { attributeSettings, resolveChecklistConfig } from './config.ts';
import { attributeLayer } from '../shared/config.ts';
import { defaultConfig } from './config-defaults.ts';
import { localGroupId } from './build-view.ts';
import { viewEntries } from './model.ts';
import { buildShippedView } from './fixtures/shipped.ts';

const inline = (data: Record<string, unknown>) => ({ layer: { from: 'inline JSON', data } });

describe('checklist configuration', () => {
  it('defaults to the assessment checklist, /guidance/ links and the standard local names', () => {
    const { config, errors } = resolveChecklistConfig({}, {});
    expect(errors).toEqual([]);
    expect(config).toEqual(defaultConfig);
    expect(config.localNames.inclusionService).toBe("the council's inclusion service");
  });

  it('reads local names from attributes over inline JSON, name by name', () => {
    const { config } = resolveChecklistConfig(inline({ localNames: { virtualSchool: 'Anyshire Virtual School', inclusionService: 'Inline service' } }), {
      inclusionService: 'the Inclusion Hub',
    });
    expect(config.localNames).toEqual({
      attendanceTeam: "the council's attendance support team",
      virtualSchool: 'Anyshire Virtual School',
      inclusionService: 'the Inclusion Hub',
    });
  });

  it('turns the attributes that are present, and only those, into a layer', () => {
    expect(attributeLayer({ checklist: 'pupil-voice', hiddenItems: null, attendanceTeam: 'Team A' }, attributeSettings).data).toEqual({
      checklist: 'pupil-voice',
      localNames: { attendanceTeam: 'Team A' },
    });
  });

  it('falls back to the default checklist, with a message, for an unknown one', () => {
    const { config, errors } = resolveChecklistConfig({}, { checklist: 'nonsense' });
    expect(config.checklist).toBe('assessment');
    expect(errors).toEqual(['attributes: "checklist" must be one of: assessment, seven-questions, pupil-voice, support-and-monitoring, supervision, so it was ignored']);
  });

  it('refuses a javascript: base URL and keeps /guidance/', () => {
    const { config, errors } = resolveChecklistConfig({}, { baseUrl: 'javascript:alert(1)//' });
    expect(config.baseUrl).toBe('/guidance/');
    expect(errors[0]).toBe('attributes: "base-url" must be a path such as "/guidance/" or an https:// address, so it was ignored');
  });

  it('passes on an inline JSON reading error and still resolves the attributes', () => {
    const { config, errors } = resolveChecklistConfig({ error: 'the inline JSON settings are not valid JSON and were ignored' }, { checklist: 'pupil-voice' });
    expect(config.checklist).toBe('pupil-voice');
    expect(errors).toEqual(['the inline JSON settings are not valid JSON and were ignored']);
  });

  it('checks extra items: ids, text and only the known fields', () => {
    const bad = (item: unknown) => resolveChecklistConfig(inline({ extraItems: [item] }), {}).errors[0];
    expect(bad({ id: 'Bad Id', text: 'x' })).toContain('needs an "id" of lower-case letters, digits and hyphens');
    expect(bad({ id: 'ok', text: '' })).toContain('"text" must be some text');
    expect(bad({ id: 'ok', text: 'x', onclick: 'alert(1)' })).toContain('has "onclick"; expected id, text, group, why, askFor');
    expect(bad({ id: 'ok', text: 'x'.repeat(501) })).toContain('at most 500 characters');
    expect(resolveChecklistConfig(inline({ extraItems: 'x' }), {}).config.extraItems).toEqual([]);
  });

  it('checks local names: only the known ones, as text', () => {
    expect(resolveChecklistConfig(inline({ localNames: { schoolNurse: 'x' } }), {}).errors[0]).toContain('expected any of: attendanceTeam, virtualSchool, inclusionService');
    expect(resolveChecklistConfig(inline({ localNames: { virtualSchool: 3 } }), {}).errors[0]).toContain('"virtualSchool", which must be some text');
  });
});

describe('the checklist with its configuration applied', () => {
  it('fills the local name placeholders with the council’s names', () => {
    const { view } = buildShippedView({ ...defaultConfig, checklist: 'seven-questions', localNames: { ...defaultConfig.localNames, inclusionService: 'the Inclusion Hub' } });
    const item = viewEntries(view).find((e) => e.id === 'external-agencies')!;
    expect(item.askFor).toContain('referred the child to the Inclusion Hub when');
  });

  it('hides items and sub-items by id, and numbers what is left in order', () => {
    const { view, errors } = buildShippedView({ ...defaultConfig, hiddenItems: ['plan-to-improve', 'catch-up-tutoring'] });
    expect(errors).toEqual([]);
    const ids = viewEntries(view).map((e) => e.id);
    expect(ids).not.toContain('plan-to-improve');
    expect(ids).not.toContain('catch-up-tutoring');
    expect(view.groups[0]!.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(view.groups[1]!.items[0]!.number).toBe('3');
  });

  it('says when a hidden id is not an item of the checklist', () => {
    expect(buildShippedView({ ...defaultConfig, hiddenItems: ['lateness'] }).errors).toEqual(['hiddenItems: "lateness" is not an item of this checklist']);
  });

  it('adds extra items to the named group, or to a group of the council’s own', () => {
    const { view, errors } = buildShippedView({
      ...defaultConfig,
      checklist: 'seven-questions',
      extraItems: [
        { id: 'panel', group: 'support', text: 'Discussed at the attendance panel?', why: 'Local practice.' },
        { id: 'early-help', text: 'Is early help involved?' },
      ],
    });
    expect(errors).toEqual([]);
    const support = view.groups.find((g) => g.id === 'support')!;
    expect(support.items.at(-1)).toMatchObject({ id: 'panel', local: true, why: 'Local practice.' });
    expect(view.groups.at(-1)).toMatchObject({ id: localGroupId, title: 'Added by your council', items: [{ id: 'early-help' }] });
  });

  it('refuses an extra item whose id is already in the checklist, and places one with an unknown group in the council’s group', () => {
    const { view, errors } = buildShippedView({
      ...defaultConfig,
      checklist: 'seven-questions',
      extraItems: [
        { id: 'lateness', text: 'Duplicate' },
        { id: 'custom', group: 'nowhere', text: 'Somewhere' },
      ],
    });
    expect(errors).toEqual([
      'extraItems: "lateness" is already an item of this checklist, so the extra item was left out',
      'extraItems: "custom" names the group "nowhere", which this checklist does not have, so it was added under “Added by your council”',
    ]);
    expect(viewEntries(view).filter((e) => e.id === 'lateness')).toHaveLength(1);
    expect(view.groups.at(-1)!.items.map((i) => i.id)).toEqual(['custom']);
  });

  it('uses the checklist’s own statuses and the word for finished items', () => {
    const { view } = buildShippedView({ ...defaultConfig, checklist: 'pupil-voice' });
    expect(view.statuses.map((s) => s.id)).toEqual(['not-explored', 'explored', 'acted-on', 'concern']);
    expect(view.doneLabel).toBe('explored');
    expect(buildShippedView({ ...defaultConfig }).view.statuses.map((s) => s.label)).toEqual(['Not yet asked', 'Asked', 'Answered', 'Concern']);
  });
});
