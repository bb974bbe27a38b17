import { describe, expect, it } from 'vitest';
import { attributeSettings, defaultConfig, resolveFourIsConfig } from './config.ts';
import { attributeLayer } from '../shared/config.ts';

const inline = (data: Record<string, unknown>) => ({ layer: { from: 'inline JSON', data } });

describe('the planner’s council settings', () => {
  it('uses the defaults when nothing is set', () => {
    const { config, errors } = resolveFourIsConfig({}, {});
    expect(errors).toEqual([]);
    expect(config).toEqual(defaultConfig);
    expect(config.smallGroupThreshold).toBe(5);
    expect(config.responsibilitiesUrl).toBe('/responsibilities/');
  });

  it('reads the inline JSON, then attributes over it, merging local names key by key', () => {
    const { config, errors } = resolveFourIsConfig(
      inline({
        smallGroupThreshold: 8,
        localNames: { virtualSchool: 'Anyshire Virtual School', attendanceTeam: 'overridden' },
        extraCharacteristics: [{ id: 'young-carer', label: 'Young carer', headers: ['YC'] }],
        distinctDifference: { attendancePoints: 5 },
      }),
      { smallGroupThreshold: '10', attendanceTeam: 'the Anyshire Attendance Team', responsibilitiesUrl: 'https://kit.example.org/responsibilities/' },
    );
    expect(errors).toEqual([]);
    expect(config.smallGroupThreshold).toBe(10);
    expect(config.localNames).toEqual({
      virtualSchool: 'Anyshire Virtual School',
      attendanceTeam: 'the Anyshire Attendance Team',
      inclusionService: "the council's inclusion service",
    });
    expect(config.extraCharacteristics).toEqual([{ id: 'young-carer', label: 'Young carer', headers: ['YC'] }]);
    expect(config.distinctDifference).toEqual({ attendancePoints: 5, persistentPoints: 10 });
    expect(config.responsibilitiesUrl).toBe('https://kit.example.org/responsibilities/');
  });

  it('refuses bad settings with a message naming each, and keeps the defaults for them', () => {
    const { config, errors } = resolveFourIsConfig(
      inline({
        smallGroupThreshold: 1,
        extraCharacteristics: [{ id: 'sex', label: 'Sex again' }],
        distinctDifference: { attendancePoints: -1 },
        colour: 'red',
      }),
      { responsibilitiesUrl: 'javascript:alert(1)', smallGroupThreshold: 'five' },
    );
    expect(errors).toEqual([
      'inline JSON: "smallGroupThreshold" must be a whole number from 2 to 100, so it was ignored',
      'inline JSON: "extraCharacteristics" characteristic 1 has the id "sex", which is already used, so it was ignored',
      'inline JSON: "distinctDifference" has attendancePoints -1; expected a number of percentage points above 0, up to 100, so it was ignored',
      'inline JSON: unknown setting "colour" was ignored; expected one of: extraCharacteristics, smallGroupThreshold, distinctDifference, responsibilitiesUrl, localNames',
      'attributes: "small-group-threshold" must be a whole number from 2 to 100, so it was ignored',
      'attributes: "responsibilities-url" must be a path such as "/guidance/" or an https:// address, so it was ignored',
    ]);
    expect(config).toEqual(defaultConfig);
  });

  it('passes on a problem with the inline JSON itself', () => {
    expect(resolveFourIsConfig({ error: 'the inline JSON settings are not valid JSON and were ignored' }, {}).errors).toEqual([
      'the inline JSON settings are not valid JSON and were ignored',
    ]);
  });

  it('checks each extra characteristic', () => {
    const errors = (value: unknown) => resolveFourIsConfig(inline({ extraCharacteristics: value }), {}).errors;
    expect(errors('x')[0]).toContain('must be a list');
    expect(errors([{ id: 'Bad Id', label: 'x' }])[0]).toContain('needs an "id" of lower-case letters');
    expect(errors([{ id: 'a', label: '' }])[0]).toContain('"label" must be some text');
    expect(errors([{ id: 'a', label: 'A', headers: 'YC' }])[0]).toContain('"headers" must be a list');
    expect(errors([{ id: 'a', label: 'A', colour: 1 }])[0]).toContain('has "colour"');
  });

  it('takes only the attributes that are present', () => {
    expect(attributeLayer({ smallGroupThreshold: null, virtualSchool: 'VS' }, attributeSettings).data).toEqual({ localNames: { virtualSchool: 'VS' } });
  });
});
