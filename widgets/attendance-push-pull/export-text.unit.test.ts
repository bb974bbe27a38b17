import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sources from '../../content/sources.json' with { type: 'json' };
import { defaultSettings } from './config-defaults.ts';
import { loadExample } from './example.ts';
import { mapCitations, pushPullText } from './export-text.ts';
import { buildLibrary } from './library-data.ts';
import { emptyValue } from './state.ts';
import { addAdjustment, addFactor, updateFactor } from './edits.ts';

const library = buildLibrary(defaultSettings()).factors;
const date = new Date('2026-11-27T10:00:00Z');
const text = (value: Parameters<typeof pushPullText>[0]) => pushPullText(value, { date, library, sources });

describe('the summary for the child’s plan', () => {
  it('matches the stored text for the worked example', () => {
    const example = loadExample(defaultSettings().localNames)!;
    expect(text(example.value)).toBe(readFileSync(join(import.meta.dirname, 'fixtures', 'example-summary.txt'), 'utf8'));
  });

  it('says so when nothing has been recorded', () => {
    expect(text(emptyValue())).toBe(
      [
        'Push and pull factors',
        'Date: 27 November 2026',
        'Nothing is on the map yet. Add factors to see the balance.',
        '',
        'Pushing away from school',
        'None recorded.',
        '',
        'Pulling away from school',
        'None recorded.',
        '',
        'Pulling back to school',
        'None recorded.',
        '',
        'Agreed adjustments',
        'None recorded.',
        '',
      ].join('\n'),
    );
  });

  it('lines up the child’s words over several lines, and keeps markup as plain text', () => {
    let v = addFactor(emptyValue(), { id: 'own-1', from: 'own', label: '<b>Bus</b>', lane: 'pull', setting: 'out-of-school' });
    v = updateFactor(v, 'own-1', { words: 'Line one\r\nLine two <script>' });
    v = addAdjustment(v, { text: 'Bus pass', factor: 'own-1', owner: '', reviewDate: '' }).value;
    const out = text(v);
    expect(out).toContain('1. <b>Bus</b> (strength 3 of 5)\n   Out of school.');
    expect(out).toContain('   In the child’s words: Line one\n                         Line two <script>\n');
    expect(out).toContain('1. Bus pass\n   For: <b>Bus</b>\n   Who: not agreed yet\n   Review by: no date set\n');
    // Only who leads is sourced here (the summary table): an own factor cites nothing.
    expect(out).toContain('Sources\n- Summary table of responsibilities for school attendance.');
    expect(out).not.toContain('Top tips guide');
    expect(out.trimEnd().endsWith('come from local practice, not from these sources.')).toBe(true);
  });

  it('says who leads as the statutory summary table does, once for each place a factor sits, and cites it', () => {
    let v = addFactor(emptyValue(), { id: 'young-carer', from: 'library', label: 'Young carer', lane: 'pull', setting: 'out-of-school' });
    v = addFactor(v, { id: 'internet-in-school-hours', from: 'library', label: 'Internet', lane: 'pull', setting: 'out-of-school' });
    const out = text(v);
    expect(out).toContain('1. Young carer (strength 3 of 5)\n   Out of school.\n');
    expect(out.match(/In most cases the school stays the lead practitioner/g)).toHaveLength(1);
    expect(out).toContain('Who leads\n- Out of school: In most cases the school stays the lead practitioner. For a barrier outside school, the school signposts');
    expect(out).toContain('the local authority gives them access to those services');
    expect(out).not.toContain('- In school:');
    expect(out).not.toMatch(/you and the family|kept informed|Suggested lead/);
    expect(out).toContain(
      '- Summary table of responsibilities for school attendance. Department for Education, 2024 (statutory guidance). Sections: “Working together”; “Pupils at risk of becoming persistently absent”.',
    );
  });

  it('cites each source section of who leads and of the library factors on the map once', () => {
    let v = addFactor(emptyValue(), { id: 'young-carer', from: 'library', label: 'x', lane: 'pull', setting: 'out-of-school' });
    v = addFactor(v, { id: 'open-door', from: 'library', label: 'y', lane: 'pull-back', setting: 'in-school' });
    expect(mapCitations(v, library)).toEqual([
      { source: 'responsibilities-2024', section: 'Working together' },
      { source: 'responsibilities-2024', section: 'Pupils at risk of becoming persistently absent' },
      { source: 'top-tips-2022', section: 'Consider the push and pull factors and opportunities…' },
    ]);
  });
});
