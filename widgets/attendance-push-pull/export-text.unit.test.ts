import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sources from '../../content/sources.json' with { type: 'json' };
import { defaultSettings } from './config-defaults.ts';
import { loadExample } from './example.ts';
import { mapCitations, pushPullText } from './export-text.ts';
import { buildLibrary } from './library-data.ts';
import { addAdjustment, addFactor, emptyValue, updateFactor } from './state.ts';

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
    expect(out).not.toContain('Sources');
    expect(out.trimEnd().endsWith('come from local practice, not from these sources.')).toBe(true);
  });

  it('cites each source section of the library factors on the map once', () => {
    let v = addFactor(emptyValue(), { id: 'young-carer', from: 'library', label: 'x', lane: 'pull', setting: 'out-of-school' });
    v = addFactor(v, { id: 'open-door', from: 'library', label: 'y', lane: 'pull-back', setting: 'in-school' });
    expect(mapCitations(v, library)).toEqual([{ source: 'top-tips-2022', section: 'Consider the push and pull factors and opportunities to strengthen or overcome these as appropriate' }]);
  });
});
