/** The web parts' property pane and its values → element attributes (integrations/sharepoint/bridge/settings.ts). */
import { describe, expect, it } from 'vitest';
import { registry } from '../../../widgets/registry.ts';
import { defaultProperties, paneGroups, settingProblem, storageKey, webPartAttributes } from '../bridge/settings.ts';

const instance = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

describe('web part settings', () => {
  it('turns property pane values into the element’s attributes', () => {
    const { attributes, problems } = webPartAttributes(
      'attendance-checklist',
      { storage: 'local', checklist: 'seven-questions', 'attendance-team': ' Anyshire Attendance Team ', 'heading-level': '3', 'base-url': 'https://kit.example.gov.uk/guidance/' },
      instance,
    );
    expect(problems).toEqual([]);
    expect(attributes).toEqual({
      storage: 'local',
      checklist: 'seven-questions',
      'attendance-team': 'Anyshire Attendance Team',
      'heading-level': '3',
      'base-url': 'https://kit.example.gov.uk/guidance/',
      'storage-key': `sharepoint-${instance}`,
    });
  });

  it('gives no attribute for empty text or a toggle that is off, so the widget’s own default applies', () => {
    const { attributes } = webPartAttributes('attendance-push-pull', { ...defaultProperties('attendance-push-pull'), 'virtual-school': '   ' }, instance);
    expect(attributes).toEqual({ storage: 'none', 'heading-level': '2', 'storage-key': `sharepoint-${instance}` });
  });

  it('sets a boolean attribute when a toggle is on', () => {
    expect(webPartAttributes('attendance-push-pull', { example: true }, instance).attributes.example).toBe('');
  });

  it('refuses what an iframe embed page would refuse, and names the setting as the pane does', () => {
    const { attributes, problems } = webPartAttributes(
      'attendance-checklist',
      { checklist: 'made-up', 'attendance-team': '<img src=x onerror=alert(1)>', 'base-url': 'javascript:alert(1)' },
      instance,
    );
    expect(attributes).toEqual({ 'storage-key': `sharepoint-${instance}` });
    expect(problems).toEqual([
      expect.stringMatching(/^Checklist: choose one of Attendance in assessment, Seven things to ask the school/),
      'Address of the guidance pages: this value is not allowed.',
      'Your attendance team: this value is not allowed.',
    ]);
  });

  it('never takes the storage key or theme from stored properties: the web part sets those itself', () => {
    const { attributes } = webPartAttributes('attendance-calculator', { 'storage-key': 'shared', theme: 'auto' }, instance);
    expect(attributes).toEqual({ 'storage-key': `sharepoint-${instance}` });
  });

  it('keeps the saved work of two web parts of the same tool on one page apart', () => {
    const other = '9b2c1f7e-0000-4000-8000-000000000001';
    expect(storageKey(instance)).not.toBe(storageKey(other));
    expect(storageKey(instance)).toMatch(new RegExp(registry.commonAttributes['storage-key']!.pattern!));
  });

  it('offers every setting the registry lists for a widget, except the storage key and theme', () => {
    for (const widget of registry.widgets) {
      const offered = paneGroups(widget.tag).flatMap((group) => group.fields.map((field) => field.property));
      const expected = [...Object.keys(registry.commonAttributes), ...Object.keys(widget.attributes)].filter((n) => n !== 'storage-key' && n !== 'theme');
      expect(offered.sort(), widget.tag).toEqual(expected.sort());
      expect(Object.keys(defaultProperties(widget.tag)).sort(), widget.tag).toEqual(expected.sort());
    }
  });

  it('offers choices with words, a toggle for a yes/no setting, and text fields for the rest', () => {
    const fields = paneGroups('attendance-push-pull').flatMap((group) => group.fields);
    expect(fields.find((f) => f.property === 'storage')).toMatchObject({
      kind: 'choice',
      choices: [
        { value: 'local', label: 'On this device until cleared' },
        { value: 'session', label: 'Until the browser tab is closed' },
        { value: 'none', label: 'Not at all' },
      ],
    });
    expect(fields.find((f) => f.property === 'example')?.kind).toBe('toggle');
    expect(fields.find((f) => f.property === 'attendance-team')?.kind).toBe('text');
    expect(paneGroups('attendance-calculator')[0]!.name).toBe('Saving');
  });

  it('starts a new web part with what the widget does unset: nothing kept, first heading level, first choice', () => {
    expect(defaultProperties('attendance-calculator')).toEqual({ storage: 'none', mode: 'sessions', 'heading-level': '2' });
    expect(defaultProperties('attendance-checklist').checklist).toBe('assessment');
    expect(defaultProperties('attendance-push-pull').example).toBe(false);
  });

  it('tells the pane what is wrong with a text field’s value, and nothing when it is fine', () => {
    expect(settingProblem('attendance-four-is', 'small-group-threshold', '10')).toBe('');
    expect(settingProblem('attendance-four-is', 'small-group-threshold', 'ten')).toBe('Smallest group to show: this value is not allowed.');
    expect(settingProblem('attendance-four-is', 'small-group-threshold', '')).toBe('');
  });

  it('knows nothing about a tag that is not in the registry', () => {
    expect(paneGroups('attendance-unknown')).toEqual([]);
    expect(webPartAttributes('attendance-unknown', { storage: 'local' }, instance)).toEqual({ attributes: {}, problems: [] });
  });
});
