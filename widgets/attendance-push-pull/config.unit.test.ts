import { describe, expect, it } from 'vitest';
import { defaultConfig, defaultSettings, hasConfigAttributes } from './config-defaults.ts';
import { attributeSettings, resolvePushPullConfig } from './config.ts';
import { attributeLayer } from '../shared/config.ts';
import { buildLibrary } from './library-data.ts';

const inline = (data: Record<string, unknown>) => ({ layer: { from: 'inline JSON', data } });
const resolve = (layer: ReturnType<typeof inline> | { error?: string }, attributes = {}) => resolvePushPullConfig(defaultSettings(), layer, attributes);

describe('push and pull configuration', () => {
  it('defaults to /guidance/ links, the standard local names and the roles the sources name as owners', () => {
    const { config, errors } = resolve({});
    expect(errors).toEqual([]);
    expect(config).toEqual(defaultConfig);
    expect(config.owners).toContain('Head of year');
    expect(config.owners).toContain('{attendanceTeam}');
  });

  it('knows when there are settings to check', () => {
    expect(hasConfigAttributes({})).toBe(false);
    expect(hasConfigAttributes({ baseUrl: null, hiddenFactors: '' })).toBe(true);
  });

  it('reads local names from attributes over inline JSON, name by name', () => {
    const { config } = resolve(inline({ localNames: { virtualSchool: 'Anyshire Virtual School', attendanceTeam: 'Inline team' } }), {
      attendanceTeam: 'the Anyshire Attendance Team',
    });
    expect(config.localNames).toEqual({
      attendanceTeam: 'the Anyshire Attendance Team',
      virtualSchool: 'Anyshire Virtual School',
      inclusionService: "the council's inclusion service",
    });
  });

  it('checks local names: only the known ones, as text', () => {
    expect(resolve(inline({ localNames: { schoolNurse: 'x' } })).errors[0]).toBe(
      'inline JSON: "localNames" has "schoolNurse"; expected any of: attendanceTeam, virtualSchool, inclusionService, so it was ignored',
    );
    expect(resolve({}, { virtualSchool: '   ' }).errors[0]).toBe(
      'attributes: "attendance-team, virtual-school or inclusion-service" has "virtualSchool", which must be some text, so it was ignored',
    );
  });

  it('turns the attributes that are present, and only those, into a layer', () => {
    expect(attributeLayer({ hiddenFactors: 'anxiety', virtualSchool: 'VS', baseUrl: null }, attributeSettings).data).toEqual({
      hiddenFactors: 'anxiety',
      localNames: { virtualSchool: 'VS' },
    });
  });

  it('names each bad setting, where it came from and what was expected, and keeps the default', () => {
    const { config, errors } = resolve(inline({ owners: 'Head of year', colour: 'red' }), { baseUrl: 'javascript:alert(1)//', hiddenFactors: 'Not An Id' });
    expect(errors).toEqual([
      'inline JSON: "owners" must be a list of names, like ["Head of year", "Young carers service"], so it was ignored',
      'inline JSON: unknown setting "colour" was ignored; expected one of: baseUrl, localNames, hiddenFactors, extraFactors, owners',
      'attributes: "base-url" must be a path such as "/guidance/" or an https:// address, so it was ignored',
      'attributes: "hidden-factors" has "Not", which is not an id (lower-case letters, digits and hyphens), so it was ignored',
    ]);
    expect(config).toEqual(defaultConfig);
  });

  it('passes on an inline JSON reading error', () => {
    expect(resolve({ error: 'the inline JSON settings are not valid JSON and were ignored' }).errors).toEqual(['the inline JSON settings are not valid JSON and were ignored']);
  });

  it('checks extra factors: ids, labels, lanes, settings and only the known fields', () => {
    const bad = (factor: unknown) => resolve(inline({ extraFactors: [factor] })).errors[0];
    const ok = { id: 'transport', label: 'Getting to school', lane: 'pull', setting: 'out-of-school' };
    expect(bad({ ...ok, id: 'Bad Id' })).toContain('needs an "id" of lower-case letters, digits and hyphens');
    expect(bad({ ...ok, id: 'own-3' })).toContain('has the id "own-3", which is kept for factors a person adds');
    expect(bad({ ...ok, label: 'x'.repeat(61) })).toContain('"label" must be at most 60 characters');
    expect(bad({ ...ok, lane: 'sideways' })).toContain('"lane" must be one of: push, pull, pull-back');
    expect(bad({ ...ok, setting: 'online' })).toContain('"setting" must be one of: in-school, out-of-school');
    expect(bad({ ...ok, onclick: 'alert(1)' })).toContain('has "onclick"; expected id, label, lane, setting, askWho, question, adjustments');
    expect(bad({ ...ok, adjustments: [''] })).toContain('has an adjustment that must be some text');
    expect(resolve(inline({ extraFactors: [ok, ok] })).errors[0]).toContain('repeats the id "transport"');
  });
});

describe('the library with the configuration applied', () => {
  it('hides factors by id, and says when an id is not in the library', () => {
    const { factors, errors } = buildLibrary({ ...defaultSettings(), hiddenFactors: ['internet-in-school-hours', 'homework'] });
    expect(factors.map((f) => f.id)).not.toContain('internet-in-school-hours');
    expect(errors).toEqual(['hiddenFactors: "homework" is not a factor in the library']);
  });

  it('adds a council’s factors with its names filled in, and refuses one that clashes with the library', () => {
    const { factors, errors } = buildLibrary({
      ...defaultSettings(),
      localNames: { ...defaultSettings().localNames, inclusionService: 'the Anyshire Inclusion Hub' },
      extraFactors: [
        { id: 'transport', label: 'Getting to school', lane: 'pull', setting: 'out-of-school', adjustments: ['Ask {inclusionService} about a bus pass.'] },
        { id: 'anxiety', label: 'Duplicate', lane: 'push', setting: 'in-school' },
      ],
    });
    expect(errors).toEqual(['extraFactors: "anxiety" is already a factor in the library, so the extra factor was left out']);
    expect(factors.at(-1)).toEqual({
      id: 'transport',
      label: 'Getting to school',
      lane: 'pull',
      setting: 'out-of-school',
      askWho: 'child',
      question: undefined,
      adjustments: ['Ask the Anyshire Inclusion Hub about a bus pass.'],
      citations: [],
      local: true,
    });
    expect(factors.filter((f) => f.id === 'anxiety')).toHaveLength(1);
  });
});
