import { describe, expect, it } from 'vitest';
import { keptTraitId, mappingProblems, normaliseHeader, parseUseKey, suggestMapping, unmappedOptionalFields, useKey, type ColumnUse } from './mapping.ts';
import { builtInTraits } from './model.ts';

const keys = (uses: ColumnUse[]) => uses.map(useKey);

describe('matching columns by header', () => {
  it('matches the kit’s own headers', () => {
    const headers = ['Pupil reference', 'School', 'Year group', 'Possible sessions', 'Attended sessions', 'Social worker status', 'SEND status', 'Sex', 'Ethnicity', 'FSM'];
    expect(keys(suggestMapping(headers, builtInTraits))).toEqual([
      'field:ref',
      'field:school',
      'field:year',
      'field:possible',
      'field:attended',
      'field:status',
      'field:send',
      'trait:sex',
      'trait:ethnicity',
      'trait:fsm',
    ]);
  });

  it('matches a council’s own export, in any order, case and punctuation', () => {
    const headers = [
      'NCY',
      'Sessions_Attended',
      'POSSIBLE SESSIONS (Autumn 2026)',
      'CLA/CIN/CP',
      'Establishment Name',
      'Pseudonymised reference',
      'SEN Provision',
      'Gender',
      'Ethnic group',
    ];
    expect(keys(suggestMapping(headers, builtInTraits))).toEqual([
      'field:year',
      'field:attended',
      'field:possible',
      'field:status',
      'field:school',
      'field:ref',
      'field:send',
      'trait:sex',
      'trait:ethnicity',
    ]);
  });

  it('leaves columns it does not know out, so names or dates of birth are never loaded unless kept on purpose', () => {
    const uses = suggestMapping(['Ref', 'Forename', 'Date of birth', 'Possible', 'Attended', 'Status'], builtInTraits);
    expect(keys(uses)).toEqual(['field:ref', 'ignore', 'ignore', 'field:possible', 'field:attended', 'field:status']);
  });

  it('gives each field to the first matching column only, preferring an exact match to a longer header', () => {
    expect(keys(suggestMapping(['Possible sessions autumn', 'Possible sessions', 'Possible'], builtInTraits))).toEqual(['ignore', 'field:possible', 'ignore']);
    expect(keys(suggestMapping(['Status', 'Status'], builtInTraits))).toEqual(['field:status', 'ignore']);
  });

  it('recognises a council’s extra characteristic by its label, id or its own header names', () => {
    const traits = [...builtInTraits, { id: 'young-carer', label: 'Young carer', headers: ['YC flag'] }];
    expect(keys(suggestMapping(['Ref', 'YC flag'], traits))).toEqual(['field:ref', 'trait:young-carer']);
    expect(keys(suggestMapping(['young carer'], traits))).toEqual(['trait:young-carer']);
  });

  it('normalises headers for matching', () => {
    expect(normaliseHeader('\uFEFF  Possible_Sessions (Autumn) ')).toBe('possible sessions autumn');
  });
});

describe('checking the matches before loading', () => {
  it('names each required field with no column', () => {
    const headers = ['Ref', 'School'];
    expect(mappingProblems(headers, suggestMapping(headers, builtInTraits))).toEqual([
      { code: 'missing', field: 'possible' },
      { code: 'missing', field: 'attended' },
      { code: 'missing', field: 'status' },
    ]);
  });

  it('refuses one use for two columns, naming both', () => {
    const uses: ColumnUse[] = [
      { kind: 'field', field: 'ref' },
      { kind: 'field', field: 'possible' },
      { kind: 'field', field: 'possible' },
      { kind: 'field', field: 'attended' },
      { kind: 'field', field: 'status' },
    ];
    expect(mappingProblems(['R', 'P1', 'P2', 'A', 'S'], uses)).toEqual([{ code: 'twice', use: 'possible', columns: ['P1', 'P2'] }]);
  });

  it('lists the optional fields that will read “not recorded”', () => {
    expect(unmappedOptionalFields(suggestMapping(['Ref', 'Possible', 'Attended', 'Status', 'SEN'], builtInTraits))).toEqual(['school', 'year']);
  });

  it('turns a kept column’s header into a stable id, and round-trips uses through select values', () => {
    expect(keptTraitId('Home language', 3)).toBe('col-home-language');
    expect(keptTraitId('***', 3)).toBe('col-4');
    for (const use of [{ kind: 'field', field: 'send' }, { kind: 'trait', trait: 'sex' }, { kind: 'keep' }, { kind: 'ignore' }] as ColumnUse[]) {
      expect(parseUseKey(useKey(use))).toEqual(use);
    }
    expect(parseUseKey('field:nonsense')).toEqual({ kind: 'ignore' });
  });
});
